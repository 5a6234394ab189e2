import type { PhraseTable } from './types';

/**
 * Short phrases of the first catalogue (2016–2025 returns, the MS-10 abort, the TMA-11 ballistic
 * return, the MS-22 launch), by kind: event types, event statuses, coordinate status, landing
 * time precision, touchdown attitude, launch pad and vehicle, site label tooltips.
 */
export const LABELS: PhraseTable = {
  // Event types (mission picker)
  landing: { ru: 'посадка', kk: 'қону' },
  launch: { ru: 'старт', kk: 'ұшыру' },
  'launch abort / ballistic landing': {
    ru: 'авария на старте / баллистическая посадка',
    kk: 'ұшырудағы апат / баллистикалық қону',
  },
  'landing (ballistic re-entry)': {
    ru: 'посадка (баллистический спуск)',
    kk: 'қону (баллистикалық түсу)',
  },

  // Event statuses (timeline markers)
  actual: { ru: 'фактически', kk: 'нақты' },
  planned: { ru: 'по плану', kk: 'жоспар бойынша' },
  'planned (NASA timeline)': { ru: 'по плану (график НАСА)', kk: 'жоспар бойынша (НАСА кестесі)' },
  'planned (02:59 MSK)': { ru: 'по плану (02:59 МСК)', kk: 'жоспар бойынша (02:59 МСК)' },
  'actual/planned': { ru: 'фактически/по плану', kk: 'нақты/жоспар бойынша' },
  'actual (to the minute)': {
    ru: 'фактически (с точностью до минуты)',
    kk: 'нақты (минутқа дейінгі дәлдікпен)',
  },
  'unsourced/estimate': { ru: 'без источника / оценка', kk: 'дереккөзсіз / бағалау' },
  derived: { ru: 'вычислено', kk: 'есептелген' },

  // Coordinate status (card, aim point)
  unsourced: { ru: 'без источника', kk: 'дереккөзсіз' },
  'TARGET point, not measured touchdown (secondary source); actual touchdown coordinates unsourced':
    {
      ru: 'РАСЧЁТНАЯ точка, не измеренное место посадки (вторичный источник); фактические координаты посадки не подтверждены источниками',
      kk: 'ЕСЕПТІК нүкте, өлшенген қону орны емес (екінші реттік дереккөз); нақты қону координаттарының дереккөзі жоқ',
    },
  'TARGET point (secondary), not measured touchdown': {
    ru: 'РАСЧЁТНАЯ точка (вторичный источник), не измеренное место посадки',
    kk: 'ЕСЕПТІК нүкте (екінші реттік дереккөз), өлшенген қону орны емес',
  },
  'unsourced/estimate (mean of sourced nominal-zone touchdowns: TMA-16M, MS-01, MS-05, MS-09, MS-11, MS-13; typical scatter +/-10 km)':
    {
      ru: 'без источника / оценка (среднее по подтверждённым посадкам в штатном районе: ТМА-16М, МС-01, МС-05, МС-09, МС-11, МС-13; типичный разброс ±10 км)',
      kk: 'дереккөзсіз / бағалау (штаттық аудандағы расталған қонулардың орташасы: ТМА-16М, МС-01, МС-05, МС-09, МС-11, МС-13; әдеттегі шашырау ±10 км)',
    },
  'unsourced/estimate: point 20 km due east of Zhezkazgan, from the text description': {
    ru: 'без источника / оценка: точка в 20 км строго к востоку от Жезказгана, по текстовому описанию',
    kk: 'дереккөзсіз / бағалау: Жезқазғаннан тура шығысқа қарай 20 км жердегі нүкте, мәтіндік сипаттама бойынша',
  },
  'sourced (Italian Wikipedia infobox; secondary)': {
    ru: 'по источнику (карточка итальянской Википедии; вторичный)',
    kk: 'дереккөз бойынша (итальян Уикипедиясының карточкасы; екінші реттік)',
  },
  'sourced (spacefacts.de/.info/.net)': {
    ru: 'по источнику (spacefacts.de/.info/.net)',
    kk: 'дереккөз бойынша (spacefacts.de/.info/.net)',
  },
  'sourced (spacefacts.de; same value in Italian Wikipedia)': {
    ru: 'по источнику (spacefacts.de; то же значение в итальянской Википедии)',
    kk: 'дереккөз бойынша (spacefacts.de; итальян Уикипедиясында да сол мән)',
  },

  // Landing time precision
  minute: { ru: 'до минуты', kk: 'минутқа дейін' },
  'seconds (Wikipedia); sources disagree at the 1-2 min level': {
    ru: 'до секунды (Википедия); источники расходятся на 1–2 мин',
    kk: 'секундқа дейін (Уикипедия); дереккөздер 1–2 минутқа алшақ',
  },
  'seconds (Roscosmos); Wikipedia gives 11:28:26': {
    ru: 'до секунды (Роскосмос); Википедия даёт 11:28:26',
    kk: 'секундқа дейін (Роскосмос); Уикипедияда 11:28:26',
  },
  '0.1 s (spacefacts)': { ru: '0,1 с (spacefacts)', kk: '0,1 с (spacefacts)' },
  'seconds (Roscosmos)': { ru: 'до секунды (Роскосмос)', kk: 'секундқа дейін (Роскосмос)' },
  'seconds (spacefacts)': { ru: 'до секунды (spacefacts)', kk: 'секундқа дейін (spacefacts)' },
  'seconds (RSC Energia)': {
    ru: 'до секунды (РКК «Энергия»)',
    kk: 'секундқа дейін («Энергия» корпорациясы)',
  },
  'seconds (NASA commentary via spacepolicyonline)': {
    ru: 'до секунды (комментарий НАСА через spacepolicyonline)',
    kk: 'секундқа дейін (spacepolicyonline арқылы НАСА түсіндірмесі)',
  },
  'derived: launch 08:40:15Z + 19 min 41 s (flight duration per Wikipedia); Wikipedia lists 08:59 UTC':
    {
      ru: 'вычислено: старт 08:40:15Z + 19 мин 41 с (длительность полёта по Википедии); в Википедии 08:59 UTC',
      kk: 'есептелген: ұшыру 08:40:15Z + 19 мин 41 с (Уикипедия бойынша ұшу ұзақтығы); Уикипедияда 08:59 UTC',
    },
  '~1 s (NK report, Moscow decree time UTC+3); spacefacts 08:29Z; space.com 0830 GMT': {
    ru: '~1 с (отчёт НК, московское декретное время UTC+3); spacefacts 08:29Z; space.com 08:30 GMT',
    kk: '~1 с (НК есебі, Мәскеу декреттік уақыты UTC+3); spacefacts 08:29Z; space.com 08:30 GMT',
  },

  // Touchdown attitude
  'landed upright, then tipped on its side by wind on the parachute (UPI)': {
    ru: 'сел вертикально, затем ветер в парашюте опрокинул аппарат на бок (UPI)',
    kk: 'тік қонды, кейін парашюттағы жел аппаратты қырынан аударды (UPI)',
  },

  // Launch pad and vehicle
  'Baikonur Cosmodrome, Site 31, Pad 6 (31/6)': {
    ru: 'Космодром Байконур, площадка 31, пусковая установка 6 (31/6)',
    kk: 'Байқоңыр ғарыш айлағы, 31-алаң, 6-ұшыру қондырғысы (31/6)',
  },
  "Soyuz-2.1a (S15000-051); spacecraft 11F732 No. 751 'K.E. Tsiolkovsky', call sign Altai": {
    ru: '«Союз-2.1а» (С15000-051); корабль 11Ф732 № 751 «К. Э. Циолковский», позывной «Алтай»',
    kk: '«Союз-2.1а» (С15000-051); 11Ф732 № 751 «К. Э. Циолковский» кемесі, шақыру белгісі «Алтай»',
  },
  "Baikonur Site 1/5 (Gagarin's Start)": {
    ru: 'Байконур, площадка 1/5 (Гагаринский старт)',
    kk: 'Байқоңыр, 1/5-алаң (Гагарин старты)',
  },
  'Soyuz-FG': { ru: '«Союз-ФГ»', kk: '«Союз-ФГ»' },

  // Site label tooltips (src/data/sites.ts)
  "Wikipedia (Jezkazgan: 47°47'N 67°42'E), as cited in shared/data/SOURCES.md": {
    ru: 'Википедия (Жезказган: 47°47′ с. ш. 67°42′ в. д.), как указано в shared/data/SOURCES.md',
    kk: 'Уикипедия (Жезқазған: 47°47′ с. е. 67°42′ ш. б.), shared/data/SOURCES.md бойынша',
  },
  'Soyuz MS-22 launch pad 31/6 in missions.json (pad_lat, pad_lon)': {
    ru: 'Стартовая площадка 31/6 «Союза МС-22» в missions.json (pad_lat, pad_lon)',
    kk: 'missions.json ішіндегі «Союз МС-22» ұшыру алаңы 31/6 (pad_lat, pad_lon)',
  },
};
