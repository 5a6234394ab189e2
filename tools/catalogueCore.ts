import type { Plugin } from 'vite';
import { coreRecord } from '../src/data/catalogueCore.ts';
import type { MissionRecord } from '../src/data/schema.ts';

/**
 * In the app's build, src/data/missions.json as imported by the code becomes its first-load
 * records (src/data/catalogueCore.ts: no source links, notes or disagreements; 38 -> 18 KB
 * compressed). The whole file is still emitted as an asset, which the facts card fetches
 * (src/data/catalogueDetails.ts). Tests, the CLI and the dev server read the whole file.
 */
export function catalogueCore(): Plugin {
  return {
    name: 'soyuz-replay-catalogue-core',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/data\/missions\.json$/.test(id)) return null;
      const records = JSON.parse(code) as MissionRecord[];
      return { code: JSON.stringify(records.map(coreRecord)), map: null };
    },
  };
}
