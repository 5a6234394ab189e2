import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { missions } from '../../src/data/catalog';
import { enWhole as en } from '../../src/i18n/locales/enWhole';
import { kk } from '../../src/i18n/locales/kk';
import { ru } from '../../src/i18n/locales/ru';
import { getState, openApp } from './browser';
import { sharedSession } from './sharedSession';

const baseUrl = inject('baseUrl');
// One browser for the file; at the end it checks that nothing left the app's own origin and that
// no console error was logged (a string missing from a language logs one).
const session = sharedSession(baseUrl);

// During the MS-19 entry: the capsule's telemetry, a caption, and the charts all show.
const MS19 = '?mission=soyuz-ms-19-landing&t=2022-03-30T11:06:00Z&rate=0';

type Tree = { readonly [k: string]: string | Tree };
const leaves = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string'
      ? [[`${prefix}${k}`, v] as [string, string]]
      : leaves(v, `${prefix}${k}.`),
  );
const EN = leaves(en);
const KEYS = EN.map(([k]) => k);

/**
 * English that must not show in another language: each English string's pieces between its
 * placeholders, where the piece has a real word in it and the translation does not contain it.
 */
function englishPieces(other: Tree): string[] {
  const translated = new Map(leaves(other));
  return EN.flatMap(([key, text]) =>
    text
      .split(/\{\{[^}]+\}\}/)
      .map((piece) => piece.trim())
      .filter((piece) => /[A-Za-z]{4,}/.test(piece) && piece.length >= 6)
      .filter((piece) => !translated.get(key)!.includes(piece)),
  );
}

/**
 * Everything a person can read or hear: visible text, and the labels and titles of the overlay.
 * The card's list of sources is left out: source references stay as the data gives them.
 */
async function readableText(page: Page): Promise<string> {
  return page.evaluate(() => {
    let body = document.body.innerText;
    for (const li of document.querySelectorAll<HTMLElement>('.mission-card__sources li'))
      body = body.replace(li.innerText, '');
    const attrs = [...document.querySelectorAll('[aria-label], [title], [placeholder]')]
      .filter((el) => !(el as HTMLElement).closest('[hidden]'))
      .flatMap((el) =>
        ['aria-label', 'title', 'placeholder', 'aria-valuetext'].map((a) => el.getAttribute(a)),
      )
      .filter(Boolean);
    return [body, ...attrs].join('\n');
  });
}

async function expectAllIn(page: Page, other: Tree, lang: string): Promise<void> {
  const { mission: missionId } = await getState(page);
  const text = await readableText(page);
  expect(text).toMatch(/[А-Яа-яЁё]/);
  const raw = KEYS.filter((k) => text.includes(k));
  expect(raw, 'raw catalogue keys on screen').toEqual([]);
  const english = englishPieces(other).filter((piece) => text.includes(piece));
  expect(english, `English on screen in ${lang}`).toEqual([]);
  // Too short for the check above, and on the globe in every view: МКС, ХҒС.
  expect(text).not.toMatch(/\bISS\b/);
  // The mission data's own English (notes, distances) is translated too.
  const mission = missions.find((m) => m.id === missionId)!;
  for (const note of [...(mission.notes ?? []), ...mission.crew]) expect(text).not.toContain(note);
  expect(await page.evaluate(() => window.soyuzReplay!.missingTranslations())).toEqual([]);
}

/** Open every panel a class sees: help (then closed), the facts card with its sources. */
async function openPanels(page: Page): Promise<void> {
  await page.getByTestId('facts-button').click();
  await page.getByTestId('mission-card').waitFor();
  await page.locator('.mission-card summary').click();
}

describe('languages', () => {
  it('lang=ru: the header, telemetry, caption, help and mission card are in Russian', async () => {
    await openApp(session, baseUrl, `${MS19}&lang=ru`, 'interactive');
    const page = session.page;
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    expect((await getState(page)).lang).toBe('ru');
    expect(await page.locator('.mission-header h1').textContent()).toBe('Союз МС-19');
    expect(await page.locator('.mission-header__crew').textContent()).toMatch(
      /Антон Шкаплеров \(командир, Роскосмос\)/,
    );
    await expect.poll(() => page.locator('.telemetry dt').allTextContents()).toContain('Высота');
    expect(await page.locator('[data-field="alt"]').textContent()).toMatch(/^\d+(,\d)? к?м$/);
    expect(await page.getByTestId('caption').textContent()).toMatch(/^[^A-Za-z]*[А-Яа-я]/);
    expect(await page.getByTestId('language').inputValue()).toBe('ru');

    await page.locator('body').click({ position: { x: 640, y: 360 } });
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Клавиши' });
    await help.waitFor();
    expect(await help.textContent()).toMatch(/Пуск \/ пауза/);
    await expectAllIn(page, ru, 'ru');
    await page.keyboard.press('Escape');

    await openPanels(page);
    const card = page.getByTestId('mission-card');
    expect(await card.textContent()).toMatch(/Экипаж.*Марк Ванде Хай/s);
    expect(await card.textContent()).toMatch(/147 км к юго-востоку от Жезказгана/);
    await expectAllIn(page, ru, 'ru');
  });

  it('lang=kk: Kazakh, with Жезқазған on the globe and dates in Kazakh', async () => {
    await openApp(session, baseUrl, `${MS19}&lang=kk`, 'interactive');
    const page = session.page;
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('kk');
    expect(await page.locator('.scene-label').allTextContents()).toContain('Жезқазған');
    expect(await page.getByTestId('utc').textContent()).toMatch(/^2022 ж\. 30 нау\./);
    await expect.poll(() => page.locator('.telemetry dt').allTextContents()).toContain('Биіктік');
    await openPanels(page);
    expect(await page.getByTestId('mission-card').textContent()).toMatch(/Жезқазған/);
    await expectAllIn(page, kk, 'kk');
  });

  it('the picker switches language without moving the clock, the mission or the camera', async () => {
    const page = session.page;
    // Russian and Kazakh (and the data's phrases, the names' spellings) are chunks fetched only
    // when chosen.
    const requested: string[] = [];
    const onRequest = (r: { url(): string }) => requested.push(r.url());
    page.on('request', onRequest);
    const languageChunks = () =>
      requested
        .flatMap((u) => /\/assets\/(ru|kk|tables|spellings)-[^/]*\.js$/.exec(u)?.[1] ?? [])
        .sort();
    await openApp(session, baseUrl, `${MS19}&camera=iss`, 'interactive');
    const before = await getState(page);
    expect(before.lang).toBe('en');
    expect(await page.locator('.mission-header h1').textContent()).toBe('Soyuz MS-19');
    expect(languageChunks(), 'an English start fetches no other language').toEqual([]);

    await page.getByTestId('language').selectOption('ru');
    await expect.poll(() => page.locator('.mission-header h1').textContent()).toBe('Союз МС-19');
    page.off('request', onRequest);
    expect(languageChunks()).toEqual(['ru', 'spellings', 'tables']);
    await expect.poll(() => page.evaluate(() => location.search)).toMatch(/[?&]lang=ru\b/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');

    // From the keyboard: the picker is a labelled select; the arrow picks the next language.
    const picker = page.getByRole('combobox', { name: 'Язык' });
    await picker.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => getState(page).then((s) => s.lang)).toBe('kk');
    await expect.poll(() => page.locator('.telemetry dt').first().textContent()).not.toBe('');
    await expectAllIn(page, kk, 'kk');

    const after = await getState(page);
    expect(after.utcMs).toBe(before.utcMs);
    expect(after.mission).toBe(before.mission);
    expect(after.camera).toBe('iss');
    expect(after.playing).toBe(false);

    await page.getByTestId('language').selectOption('en');
    await expect.poll(() => page.locator('.mission-header h1').textContent()).toBe('Soyuz MS-19');
    expect(await page.evaluate(() => location.search)).not.toMatch(/lang=/);
    expect(await page.locator('.telemetry dt').allTextContents()).toContain('Altitude');
  });

  it('an unknown lang= falls back to English with a notice', async () => {
    await openApp(session, baseUrl, `${MS19}&lang=fr`, 'interactive');
    const page = session.page;
    expect((await getState(page)).lang).toBe('en');
    await expect
      .poll(() => page.getByTestId('notice').first().textContent())
      .toMatch(/lang="fr" is not one of en, ru, kk/);
    // The notice follows a change of language.
    await page.getByTestId('language').selectOption('ru');
    await expect
      .poll(() => page.getByTestId('notice').first().textContent())
      .toMatch(/^Из ссылки не принято: lang="fr"/);
    await page.getByTestId('language').selectOption('en');
  });
});
