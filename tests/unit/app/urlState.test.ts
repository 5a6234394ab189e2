import { describe, expect, it } from 'vitest';
import { missions, DEFAULT_MISSION_ID } from '../../../src/data/catalog';
import { formatUrlState, parseUrlState } from '../../../src/app/urlState';
import { missionClock } from '../../../src/replay/missionClock';

const parse = (q: string) => parseUrlState(q, missions, DEFAULT_MISSION_ID);

describe('URL state', () => {
  it('opens MS-19 a few minutes before the deorbit burn by default', () => {
    const r = parse('');
    expect(r.mission.id).toBe('soyuz-ms-19-landing');
    expect(new Date(r.utcMs).toISOString()).toBe('2022-03-30T10:29:00.000Z');
    expect(r.playing).toBe(true);
    expect(r.ignored).toEqual([]);
  });

  it('reads every parameter of a good link', () => {
    const r = parse('?mission=soyuz-tma-18m-landing&t=2016-03-02T03:40:00Z&rate=0&camera=iss');
    expect(r.mission.id).toBe('soyuz-tma-18m-landing');
    expect(r.utcMs).toBe(Date.UTC(2016, 2, 2, 3, 40));
    expect(r.playing).toBe(false);
    expect(r.camera).toBe('iss');
    expect(r.ignored).toEqual([]);
  });

  it('ignores each bad parameter with a reason, keeping the good ones', () => {
    const r = parse('?mission=apollo-11&t=yesterday&rate=fast&camera=drone&x=1');
    expect(r.mission.id).toBe(DEFAULT_MISSION_ID);
    expect(r.rate).toBe(60);
    expect(r.camera).toBe('earth');
    expect(r.ignored).toHaveLength(5);
    expect(r.ignored.join('\n')).toMatch(/not a known mission/);
    expect(r.ignored.join('\n')).toMatch(/not an ISO-8601/);
    expect(r.ignored.join('\n')).toMatch(/rate=.*must be a number/);
    expect(r.ignored.join('\n')).toMatch(/camera=.*not one of/);
    expect(r.ignored.join('\n')).toMatch(/unknown parameter "x"/);
  });

  it('refuses a time outside the replay', () => {
    const r = parse('?t=1999-01-01T00:00:00Z');
    expect(r.ignored[0]).toMatch(/outside Soyuz MS-19/);
    expect(r.utcMs).toBe(missionClock(r.mission).openingMs);
  });

  it('round-trips through formatUrlState', () => {
    const q = formatUrlState({
      missionId: 'soyuz-ms-19-landing',
      utcMs: Date.UTC(2022, 2, 30, 10, 50, 12),
      rate: -600,
      playing: true,
      camera: 'iss',
    });
    const r = parse(q);
    expect(r.utcMs).toBe(Date.UTC(2022, 2, 30, 10, 50, 12));
    expect(r.rate).toBe(-600);
    expect(r.camera).toBe('iss');
    expect(r.ignored).toEqual([]);
  });
});

describe('URL state: presentation mode', () => {
  it('reads present=1 and writes it back; anything else but 0 is ignored with a reason', () => {
    expect(parse('?present=1').present).toBe(true);
    expect(parse('?present=0').present).toBe(false);
    const bad = parse('?present=yes');
    expect(bad.present).toBe(false);
    expect(bad.ignored.join('\n')).toMatch(/present="yes" is not 1 or 0/);
    const r = parse('?present=1&rate=0');
    const q = formatUrlState({ missionId: r.mission.id, ...r, present: true });
    expect(parse(q).present).toBe(true);
    expect(formatUrlState({ missionId: r.mission.id, ...r, present: false })).not.toMatch(
      /present/,
    );
  });
});

describe('URL state: language', () => {
  it('reads lang=en|ru|kk, writes it back (English, the default, is left out of the link)', () => {
    expect(parse('').lang).toBe('en');
    expect(parse('?lang=kk').lang).toBe('kk');
    const r = parse('?lang=ru&rate=0');
    expect(r.ignored).toEqual([]);
    const q = formatUrlState({ missionId: r.mission.id, ...r });
    expect(q).toMatch(/&lang=ru$/);
    expect(parse(q).lang).toBe('ru');
    expect(formatUrlState({ missionId: r.mission.id, ...r, lang: 'en' })).not.toMatch(/lang/);
  });

  it('falls back to English for another language, and says what it ignored in the link’s language', () => {
    const bad = parse('?lang=fr');
    expect(bad.lang).toBe('en');
    expect(bad.ignored).toEqual(['lang="fr" is not one of en, ru, kk; showing English']);
    const ru = parse('?lang=ru&mission=apollo-11');
    expect(ru.ignored).toEqual([
      'mission="apollo-11" — неизвестная миссия; показана миссия Союз МС-19',
    ]);
    expect(ru.ignoredMessages[0]!.key).toBe('url.unknownMission');
  });

  it('reads view=presenter|screen, keeps it in the link, and explains a bad one', () => {
    expect(parse('?view=presenter').view).toBe('presenter');
    expect(parse('?view=screen').view).toBe('screen');
    expect(parse('').view).toBe('normal');
    const bad = parse('?view=projector');
    expect(bad.view).toBe('normal');
    expect(bad.ignored).toEqual([
      'view="projector" is not one of presenter, screen; showing the whole app',
    ]);
    const link = formatUrlState({
      ...parse('?rate=0'),
      missionId: 'soyuz-ms-19-landing',
      view: 'screen',
    });
    expect(new URLSearchParams(link).get('view')).toBe('screen');
    expect(parse(link).view).toBe('screen');
    expect(formatUrlState({ ...parse('?rate=0'), missionId: 'soyuz-ms-19-landing' })).not.toContain(
      'view',
    );
  });
});
