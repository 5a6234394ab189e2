import { describe, expect, inject, it } from 'vitest';
import { getState, openApp, SMALL_VIEWPORT } from './browser';
import { sharedSession } from './sharedSession';

const baseUrl = inject('baseUrl');
const session = sharedSession(baseUrl, SMALL_VIEWPORT);

/** Open the facts card and read it. */
async function cardText(): Promise<string> {
  const page = session.page;
  await page.getByTestId('facts-button').click();
  const card = page.getByTestId('mission-card');
  await expect.poll(() => card.isVisible()).toBe(true);
  const text = (await card.textContent()) ?? '';
  await page.keyboard.press('Escape');
  return text;
}

/** Jump to the replay's end: a modelled descent has the capsule on the ground there. */
async function landedAtEnd(): Promise<boolean> {
  await session.page.keyboard.press('End');
  await expect.poll(async () => (await getState(session.page)).capsule !== null).toBe(true);
  return (await getState(session.page)).capsule!.altKm < 1;
}

describe('the replays the data allows, from the picker and from a link', () => {
  it('the picker finds TMA-16M by the Kazakh spelling of Aimbetov, and it replays from its sourced burn', async () => {
    await openApp(session, baseUrl, '?rate=0', 'interactive');
    const page = session.page;
    await page.getByTestId('missions-button').click();
    await page.getByTestId('mission-search').fill('Айымбетов');
    const items = page.locator('[data-mission]');
    await expect.poll(() => items.count()).toBe(1);
    await page.getByTestId('mission-search').press('Enter');
    expect((await getState(page)).mission).toBe('soyuz-tma-16m-landing');
    expect(await cardText()).toMatch(/Modelled descent from the sourced deorbit burn at 23:59:00/);
    expect(await landedAtEnd()).toBe(true);
  });

  it('a sourced burn that lands outside the footprint: the planned burn, and the card says why', async () => {
    await openApp(session, baseUrl, '?mission=soyuz-ms-01-landing&rate=0', 'interactive');
    expect(await cardText()).toMatch(
      /the sourced burn \(03:06:00 UTC\) lands [\d,]+ km from the landing point/,
    );
    expect(await landedAtEnd()).toBe(true);
  });

  it('a 2012 return without an element set: a reconstructed orbit, labelled', async () => {
    await openApp(session, baseUrl, '?mission=soyuz-tma-22-landing&rate=0', 'interactive');
    expect(await cardText()).toMatch(/Reconstructed orbit: the data has no ISS element set/);
    expect(await landedAtEnd()).toBe(true);
  });

  it('a sourced burn with no landing point flies unsteered, and the card says so', async () => {
    await openApp(session, baseUrl, '?mission=soyuz-tma-10m-landing&rate=0', 'interactive');
    expect(await cardText()).toMatch(/The sources give no landing point/);
    expect(await landedAtEnd()).toBe(true);
  });
});
