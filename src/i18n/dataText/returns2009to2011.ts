import type { PhraseTable } from './types';

/**
 * The returns of 2009–2011 (Soyuz TMA-13 to TMA-02M), most of them in the northern zone near
 * Arkalyk: each return's notes, where sources disagree, landing precision, distance, coordinate
 * status. The computed burn-to-landing and distance checks are in computed.ts.
 */
export const RETURNS_2009_2011: PhraseTable = {
  // Soyuz TMA-13, 2009-04-08
  'Landing was postponed one day and moved to a more southerly site than planned because of soggy/poor conditions at the original site (NASA release 09-081; spacefacts: bad weather) - it ended up ~150 km NE of Zhezkazgan.':
    {
      ru: 'Посадку отложили на сутки и перенесли южнее запланированного места из-за раскисшего грунта и плохих условий в исходном районе (пресс-релиз НАСА 09-081; spacefacts: плохая погода) — в итоге аппарат сел в ~150 км к северо-востоку от Жезказгана.',
      kk: 'Бастапқы аудандағы батпақ пен қолайсыз жағдайларға байланысты қону бір тәулікке кейінге қалдырылып, жоспарланғаннан оңтүстігірек жерге ауыстырылды (НАСА баспасөз хабарламасы 09-081; spacefacts: ауа райы нашар) — нәтижесінде аппарат Жезқазғаннан солтүстік-шығысқа қарай ~150 км жерге қонды.',
    },
  "Simonyi's second flight (launched on TMA-14 on 2009-03-26); Fincke and Lonchakov: 178 days (NASA).":
    {
      ru: 'Второй полёт Симони (стартовал на ТМА-14 26.03.2009); Финк и Лончаков: 178 суток (НАСА).',
      kk: 'Симонидің екінші ұшуы (26.03.2009 ТМА-14 кемесімен ұшқан); Финк пен Лончаков: 178 тәулік (НАСА).',
    },
  'Landing: 07:15:09.8Z (spacefacts) vs 07:16Z (NASA release, Wikipedia) - about 50 s apart; spacefacts used.':
    {
      ru: 'Посадка: 07:15:09.8Z (spacefacts) или 07:16Z (пресс-релиз НАСА, Википедия) — расхождение около 50 с; принято значение spacefacts.',
      kk: 'Қону: 07:15:09.8Z (spacefacts) немесе 07:16Z (НАСА баспасөз хабарламасы, Уикипедия) — айырмасы шамамен 50 с; spacefacts мәні алынды.',
    },
  'Undocking: English Wikipedia body text says 02:55 GMT, but its own infobox, spacefacts (03:55:25) and NASA (10:55 pm CDT = 03:55Z) agree on 03:55Z - 02:55 treated as an error.':
    {
      ru: 'Расстыковка: в тексте статьи английской Википедии указано 02:55 GMT, но её же карточка, spacefacts (03:55:25) и НАСА (22:55 CDT = 03:55Z) сходятся на 03:55Z — 02:55 считается ошибкой.',
      kk: 'Ажырау: ағылшын Уикипедиясындағы мақала мәтінінде 02:55 GMT делінген, бірақ оның өз карточкасы, spacefacts (03:55:25) және НАСА (22:55 CDT = 03:55Z) 03:55Z уақытында келіседі — 02:55 қате деп саналады.',
    },
  "One news item (collected on activeboard) says '11:16 local time (07:16 GMT)', which is not Kazakhstan time (UTC+6) - ignored.":
    {
      ru: 'Одна новостная заметка (собранная на activeboard) сообщает «11:16 по местному времени (07:16 GMT)», но это не казахстанское время (UTC+6) — не учитывается.',
      kk: 'Бір жаңалық хабары (activeboard сайтында жинақталған) «жергілікті уақытпен 11:16 (07:16 GMT)» дейді, бірақ бұл Қазақстан уақыты (UTC+6) емес — ескерілмейді.',
    },
  '0.1 s (spacefacts); NASA and Wikipedia give 07:16Z': {
    ru: '0,1 с (spacefacts); НАСА и Википедия дают 07:16Z',
    kk: '0,1 с (spacefacts); НАСА мен Уикипедия 07:16Z береді',
  },
  '151 km northeast of Dzheskasgan (spacefacts); near Zhezkazgan (NASA); a more southerly site than originally planned (NASA)':
    {
      ru: '151 км к северо-востоку от Жезказгана (spacefacts); около Жезказгана (НАСА); южнее первоначально запланированного места (НАСА)',
      kk: 'Жезқазғаннан солтүстік-шығысқа қарай 151 км (spacefacts); Жезқазған маңында (НАСА); бастапқы жоспардағыдан оңтүстігірек жер (НАСА)',
    },

  // Soyuz TMA-14, 2009-10-11
  'Nominal landing in the northern recovery zone near Arkalyk, not an off-nominal return (no ballistic entry reported); Interfax/MCC (via ntsomz, 2010) describes ISS crews as usually landing north-east of Arkalyk in this period, so distances from Zhezkazgan are large for such landings.':
    {
      ru: 'Штатная посадка в северном районе поиска и эвакуации у Аркалыка, а не нештатное возвращение (о баллистическом спуске не сообщалось); по данным Интерфакса/ЦУП (через ntsomz, 2010), экипажи МКС в этот период обычно садились северо-восточнее Аркалыка, поэтому расстояния от Жезказгана для таких посадок велики.',
      kk: 'Арқалық маңындағы солтүстік іздеу-құтқару ауданына штаттық қону, штаттан тыс оралу емес (баллистикалық түсу туралы хабарланбаған); Интерфакс/ҰБО мәліметінше (ntsomz арқылы, 2010), бұл кезеңде ХҒС экипаждары әдетте Арқалықтан солтүстік-шығысқа қарай қонған, сондықтан мұндай қонуларда Жезқазғаннан қашықтық үлкен.',
    },
  'Laliberté flew up on Soyuz TMA-16 (launched 2009-09-30) and returned on TMA-14 after ~11 days in space; Padalka and Barratt: 199 days in space (NASA).':
    {
      ru: 'Лалиберте стартовал на «Союзе ТМА-16» (запуск 30.09.2009) и вернулся на ТМА-14 после ~11 суток в космосе; Падалка и Барратт: 199 суток в космосе (НАСА).',
      kk: 'Лалиберте «Союз ТМА-16» кемесімен ұшып (30.09.2009 ұшырылған), ғарышта ~11 тәулік болған соң ТМА-14 кемесімен оралды; Падалка мен Барратт: ғарышта 199 тәулік (НАСА).',
    },
  'No ISS element set near this landing is included in this data.': {
    ru: 'Элементов орбиты МКС около даты этой посадки в данных нет.',
    kk: 'Бұл деректерде осы қону күніне жақын ХҒС орбита элементтері жоқ.',
  },
  'Landing: 04:31:43.1Z (spacefacts) vs 04:32Z (NASA release, Energia, SFN, raumfahrtkalender) - consistent at the minute level; spacefacts value used.':
    {
      ru: 'Посадка: 04:31:43.1Z (spacefacts) или 04:32Z (пресс-релиз НАСА, РКК «Энергия», SFN, raumfahrtkalender) — совпадает с точностью до минуты; принято значение spacefacts.',
      kk: 'Қону: 04:31:43.1Z (spacefacts) немесе 04:32Z (НАСА баспасөз хабарламасы, «Энергия» корпорациясы, SFN, raumfahrtkalender) — минутқа дейінгі дәлдікпен сәйкес; spacefacts мәні алынды.',
    },
  '0.1 s (spacefacts); NASA/Energia/raumfahrtkalender give 04:32Z (minute)': {
    ru: '0,1 с (spacefacts); НАСА/РКК «Энергия»/raumfahrtkalender дают 04:32Z (до минуты)',
    kk: '0,1 с (spacefacts); НАСА/«Энергия» корпорациясы/raumfahrtkalender 04:32Z береді (минутқа дейін)',
  },
  "88 km NNE of Arkalyk (spacefacts); 'knapp 90 km' NE of Arkalyk (raumfahrtkalender); northeast of Arkalyk (NASA)":
    {
      ru: '88 км к северо-северо-востоку от Аркалыка (spacefacts); «knapp 90 km» (чуть менее 90 км) к северо-востоку от Аркалыка (raumfahrtkalender); северо-восточнее Аркалыка (НАСА)',
      kk: 'Арқалықтан солтүстік-солтүстік-шығысқа қарай 88 км (spacefacts); Арқалықтан солтүстік-шығысқа қарай «knapp 90 km» (90 км-ге жуық) (raumfahrtkalender); Арқалықтан солтүстік-шығысқа қарай (НАСА)',
    },
  'sourced (spacefacts.info landing site)': {
    ru: 'по источнику (место посадки на spacefacts.info)',
    kk: 'дереккөз бойынша (spacefacts.info сайтындағы қону орны)',
  },

  // Soyuz TMA-15, 2009-12-01
  "Landing 07:16:30.6Z (spacefacts) vs ~07:17Z (Wikipedia, NASA ops summary 'approximately') - spacefacts used.":
    {
      ru: 'Посадка: 07:16:30.6Z (spacefacts) или ~07:17Z (Википедия, сводка операций НАСА: «приблизительно») — принято значение spacefacts.',
      kk: 'Қону: 07:16:30.6Z (spacefacts) немесе ~07:17Z (Уикипедия, НАСА операциялық шолуы: «шамамен») — spacefacts мәні алынды.',
    },
  '0.1 s (spacefacts); Wikipedia/NASA ops summary ~07:17Z': {
    ru: '0,1 с (spacefacts); Википедия и сводка операций НАСА: ~07:17Z',
    kk: '0,1 с (spacefacts); Уикипедия мен НАСА операциялық шолуы: ~07:17Z',
  },
  '99 km NNE of Arkalyk (spacefacts); about 50 miles northeast of Arkalyk (NASA ops summary)': {
    ru: '99 км к северо-северо-востоку от Аркалыка (spacefacts); около 50 миль к северо-востоку от Аркалыка (сводка операций НАСА)',
    kk: 'Арқалықтан солтүстік-солтүстік-шығысқа қарай 99 км (spacefacts); Арқалықтан солтүстік-шығысқа қарай шамамен 50 миль (НАСА операциялық шолуы)',
  },

  // Soyuz TMA-16, 2010-03-18
  "Only two crew aboard (third seat used for cargo); deorbit burn time not found ('about 2.5 h after undocking' per raumfahrtkalender).":
    {
      ru: 'На борту только два члена экипажа (третье кресло занято грузом); время тормозного импульса не найдено («примерно через 2,5 ч после расстыковки», по raumfahrtkalender).',
      kk: 'Бортта экипаждың екі мүшесі ғана (үшінші орынға жүк салынған); тежеу импульсінің уақыты табылмады (raumfahrtkalender бойынша «ажыраудан шамамен 2,5 сағ кейін»).',
    },
  'Landing 11:24Z (CBS/NASA, raumfahrtkalender) vs 14:25 Moscow time = 11:25Z (Energia; MCC via AFP and Xinhua) - 11:24Z used, +/-1 min.':
    {
      ru: 'Посадка: 11:24Z (CBS/НАСА, raumfahrtkalender) или 14:25 по московскому времени = 11:25Z (РКК «Энергия»; ЦУП через AFP и Синьхуа) — принято 11:24Z, ±1 мин.',
      kk: 'Қону: 11:24Z (CBS/НАСА, raumfahrtkalender) немесе Мәскеу уақытымен 14:25 = 11:25Z («Энергия» корпорациясы; AFP және Синьхуа арқылы ҰБО) — 11:24Z алынды, ±1 мин.',
    },
  'minute; sources split 11:24Z (NASA/CBS, raumfahrtkalender) vs 11:25Z (Energia, MCC via AFP/Xinhua)':
    {
      ru: 'до минуты; источники расходятся: 11:24Z (НАСА/CBS, raumfahrtkalender) или 11:25Z (РКК «Энергия», ЦУП через AFP/Синьхуа)',
      kk: 'минутқа дейін; дереккөздер екіге бөлінеді: 11:24Z (НАСА/CBS, raumfahrtkalender) немесе 11:25Z («Энергия» корпорациясы, AFP/Синьхуа арқылы ҰБО)',
    },
  'designated area northeast of Arkalyk (MCC via AFP; raumfahrtkalender); near Arkalyk (NASA/CBS, Xinhua)':
    {
      ru: 'заданный район северо-восточнее Аркалыка (ЦУП через AFP; raumfahrtkalender); около Аркалыка (НАСА/CBS, Синьхуа)',
      kk: 'Арқалықтан солтүстік-шығыстағы белгіленген аудан (AFP арқылы ҰБО; raumfahrtkalender); Арқалық маңында (НАСА/CBS, Синьхуа)',
    },

  // Soyuz TMA-17, 2010-06-02
  'Landing site moved from the usual zone NE of Arkalyk to the Dzhezkazgan area at the request of the Kazakh authorities, who feared fire damage to sown fields near Arkalyk (Interfax/MCC via ntsomz).':
    {
      ru: 'Место посадки перенесли из обычного района северо-восточнее Аркалыка в район Жезказгана по просьбе казахстанских властей, опасавшихся пожаров на засеянных полях у Аркалыка (Интерфакс/ЦУП через ntsomz).',
      kk: 'Қону орны Қазақстан билігінің өтініші бойынша Арқалықтан солтүстік-шығыстағы әдеттегі ауданнан Жезқазған ауданына ауыстырылды: билік Арқалық маңындағы егістікте өрт шығып, зиян келуінен қауіптенді (ntsomz арқылы Интерфакс/ҰБО).',
    },
  "ISS orbit was lowered ~1.5 km on 2010-05-26 to set up re-entry conditions (Wikipedia mirror, uncited there). Deorbit burn time not found ('about 2.5 h after undocking', raumfahrtkalender).":
    {
      ru: '26.05.2010 орбиту МКС понизили на ~1,5 км, чтобы подготовить условия для спуска (зеркало Википедии, без ссылки на источник). Время тормозного импульса не найдено («примерно через 2,5 ч после расстыковки», raumfahrtkalender).',
      kk: '26.05.2010 түсу жағдайларын дайындау үшін ХҒС орбитасы ~1,5 км төмендетілді (Уикипедия айнасы, онда дереккөз көрсетілмеген). Тежеу импульсінің уақыты табылмады («ажыраудан шамамен 2,5 сағ кейін», raumfahrtkalender).',
    },
  'Landing 03:25Z (NASA, Wikipedia, raumfahrtkalender) vs 7:24 MSD = 03:24Z (MCC via Interfax/ntsomz).':
    {
      ru: 'Посадка: 03:25Z (НАСА, Википедия, raumfahrtkalender) или 7:24 по московскому летнему времени = 03:24Z (ЦУП через Интерфакс/ntsomz).',
      kk: 'Қону: 03:25Z (НАСА, Уикипедия, raumfahrtkalender) немесе Мәскеудің жазғы уақытымен 7:24 = 03:24Z (Интерфакс/ntsomz арқылы ҰБО).',
    },
  'minute; MCC quoted 7:24 Moscow summer time = 03:24Z': {
    ru: 'до минуты; ЦУП назвал 7:24 по московскому летнему времени = 03:24Z',
    kk: 'минутқа дейін; ҰБО Мәскеудің жазғы уақытымен 7:24 деп атады = 03:24Z',
  },
  'near Dzhezkazgan (MCC via Interfax/ntsomz) - not the usual area NE of Arkalyk': {
    ru: 'около Жезказгана (ЦУП через Интерфакс/ntsomz) — не в обычном районе северо-восточнее Аркалыка',
    kk: 'Жезқазған маңында (Интерфакс/ntsomz арқылы ҰБО) — Арқалықтан солтүстік-шығыстағы әдеттегі ауданда емес',
  },

  // Soyuz TMA-18, 2010-09-25
  'Undocking and landing slipped one day: on 2010-09-23/24 a false hatch/hook sensor signal kept the Poisk-side hooks from opening; the crew bypassed it with jumper cables (NASA release 10-231; RIA via ntsomz).':
    {
      ru: 'Расстыковка и посадка сдвинулись на сутки: 23–24.09.2010 ложный сигнал датчика люка и крюков не дал открыться крюкам со стороны «Поиска»; экипаж обошёл его перемычками (пресс-релиз НАСА 10-231; РИА через ntsomz).',
      kk: 'Ажырау мен қону бір тәулікке шегерілді: 23–24.09.2010 люк пен ілгек датчигінің жалған сигналы «Поиск» жағындағы ілгектердің ашылуына кедергі болды; экипаж оны уақытша сымдармен айналып өтті (НАСА баспасөз хабарламасы 10-231; ntsomz арқылы РИА).',
    },
  "Landing area: 'near Arkalyk' (NASA) vs 'south of Arkalyk' (Aviation Week); the Italian Wikipedia coordinate lies south of the usual NE-of-Arkalyk zone, consistent with Aviation Week.":
    {
      ru: 'Район посадки: «около Аркалыка» (НАСА) или «южнее Аркалыка» (Aviation Week); координата из итальянской Википедии лежит южнее обычного района к северо-востоку от Аркалыка, что согласуется с Aviation Week.',
      kk: 'Қону ауданы: «Арқалық маңында» (НАСА) немесе «Арқалықтың оңтүстігінде» (Aviation Week); итальян Уикипедиясындағы координата Арқалықтан солтүстік-шығыстағы әдеттегі ауданнан оңтүстікте жатыр, бұл Aviation Week мәліметімен сәйкес.',
    },
  'near Arkalyk (NASA; RIA/MCC); south of Arkalyk (Aviation Week)': {
    ru: 'около Аркалыка (НАСА; РИА/ЦУП); южнее Аркалыка (Aviation Week)',
    kk: 'Арқалық маңында (НАСА; РИА/ҰБО); Арқалықтың оңтүстігінде (Aviation Week)',
  },

  // Soyuz TMA-19, 2010-11-26
  'Landing moved four days earlier (from 30 Nov) because Kazakhstan restricted air traffic before the OSCE summit in Astana (Wikipedia text; ntsomz).':
    {
      ru: 'Посадку перенесли на четыре дня раньше (с 30 ноября), потому что Казахстан ограничил воздушное движение перед саммитом ОБСЕ в Астане (текст Википедии; ntsomz).',
      kk: 'Қону төрт күн бұрынға (30 қарашадан) ауыстырылды, себебі Қазақстан Астанадағы ЕҚЫҰ саммиті алдында әуе қозғалысын шектеді (Уикипедия мәтіні; ntsomz).',
    },
  "A blog summary gives '11:46 local' - inconsistent with NASA's 10:46 am local and UTC+6; not used.":
    {
      ru: 'Сводка в одном блоге даёт «11:46 по местному времени» — это не согласуется с 10:46 по местному у НАСА и с UTC+6; не используется.',
      kk: 'Бір блогтағы шолу «жергілікті уақытпен 11:46» береді — бұл НАСА-ның жергілікті 10:46 уақытымен және UTC+6 белдеуімен сәйкес келмейді; пайдаланылмайды.',
    },
  '84 km from Arkalyk (Wikipedia text; MCC plan via ntsomz); 52 miles northeast of Arkalyk (reference book); northeast of Arkalyk (NASA)':
    {
      ru: '84 км от Аркалыка (текст Википедии; план ЦУП через ntsomz); 52 мили к северо-востоку от Аркалыка (справочник); северо-восточнее Аркалыка (НАСА)',
      kk: 'Арқалықтан 84 км (Уикипедия мәтіні; ntsomz арқылы ҰБО жоспары); Арқалықтан солтүстік-шығысқа қарай 52 миль (анықтамалық); Арқалықтан солтүстік-шығысқа қарай (НАСА)',
    },

  // Soyuz TMA-01M, 2011-03-16
  'After undocking the crew tested new manual attitude-control modes (RODK digital, ROAK analog) of the TMA-M (NASA status report).':
    {
      ru: 'После расстыковки экипаж испытал новые режимы ручного управления ориентацией корабля «Союз ТМА-М» (РОДК — цифровой, РОАК — аналоговый) (отчёт НАСА о ходе полёта).',
      kk: 'Ажыраудан кейін экипаж «Союз ТМА-М» кемесінің бағдарын қолмен басқарудың жаңа режимдерін (РОДК — цифрлық, РОАК — аналогтық) сынады (НАСА-ның ұшу барысы туралы есебі).',
    },
  'Undocking 12:27 am EDT (NASA release, SFN) vs 12:26 am EDT (NASA status report).': {
    ru: 'Расстыковка: 00:27 EDT (пресс-релиз НАСА, SFN) или 00:26 EDT (отчёт НАСА о ходе полёта).',
    kk: 'Ажырау: 00:27 EDT (НАСА баспасөз хабарламасы, SFN) немесе 00:26 EDT (НАСА-ның ұшу барысы туралы есебі).',
  },
  "Roskosmos pre-landing plan '8.47 Uhr deutscher Zeit' (= 07:47Z) vs actual 07:54Z - plan figure not used.":
    {
      ru: 'Предпосадочный план Роскосмоса «8.47 Uhr deutscher Zeit» (8:47 по немецкому времени = 07:47Z) или фактические 07:54Z — плановая цифра не используется.',
      kk: 'Роскосмостың қону алдындағы жоспары «8.47 Uhr deutscher Zeit» (неміс уақытымен 8:47 = 07:47Z) немесе нақты 07:54Z — жоспардағы сан пайдаланылмайды.',
    },
  '86 km north of Arkalyk (NASA ISS status report); northeast of Arkalyk (NASA release); near Arkalyk (SFN)':
    {
      ru: '86 км к северу от Аркалыка (отчёт НАСА о ходе работ на МКС); северо-восточнее Аркалыка (пресс-релиз НАСА); около Аркалыка (SFN)',
      kk: 'Арқалықтан солтүстікке қарай 86 км (НАСА-ның ХҒС жұмысы туралы есебі); Арқалықтан солтүстік-шығысқа қарай (НАСА баспасөз хабарламасы); Арқалық маңында (SFN)',
    },

  // Soyuz TMA-20, 2011-05-24
  'First Soyuz undocking with a Space Shuttle (Endeavour, STS-134) docked; the fly-around photographs were taken between undocking and the separation burn.':
    {
      ru: 'Первая расстыковка «Союза» при пристыкованном шаттле («Индевор», STS-134); фотографии при облёте сделаны между расстыковкой и импульсом увода.',
      kk: 'Спейс Шаттл («Индевор», STS-134) түйісіп тұрғанда «Союздың» алғашқы ажырауы; айнала ұшу кезіндегі фотосуреттер ажырау мен алыстату импульсі аралығында түсірілді.',
    },
  'Mission duration 159 d 7 h 17 min (Wikipedia infobox).': {
    ru: 'Длительность полёта 159 сут 7 ч 17 мин (карточка Википедии).',
    kk: 'Ұшу ұзақтығы 159 тәул. 7 сағ 17 мин (Уикипедия карточкасы).',
  },
  "Undocking: 21:35 UTC (Wikipedia, raumfahrtkalender) vs '23.15 Uhr' German time = 21:15Z (gerhardkowalski/dapd) - 21:35Z used; the dapd 'descent began 1.36 Uhr' is also ambiguous in time zone.":
    {
      ru: 'Расстыковка: 21:35 UTC (Википедия, raumfahrtkalender) или «23.15 Uhr» по немецкому времени = 21:15Z (gerhardkowalski/dapd) — принято 21:35Z; фраза dapd «спуск начался в 1.36 Uhr» тоже неоднозначна по часовому поясу.',
      kk: 'Ажырау: 21:35 UTC (Уикипедия, raumfahrtkalender) немесе неміс уақытымен «23.15 Uhr» = 21:15Z (gerhardkowalski/dapd) — 21:35Z алынды; dapd-тың «түсу 1.36 Uhr-да басталды» деген сөзі де уақыт белдеуі жағынан екіұшты.',
    },
  "Italian Wikipedia infobox dates the landing '23 maggio 2011' (its own text says 24 May 02:27 UTC) - date wrong there; coordinates taken as given.":
    {
      ru: 'В карточке итальянской Википедии посадка датирована «23 maggio 2011» (в тексте той же статьи — 24 мая 02:27 UTC) — дата там неверна; координаты взяты как есть.',
      kk: 'Итальян Уикипедиясының карточкасында қону күні «23 maggio 2011» деп көрсетілген (сол мақаланың мәтінінде — 24 мамыр 02:27 UTC) — ол жердегі күн қате; координаттар сол күйінде алынды.',
    },
  'Distance: 147 km east (Roskosmos) vs ~150 km SE (ntsomz) vs ~140 km SE (raumfahrtkalender).': {
    ru: 'Расстояние: 147 км к востоку (Роскосмос), ~150 км к юго-востоку (ntsomz), ~140 км к юго-востоку (raumfahrtkalender).',
    kk: 'Қашықтық: шығысқа қарай 147 км (Роскосмос), оңтүстік-шығысқа қарай ~150 км (ntsomz), оңтүстік-шығысқа қарай ~140 км (raumfahrtkalender).',
  },
  '147 km east of Dzhezkazgan (Roskosmos via dapd; astrophilatelist); ~150 km SE (ntsomz); ~140 km SE of Zhezkazgan (raumfahrtkalender); SE of Dzhezkazgan (NASA via Sky at Night)':
    {
      ru: '147 км к востоку от Жезказгана (Роскосмос через dapd; astrophilatelist); ~150 км к юго-востоку (ntsomz); ~140 км к юго-востоку от Жезказгана (raumfahrtkalender); юго-восточнее Жезказгана (НАСА через Sky at Night)',
      kk: 'Жезқазғаннан шығысқа қарай 147 км (dapd арқылы Роскосмос; astrophilatelist); оңтүстік-шығысқа қарай ~150 км (ntsomz); Жезқазғаннан оңтүстік-шығысқа қарай ~140 км (raumfahrtkalender); Жезқазғаннан оңтүстік-шығысқа қарай (Sky at Night арқылы НАСА)',
    },

  // Soyuz TMA-21, 2011-09-16
  'Voice contact with the crew was lost shortly after the deorbit burn, otherwise a nominal descent (Wikipedia text); deorbit burn time not found.':
    {
      ru: 'Вскоре после тормозного импульса пропала голосовая связь с экипажем, в остальном спуск штатный (текст Википедии); время тормозного импульса не найдено.',
      kk: 'Тежеу импульсінен кейін көп ұзамай экипажбен дауыстық байланыс үзілді, қалған жағынан түсу штаттық болды (Уикипедия мәтіні); тежеу импульсінің уақыты табылмады.',
    },
  "Return delayed from 8 Sep after the Progress M-12M launch failure; spacecraft named 'Yuri Gagarin' (spacefacts; NSF).":
    {
      ru: 'Возвращение отложили с 8 сентября после аварии «Прогресса М-12М» при запуске; корабль носил имя «Юрий Гагарин» (spacefacts; NSF).',
      kk: '«Прогресс М-12М» ұшыру кезінде апатқа ұшырағаннан кейін оралу 8 қыркүйектен кейінге шегерілді; кеме «Юрий Гагарин» деп аталды (spacefacts; NSF).',
    },
  'Distance 144 km (spacefacts) vs 149 km (Roskosmos/RIA) SE of Zhezkazgan.': {
    ru: 'Расстояние: 144 км (spacefacts) или 149 км (Роскосмос/РИА) к юго-востоку от Жезказгана.',
    kk: 'Қашықтық: Жезқазғаннан оңтүстік-шығысқа қарай 144 км (spacefacts) немесе 149 км (Роскосмос/РИА).',
  },
  '0.1 s (spacefacts); Roskosmos 03:59Z; NSF 04:00Z': {
    ru: '0,1 с (spacefacts); Роскосмос — 03:59Z; NSF — 04:00Z',
    kk: '0,1 с (spacefacts); Роскосмос — 03:59Z; NSF — 04:00Z',
  },
  '144 km southeast of Dzheskasgan (spacefacts); 149 km SE of Zhezkazgan (Roskosmos via Kowalski; RIA plan)':
    {
      ru: '144 км к юго-востоку от Жезказгана (spacefacts); 149 км к юго-востоку от Жезказгана (Роскосмос через Ковальски; план, РИА)',
      kk: 'Жезқазғаннан оңтүстік-шығысқа қарай 144 км (spacefacts); Жезқазғаннан оңтүстік-шығысқа қарай 149 км (Ковальски арқылы Роскосмос; жоспар, РИА)',
    },

  // Soyuz TMA-02M, 2011-11-22
  'Coordinates are coarse (whole-degree latitude) - use only for a rough map pin.': {
    ru: 'Координаты грубые (широта с точностью до целого градуса) — годятся только для приблизительной метки на карте.',
    kk: 'Координаттар дөрекі (ендік бүтін градусқа дейін) — картадағы шамамен алынған белгі үшін ғана жарайды.',
  },
  'Deorbit burn time not found.': {
    ru: 'Время тормозного импульса не найдено.',
    kk: 'Тежеу импульсінің уақыты табылмады.',
  },
  'Landing 02:26Z (NASA, Wikipedia, der-orion) vs 06:25 Moscow time = 02:25Z (Energia).': {
    ru: 'Посадка: 02:26Z (НАСА, Википедия, der-orion) или 06:25 по московскому времени = 02:25Z (РКК «Энергия»).',
    kk: 'Қону: 02:26Z (НАСА, Уикипедия, der-orion) немесе Мәскеу уақытымен 06:25 = 02:25Z («Энергия» корпорациясы).',
  },
  'minute; Energia 06:25 MSK = 02:25Z': {
    ru: 'до минуты; РКК «Энергия»: 06:25 МСК = 02:25Z',
    kk: 'минутқа дейін; «Энергия» корпорациясы: 06:25 МСК = 02:25Z',
  },
  'about 80 km north of Arkalyk (der-orion); north of Arkalyk, preset area (Energia); outside Arkalyk (NASA)':
    {
      ru: 'около 80 км к северу от Аркалыка (der-orion); севернее Аркалыка, в заданном районе (РКК «Энергия»); под Аркалыком (НАСА)',
      kk: 'Арқалықтан солтүстікке қарай шамамен 80 км (der-orion); Арқалықтың солтүстігінде, алдын ала белгіленген ауданда («Энергия» корпорациясы); Арқалықтың іргесінде (НАСА)',
    },
  "sourced (der-orion.com news report; COARSE: latitude stated only as '51 Grad' N, longitude 67°10' E - uncertain by tens of km)":
    {
      ru: 'по источнику (новостная заметка der-orion.com; ГРУБО: широта указана лишь как «51 Grad» с. ш., долгота 67°10′ в. д. — неопределённость в десятки км)',
      kk: 'дереккөз бойынша (der-orion.com жаңалық хабары; ДӨРЕКІ: ендік тек «51 Grad» с. е. деп, бойлық 67°10′ ш. б. деп берілген — белгісіздігі ондаған км)',
    },
};
