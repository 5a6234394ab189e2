import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../../src/i18n';
import { formatNumber } from '../../../../src/i18n/format';
import { LANGUAGES, type Lang } from '../../../../src/i18n/languages';
import { loadInter, textWidthEm, type FontMetrics } from './fontMetrics';

/** Every CSS rule of the app as [file, selector, declarations], comments removed. */
function cssRules(dir = 'src'): [string, string, string][] {
  const out: [string, string, string][] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...cssRules(path));
    else if (name.endsWith('.css')) {
      const css = readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
      for (const m of css.matchAll(/([^{}]+)\{([^{}]*)\}/g))
        out.push([path, m[1]!.trim().replace(/\s+/g, ' '), m[2]!]);
    }
  }
  return out;
}

/** A control's selector: a form control, or a class the app gives to one. */
const CONTROL = /button|select|input|textarea|toggle|__play|picker/;

/** A width in rem (or ch, at Inter's "0" of about 0.6 em) from a declaration, else null. */
function declaredRem(body: string, property: 'width' | 'max-width' | 'min-width'): number | null {
  const m = body.match(new RegExp(`(?:^|[;\\s])${property}\\s*:\\s*([\\d.]+)(rem|ch)\\b`));
  if (!m) return null;
  return Number(m[1]) * (m[2] === 'ch' ? 0.6 : 1);
}

/** Room for the label: the width less the controls' padding (base.css) and border. */
const BUTTON_INSET_REM = 2 * 0.7 + 2 * 0.1;

/**
 * The controls that are given a width rather than growing with their label, and every label they
 * may hold in each language. A control whose width the CSS fixes but that is not listed here
 * fails the last test: a new fixed width must show that its labels fit.
 */
function fixedControls(): {
  selector: string;
  property: 'width' | 'max-width';
  insetRem: number;
  weight: 400 | 600;
  labels: () => string[];
}[] {
  return [
    {
      selector: '.help-button',
      property: 'width',
      insetRem: BUTTON_INSET_REM,
      weight: 600,
      labels: () => ['?'],
    },
    {
      // Latitude and longitude as typed: the placeholder is an example, the value at most
      // "-179.999" (the widest a person types; more decimals scroll, as in any text field).
      selector: '.what-if__coordinate input',
      property: 'width',
      insetRem: 2 * 0.4 + 2 * 0.1,
      weight: 400,
      labels: () => [formatNumber(47.3, 1), formatNumber(69.6, 1), '-179.999', '−89,999'],
    },
  ];
}

/** Controls sized to their panel (width: 100%): they grow with the panel, which scrolls. */
const FILLS_PANEL = /^(100%|auto)$/;

const fonts: Record<400 | 600, FontMetrics> = { 400: loadInter(400), 600: loadInter(600) };

afterAll(() => setLanguage('en'));

describe('every translated control label fits the width the layout gives it', () => {
  const rules = cssRules();

  for (const control of fixedControls()) {
    it(`${control.selector}: its ${control.property} holds each label in every language`, () => {
      const rule = rules.find(([, selector]) => selector === control.selector);
      expect(rule, `${control.selector} is no longer in the CSS`).toBeDefined();
      // A min-width wider than the width is the width the control gets.
      const declared = declaredRem(rule![2], control.property);
      const floor = control.property === 'width' ? declaredRem(rule![2], 'min-width') : null;
      const rem = declared === null ? null : Math.max(declared, floor ?? 0);
      expect(rem, `${control.selector} has no ${control.property} in rem`).not.toBeNull();
      const room = rem! - control.insetRem;
      for (const lang of LANGUAGES as readonly Lang[]) {
        setLanguage(lang);
        for (const label of control.labels()) {
          // Buttons and selects take the root size (1rem); measure in rem.
          const width = textWidthEm(fonts[control.weight], label);
          expect(
            width,
            `${lang} "${label}" in ${control.selector} (${room.toFixed(2)} rem)`,
          ).toBeLessThanOrEqual(room);
        }
      }
    });
  }

  it('measures the real font: a longer label is wider, Kazakh letters are in it', () => {
    const f = fonts[400];
    expect(textWidthEm(f, 'Көрсетуден шығу')).toBeGreaterThan(textWidthEm(f, 'Present'));
    // ә, қ, ң, ө, ұ, ү, і: a missing glyph would count 1 em and hide in the sum.
    for (const ch of 'әқңөұүіғһ') expect(f.advance.has(ch.codePointAt(0)!), ch).toBe(true);
  });

  it('no other control is given a fixed width: the rest grow with their label', () => {
    const checked = new Set(fixedControls().map((c) => c.selector));
    const unchecked: string[] = [];
    for (const [file, selector, body] of cssRules()) {
      if (!CONTROL.test(selector) || checked.has(selector)) continue;
      for (const m of body.matchAll(/(?:^|[;\s])(width|max-width)\s*:\s*([^;]+)/g)) {
        const value = m[2]!.trim();
        if (!FILLS_PANEL.test(value)) unchecked.push(`${file}: ${selector} { ${m[1]}: ${value} }`);
      }
    }
    expect(unchecked).toEqual([]);
  });
});
