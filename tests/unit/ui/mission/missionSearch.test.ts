import { describe, expect, it } from 'vitest';
import { missions } from '../../../../src/data/catalog';
import { matchesSearch } from '../../../../src/ui/mission/missionSearch';

describe('mission search', () => {
  it.each(['Aimbetov', 'Айымбетов', 'Аймбетов', 'Аимбетов', 'aimbetov'])(
    'finds TMA-16M (Aidyn Aimbetov) by "%s" whatever the interface language',
    (query) => {
      for (const lang of ['en', 'ru', 'kk'] as const) {
        const found = missions.filter((m) => matchesSearch(m, query, lang)).map((m) => m.id);
        expect(found, lang).toContain('soyuz-tma-16m-landing');
      }
    },
  );

  it('finds a mission by its name in the language shown, and nothing for nonsense', () => {
    expect(missions.filter((m) => matchesSearch(m, 'Союз МС-19', 'ru')).map((m) => m.id)).toEqual([
      'soyuz-ms-19-landing',
    ]);
    expect(missions.filter((m) => matchesSearch(m, 'zzzz', 'en'))).toEqual([]);
  });
});
