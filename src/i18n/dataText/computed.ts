import type { PhraseTable, Translation } from './types';

/**
 * The notes the data's compiler computed for each return, in one pattern each: burn-to-landing
 * time, distance from Zhezkazgan for landings in the Arkalyk zone, distance from Arkalyk. Each
 * pattern is written once and filled with the figures of every return that has it (decimal
 * comma in Russian and Kazakh; times as the data gives them).
 */

const comma = (figure: string) => figure.replace('.', ',');

const STATUS: Readonly<Record<string, Translation>> = {
  actual: { ru: 'фактически', kk: 'нақты' },
  planned: { ru: 'по плану', kk: 'жоспар бойынша' },
};

/** "Computed check: deorbit_burn_start … to landing … = … min (within the usual 50-56 min)." */
function burnToLanding(burn: string, status: string, landing: string, min: string) {
  const s = STATUS[status]!;
  return [
    `Computed check: deorbit_burn_start ${burn} (${status}) to landing ${landing} = ${min} min (within the usual 50-56 min).`,
    {
      ru: `Проверка расчётом: от начала тормозного импульса в ${burn} (${s.ru}) до посадки в ${landing} = ${comma(min)} мин (в пределах обычных 50–56 мин).`,
      kk: `Есептік тексеру: тежеу импульсінің басталуы ${burn} (${s.kk}) мен қону ${landing} аралығы = ${comma(min)} мин (әдеттегі 50–56 мин шегінде).`,
    },
  ] as const;
}

/** "FLAG: computed distance … km (bearing … deg) from Zhezkazgan is outside 50-300 km - …" */
function arkalykZoneFlag(km: string, deg: string) {
  return [
    `FLAG: computed distance ${km} km (bearing ${deg} deg) from Zhezkazgan is outside 50-300 km - explained by the Arkalyk-zone note below (nominal landing, different recovery zone).`,
    {
      ru: `ВНИМАНИЕ: расчётное расстояние от Жезказгана ${comma(km)} км (азимут ${comma(deg)}°) выходит за пределы 50–300 км — это объясняет примечание об аркалыкском районе ниже (штатная посадка, другой район поиска и эвакуации).`,
      kk: `ЕСКЕРТУ: Жезқазғаннан есептелген қашықтық ${comma(km)} км (азимут ${comma(deg)}°) 50–300 км шегінен тыс — мұны төмендегі Арқалық ауданы туралы ескертпе түсіндіреді (штаттық қону, басқа іздеу-құтқару ауданы).`,
    },
  ] as const;
}

/** "Computed cross-check: sourced touchdown point is … km at bearing … deg from Arkalyk (…)" */
function fromArkalyk(km: string, deg: string) {
  return [
    `Computed cross-check: sourced touchdown point is ${km} km at bearing ${deg} deg from Arkalyk (50°14′53″N 66°55′40″E, English Wikipedia via mirror https://it.qaz.wiki/wiki/Arkalyk); compare the reported distance/direction above.`,
    {
      ru: `Сверка расчётом: точка посадки по источнику находится в ${comma(km)} км от Аркалыка по азимуту ${comma(deg)}° (50°14′53″ с. ш. 66°55′40″ в. д., английская Википедия через зеркало https://it.qaz.wiki/wiki/Arkalyk); сравните с указанными выше расстоянием и направлением.`,
      kk: `Есептік салыстыру: дереккөздегі қону нүктесі Арқалықтан ${comma(km)} км жерде, азимуты ${comma(deg)}° (50°14′53″ с. е. 66°55′40″ ш. б., ағылшын Уикипедиясы, https://it.qaz.wiki/wiki/Arkalyk айнасы арқылы); жоғарыда берілген қашықтық пен бағытпен салыстырыңыз.`,
    },
  ] as const;
}

export const COMPUTED: PhraseTable = Object.fromEntries([
  // Burn start (status) → landing, minutes: TMA-14, TMA-20, TMA-09M, TMA-10M, TMA-11M, TMA-14M,
  // TMA-15M, TMA-13, TMA-17M, TMA-12M, TMA-03M, TMA-18, TMA-15, TMA-19, TMA-01M, TMA-22, TMA-06M,
  // TMA-07M, TMA-08M, TMA-13M
  ...(
    [
      ['03:41:00Z', 'actual', '04:31:43Z', '50.7'],
      ['01:36:00Z', 'actual', '02:27:00Z', '51.0'],
      ['01:55:00Z', 'actual', '02:49:00Z', '54.0'],
      ['02:30:00Z', 'actual', '03:24:00Z', '54.0'],
      ['01:04:00Z', 'actual', '01:58:06Z', '54.1'],
      ['01:16:00Z', 'actual', '02:07:00Z', '51.0'],
      ['12:51:00Z', 'planned', '13:43:56Z', '52.9'],
      ['06:24:00Z', 'actual', '07:15:09Z', '51.2'],
      ['12:19:00Z', 'planned', '13:12:00Z', '53.0'],
      ['01:30:00Z', 'actual', '02:23:00Z', '53.0'],
      ['07:19:00Z', 'planned', '08:14:00Z', '55.0'],
      ['04:31:17Z', 'planned', '05:23:00Z', '51.7'],
      ['06:26:01Z', 'actual', '07:16:30Z', '50.5'],
      ['03:55:12Z', 'actual', '04:46:00Z', '50.8'],
      ['07:03:17Z', 'actual', '07:54:00Z', '50.7'],
      ['10:50:00Z', 'actual', '11:45:35Z', '55.6'],
      ['02:13:00Z', 'actual', '03:06:00Z', '53.0'],
      ['01:37:00Z', 'actual', '02:31:00Z', '54.0'],
      ['02:05:00Z', 'actual', '02:58:28Z', '53.5'],
      ['03:05:00Z', 'planned', '03:58:49Z', '53.8'],
    ] as const
  ).map(([burn, status, landing, min]) => burnToLanding(burn, status, landing, min)),

  // TMA-04M's burn-to-landing time is outside the usual range.
  [
    'Computed check: deorbit_burn_start 01:56:00Z (actual) to landing 02:53:00Z = 57.0 min (OUTSIDE the usual 50-56 min - sources re-checked, see notes).',
    {
      ru: 'Проверка расчётом: от начала тормозного импульса в 01:56:00Z (фактически) до посадки в 02:53:00Z = 57,0 мин (ЗА ПРЕДЕЛАМИ обычных 50–56 мин — источники перепроверены, см. примечания).',
      kk: 'Есептік тексеру: тежеу импульсінің басталуы 01:56:00Z (нақты) мен қону 02:53:00Z аралығы = 57,0 мин (әдеттегі 50–56 мин ШЕГІНЕН ТЫС — дереккөздер қайта тексерілді, ескертпелерді қараңыз).',
    },
  ],

  // Arkalyk-zone landings, distance and bearing from Zhezkazgan: TMA-14, TMA-15, TMA-02M,
  // TMA-22, TMA-13M
  ...(
    [
      ['362.1', '354.5'],
      ['370.6', '355.5'],
      ['359.8', '354.0'],
      ['354.9', '353.9'],
      ['364.9', '355.6'],
    ] as const
  ).map(([km, deg]) => arkalykZoneFlag(km, deg)),

  // Distance and bearing from Arkalyk: TMA-14, TMA-18, TMA-15, TMA-02M, TMA-22, TMA-13M
  ...(
    [
      ['88.4', '12.5'],
      ['25.1', '173.7'],
      ['98.6', '14.8'],
      ['85.3', '11.3'],
      ['80.4', '11.9'],
      ['93.6', '16.3'],
    ] as const
  ).map(([km, deg]) => fromArkalyk(km, deg)),
]);
