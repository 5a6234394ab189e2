/** Named places the scene labels, each with where its coordinates come from. */
export interface Site {
  id: string;
  name: string;
  lat: number;
  lon: number;
  source: string;
}

export const ZHEZKAZGAN: Site = {
  id: 'zhezkazgan',
  name: 'Zhezkazgan',
  lat: 47.7833,
  lon: 67.7,
  source: "Wikipedia (Jezkazgan: 47°47'N 67°42'E), as cited in shared/data/SOURCES.md",
};

export const BAIKONUR: Site = {
  id: 'baikonur',
  name: 'Baikonur Site 31',
  lat: 45.99611,
  lon: 63.56389,
  source: 'Soyuz MS-22 launch pad 31/6 in missions.json (pad_lat, pad_lon)',
};

export const SITES: readonly Site[] = [ZHEZKAZGAN, BAIKONUR];
