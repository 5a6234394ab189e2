import type { OverlayText } from './overlayText';

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** The app's typeface (src/app/fonts.css); the export waits for it before the first frame. */
export const FONT_FAMILY = 'Inter, system-ui, sans-serif';

/** Sizes in pixels of a 1080-line frame; a 720-line one scales them by 2/3. */
const TITLE_PX = 44;
const READOUT_PX = 28;
const CAPTION_TITLE_PX = 38;
const CAPTION_PX = 30;
const MARGIN_PX = 48;

/** Lines of at most `width` pixels, broken at spaces (a word longer than that stands alone). */
export function wrapText(ctx: Context2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Text with a soft dark shadow: readable over the white clouds and over black space alike. */
function shadowed(ctx: Context2D, px: number, draw: () => void): void {
  ctx.save();
  ctx.shadowColor = 'rgba(0, 0, 0, 0.85)';
  ctx.shadowBlur = px * 0.25;
  ctx.shadowOffsetY = px * 0.05;
  draw();
  ctx.restore();
}

/** The app's panel colour behind the title and the readout: white text stays legible on a pale sky. */
const PANEL = 'rgba(8, 12, 20, 0.62)';

function panel(ctx: Context2D, x: number, y: number, w: number, h: number, r: number): void {
  ctx.fillStyle = PANEL;
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
  ctx.fill();
  ctx.fillStyle = '#fff';
}

/**
 * The burned-in overlay, as a projector shows the app: the mission's name top left, the time,
 * altitude and speed top right, the event caption on a dark band at the foot.
 */
export function drawOverlay(ctx: Context2D, text: OverlayText, width: number, height: number) {
  const k = height / 1080;
  const margin = MARGIN_PX * k;
  ctx.fillStyle = '#fff';
  ctx.textBaseline = 'top';

  const titlePx = TITLE_PX * k;
  const pad = 14 * k;
  ctx.font = `700 ${titlePx}px ${FONT_FAMILY}`;
  ctx.textAlign = 'left';
  const titleWidth = ctx.measureText(text.title).width;
  panel(ctx, margin - pad, margin - pad, titleWidth + 2 * pad, titlePx * 1.2 + 2 * pad, pad);
  shadowed(ctx, titlePx, () => ctx.fillText(text.title, margin, margin));

  const readPx = READOUT_PX * k;
  const rowWidths = text.readout.map(({ label, value }) => {
    ctx.font = `600 ${readPx}px ${FONT_FAMILY}`;
    const v = ctx.measureText(value).width;
    ctx.font = `400 ${readPx}px ${FONT_FAMILY}`;
    return v + readPx * 0.6 + ctx.measureText(label).width;
  });
  if (rowWidths.length > 0) {
    const w = Math.max(...rowWidths) + 2 * pad;
    const h = (text.readout.length - 1) * readPx * 1.35 + readPx * 1.2 + 2 * pad;
    panel(ctx, width - margin - w + pad, margin - pad, w, h, pad);
  }
  text.readout.forEach(({ label, value }, i) => {
    const y = margin + i * readPx * 1.35;
    ctx.textAlign = 'right';
    ctx.font = `600 ${readPx}px ${FONT_FAMILY}`;
    shadowed(ctx, readPx, () => ctx.fillText(value, width - margin, y));
    const valueWidth = ctx.measureText(value).width;
    ctx.font = `400 ${readPx}px ${FONT_FAMILY}`;
    ctx.fillStyle = 'rgba(255, 255, 255, 0.8)';
    shadowed(ctx, readPx, () => ctx.fillText(label, width - margin - valueWidth - readPx * 0.6, y));
    ctx.fillStyle = '#fff';
  });

  if (text.caption) drawCaption(ctx, text.caption, width, height, k);
}

function drawCaption(
  ctx: Context2D,
  caption: NonNullable<OverlayText['caption']>,
  width: number,
  height: number,
  k: number,
) {
  const titlePx = CAPTION_TITLE_PX * k;
  const bodyPx = CAPTION_PX * k;
  const maxWidth = width * 0.72;
  ctx.textAlign = 'center';
  ctx.font = `700 ${titlePx}px ${FONT_FAMILY}`;
  const titleLines = wrapText(ctx, caption.title, maxWidth);
  ctx.font = `400 ${bodyPx}px ${FONT_FAMILY}`;
  const bodyLines = caption.explain ? wrapText(ctx, caption.explain, maxWidth) : [];
  const pad = 20 * k;
  const boxHeight = titleLines.length * titlePx * 1.25 + bodyLines.length * bodyPx * 1.3 + 2 * pad;
  const top = height - MARGIN_PX * k - boxHeight;
  ctx.fillStyle = 'rgba(8, 12, 20, 0.72)';
  ctx.fillRect((width - maxWidth) / 2 - pad * 1.5, top, maxWidth + pad * 3, boxHeight);
  ctx.fillStyle = '#fff';
  let y = top + pad;
  ctx.font = `700 ${titlePx}px ${FONT_FAMILY}`;
  for (const line of titleLines) {
    ctx.fillText(line, width / 2, y);
    y += titlePx * 1.25;
  }
  ctx.font = `400 ${bodyPx}px ${FONT_FAMILY}`;
  for (const line of bodyLines) {
    ctx.fillText(line, width / 2, y);
    y += bodyPx * 1.3;
  }
}
