import { layOutLabels } from '../scene/labels/LabelLayout';

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

const px = (value: string) => parseFloat(value) || 0;

/**
 * The scene's labels (Zhezkazgan, the ISS, the touchdowns) are HTML over the canvas, so a copy of
 * the canvas alone has none. Lay them out for this frame, as the app does, then draw each one
 * that shows where it stands, in its own colours, font and accent bar. The export stage sits at
 * the frame's top left, so page coordinates are the video's.
 */
export function drawSceneLabels(ctx: Context2D, width: number, height: number): void {
  layOutLabels();
  for (const el of document.querySelectorAll<HTMLElement>('[data-scene-label]')) {
    if (el.hasAttribute('data-label-hidden')) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') continue;
    const r = el.getBoundingClientRect();
    if (r.width <= 0 || r.right < 0 || r.bottom < 0 || r.left > width || r.top > height) continue;
    const text = el.textContent?.trim() ?? '';
    if (!text) continue;
    ctx.save();
    ctx.fillStyle = style.backgroundColor;
    ctx.beginPath();
    ctx.roundRect(r.left, r.top, r.width, r.height, px(style.borderTopLeftRadius));
    ctx.fill();
    const left = px(style.borderLeftWidth);
    const right = px(style.borderRightWidth);
    if (left > 0) {
      ctx.fillStyle = style.borderLeftColor;
      ctx.fillRect(r.left, r.top, left, r.height);
    }
    if (right > 0) {
      ctx.fillStyle = style.borderRightColor;
      ctx.fillRect(r.right - right, r.top, right, r.height);
    }
    ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    ctx.fillStyle = style.color;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    ctx.fillText(text, r.left + left + px(style.paddingLeft), r.top + r.height / 2);
    ctx.restore();
  }
}
