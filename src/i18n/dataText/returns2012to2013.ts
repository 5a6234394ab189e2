import type { PhraseTable } from './types';

/**
 * The returns of 2012–2013 (Soyuz TMA-22 to TMA-09M), near Arkalyk or Zhezkazgan: each return's
 * notes, where sources disagree, landing precision, distance. The computed burn-to-landing and
 * distance checks are in computed.ts.
 */
export const RETURNS_2012_2013: PhraseTable = {
  // Soyuz TMA-22, 2012-04-27
  'Last flight of the original Soyuz-TMA version before the TMA-M (Wikipedia; raumfahrtkalender); landing moved from 30 Apr to 27 Apr (NSF).':
    {
      ru: 'Последний полёт исходной версии «Союз ТМА» перед переходом на ТМА-М (Википедия; raumfahrtkalender); посадку перенесли с 30 на 27 апреля (NSF).',
      kk: 'ТМА-М алдындағы бастапқы «Союз ТМА» нұсқасының соңғы ұшуы (Уикипедия; raumfahrtkalender); қону 30 сәуірден 27 сәуірге ауыстырылды (NSF).',
    },
  'Undocking 08:18:19Z (spacefacts; raumfahrtkalender 08:18) vs 08:15Z (Wikipedia infobox).': {
    ru: 'Расстыковка: 08:18:19Z (spacefacts; raumfahrtkalender — 08:18) или 08:15Z (карточка Википедии).',
    kk: 'Ажырау: 08:18:19Z (spacefacts; raumfahrtkalender — 08:18) немесе 08:15Z (Уикипедия карточкасы).',
  },
  "A NASA-derived post says landing at '1:45 a.m. EDT' - inconsistent (11:45Z = 7:45 am EDT); not used.":
    {
      ru: 'Одна публикация по материалам НАСА называет посадку в «01:45 EDT» — это не сходится (11:45Z = 07:45 EDT); не используется.',
      kk: 'НАСА материалдары негізіндегі бір жазба қону уақытын «01:45 EDT» дейді — бұл сәйкес келмейді (11:45Z = 07:45 EDT); пайдаланылмайды.',
    },
  'Burn 10:50Z to landing 11:45:35Z = 55.6 min, at the top of the usual range; burn time is from a single secondary source.':
    {
      ru: 'От импульса в 10:50Z до посадки в 11:45:35Z = 55,6 мин — у верхней границы обычного диапазона; время импульса взято из единственного вторичного источника.',
      kk: '10:50Z импульсінен 11:45:35Z қонуға дейін = 55,6 мин — әдеттегі ауқымның жоғарғы шегінде; импульс уақыты жалғыз екінші реттік дереккөзден алынған.',
    },
  '0.1 s (spacefacts); Wikipedia 11:45Z; raumfahrtkalender 11:46Z': {
    ru: '0,1 с (spacefacts); Википедия — 11:45Z; raumfahrtkalender — 11:46Z',
    kk: '0,1 с (spacefacts); Уикипедия — 11:45Z; raumfahrtkalender — 11:46Z',
  },
  '80 km north-northeast of Arkalyk (spacefacts); near Arkalyk, primary zone (raumfahrtkalender)': {
    ru: '80 км к северо-северо-востоку от Аркалыка (spacefacts); около Аркалыка, основной район (raumfahrtkalender)',
    kk: 'Арқалықтан солтүстік-солтүстік-шығысқа қарай 80 км (spacefacts); Арқалық маңында, негізгі аудан (raumfahrtkalender)',
  },

  // Soyuz TMA-03M, 2012-07-01
  'Return had been planned for May 2012 but was postponed after the TMA-04M descent module was damaged in ground testing (RT).':
    {
      ru: 'Возвращение планировалось на май 2012 года, но его отложили после того, как спускаемый аппарат ТМА-04М повредили при наземных испытаниях (RT).',
      kk: 'Оралу 2012 жылдың мамырына жоспарланған еді, бірақ ТМА-04М түсу аппараты жердегі сынақтарда зақымданғаннан кейін кейінге қалдырылды (RT).',
    },
  "Landing: 08:14Z (NASA, NSF, ESA, derived 08:14:36Z) vs 08:15Z (RT) vs '2:14 pm local (08:17 GMT)' (AP; internally inconsistent, 2:14 pm local = 08:14Z) - 08:14Z used.":
    {
      ru: 'Посадка: 08:14Z (НАСА, NSF, ЕКА; вычислено 08:14:36Z), 08:15Z (RT) или «14:14 по местному времени (08:17 GMT)» (AP; противоречит само себе: 14:14 по местному = 08:14Z) — принято 08:14Z.',
      kk: 'Қону: 08:14Z (НАСА, NSF, ЕҒА; есептелгені 08:14:36Z), 08:15Z (RT) немесе «жергілікті уақытпен 14:14 (08:17 GMT)» (AP; өзіне-өзі қайшы: жергілікті 14:14 = 08:14Z) — 08:14Z алынды.',
    },
  'Undocking: 04:48Z (NSF/NASA TV/RT) vs 11:47 pm CDT = 04:47Z (NASA release 12-222).': {
    ru: 'Расстыковка: 04:48Z (NSF/телеканал НАСА/RT) или 23:47 CDT = 04:47Z (пресс-релиз НАСА 12-222).',
    kk: 'Ажырау: 04:48Z (NSF/НАСА телеарнасы/RT) немесе 23:47 CDT = 04:47Z (НАСА баспасөз хабарламасы 12-222).',
  },
  'minute (NASA, NSF, ESA); DERIVED 08:14:36Z = launch 13:16:15Z (French Wikipedia) + 192 d 18 h 58 min 21 s (reference-book duration)':
    {
      ru: 'до минуты (НАСА, NSF, ЕКА); ВЫЧИСЛЕНО 08:14:36Z = старт 13:16:15Z (французская Википедия) + 192 сут 18 ч 58 мин 21 с (длительность по справочнику)',
      kk: 'минутқа дейін (НАСА, NSF, ЕҒА); ЕСЕПТЕЛГЕН 08:14:36Z = ұшыру 13:16:15Z (француз Уикипедиясы) + 192 тәул. 18 сағ 58 мин 21 с (анықтамалықтағы ұзақтық)',
    },
  'about 150 km south-east of Dzhezkazgan (AP photo caption); south of Zhezkazgan (Aviation Week); near Dzhezkazgan (reference book); on target (CNET via redOrbit; RT)':
    {
      ru: 'около 150 км к юго-востоку от Жезказгана (подпись к фото AP); южнее Жезказгана (Aviation Week); около Жезказгана (справочник); точно в расчётной точке (CNET через redOrbit; RT)',
      kk: 'Жезқазғаннан оңтүстік-шығысқа қарай шамамен 150 км (AP фотосуретінің жазуы); Жезқазғаннан оңтүстікке қарай (Aviation Week); Жезқазған маңында (анықтамалық); дәл есептік нүктеге (redOrbit арқылы CNET; RT)',
    },

  // Soyuz TMA-04M, 2012-09-17
  "CHECK FLAG: burn start 01:56Z to landing 02:53Z = ~57 min, slightly outside the usual 50-56 min. Two independent write-ups (redOrbit/TG Daily from NASA text, and Space Safety Magazine which explicitly says '57 minutes before landing') agree on 01:56Z; not resolved - treat the burn time as +/-1-2 min uncertain.":
    {
      ru: 'ПРОВЕРИТЬ: от начала импульса в 01:56Z до посадки в 02:53Z = ~57 мин, чуть больше обычных 50–56 мин. Два независимых описания (redOrbit/TG Daily по тексту НАСА и Space Safety Magazine, где прямо сказано «за 57 минут до посадки») сходятся на 01:56Z; расхождение не разрешено — время импульса считать неточным на ±1–2 мин.',
      kk: 'ТЕКСЕРУ КЕРЕК: импульстің басталуы 01:56Z мен қону 02:53Z аралығы = ~57 мин, әдеттегі 50–56 минуттан сәл асады. Екі тәуелсіз сипаттама (НАСА мәтіні бойынша redOrbit/TG Daily және «қонуға 57 минут қалғанда» деп ашық жазған Space Safety Magazine) 01:56Z уақытында келіседі; мәселе шешілмеген — импульс уақытын ±1–2 мин дәлсіз деп санау керек.',
    },
  'Short (~4-month) increment: launch delayed by damage to the originally assigned descent module during pre-flight pressure tests (NSF).':
    {
      ru: 'Короткая (~4 месяца) экспедиция: старт задержался, потому что изначально назначенный спускаемый аппарат повредили при предполётных испытаниях давлением (NSF).',
      kk: 'Қысқа (~4 ай) экспедиция: бастапқыда тағайындалған түсу аппараты ұшу алдындағы қысыммен сынау кезінде зақымданғандықтан, ұшыру кешіктірілді (NSF).',
    },
  "Landing: 02:53Z (Roscosmos per Space Safety Magazine, NASA, French Wikipedia) vs 02:52Z (MCC plan via Kowalski; der-orion) vs '8:43 am local (0243 GMT)' (BNO News, isolated, not used). Derived 02:52:53Z supports 02:53Z.":
    {
      ru: 'Посадка: 02:53Z (Роскосмос по Space Safety Magazine, НАСА, французская Википедия), 02:52Z (план ЦУП через Ковальски; der-orion) или «8:43 по местному времени (02:43 GMT)» (BNO News, единичное сообщение, не используется). Вычисленное время 02:52:53Z подтверждает 02:53Z.',
      kk: 'Қону: 02:53Z (Space Safety Magazine бойынша Роскосмос, НАСА, француз Уикипедиясы), 02:52Z (Ковальски арқылы ҰБО жоспары; der-orion) немесе «жергілікті уақытпен 8:43 (02:43 GMT)» (BNO News, жалғыз хабар, пайдаланылмайды). Есептелген 02:52:53Z уақыты 02:53Z мәнін растайды.',
    },
  'der-orion dates the landing 16 September - wrong date.': {
    ru: 'der-orion датирует посадку 16 сентября — дата неверна.',
    kk: 'der-orion қону күнін 16 қыркүйек деп көрсетеді — күн қате.',
  },
  'minute (Roscosmos official per Space Safety Magazine; NASA 10:53 pm EDT); DERIVED 02:52:53Z = launch 03:01:23Z (French Wikipedia) + 124 d 23 h 51 min 30 s (reference-book duration)':
    {
      ru: 'до минуты (официальное время Роскосмоса по Space Safety Magazine; НАСА — 22:53 EDT); ВЫЧИСЛЕНО 02:52:53Z = старт 03:01:23Z (французская Википедия) + 124 сут 23 ч 51 мин 30 с (длительность по справочнику)',
      kk: 'минутқа дейін (Space Safety Magazine бойынша Роскосмостың ресми уақыты; НАСА — 22:53 EDT); ЕСЕПТЕЛГЕН 02:52:53Z = ұшыру 03:01:23Z (француз Уикипедиясы) + 124 тәул. 23 сағ 51 мин 30 с (анықтамалықтағы ұзақтық)',
    },
  '85 km north of Arkalyk (reference book); 86 km NE of Arkalyk (MCC plan via Kowalski); northeast / north of Arkalyk (NASA, BNO)':
    {
      ru: '85 км к северу от Аркалыка (справочник); 86 км к северо-востоку от Аркалыка (план ЦУП через Ковальски); северо-восточнее / севернее Аркалыка (НАСА, BNO)',
      kk: 'Арқалықтан солтүстікке қарай 85 км (анықтамалық); Арқалықтан солтүстік-шығысқа қарай 86 км (Ковальски арқылы ҰБО жоспары); Арқалықтан солтүстік-шығысқа / солтүстікке қарай (НАСА, BNO)',
    },

  // Soyuz TMA-05M, 2012-11-19
  'Parachute deployed about 5 s later than planned, putting the capsule several miles from the planned point (Universe Today); a minor dispersion, not a ballistic entry.':
    {
      ru: 'Парашют раскрылся примерно на 5 с позже плана, и капсула села в нескольких милях от расчётной точки (Universe Today); небольшое отклонение, а не баллистический спуск.',
      kk: 'Парашют жоспардағыдан шамамен 5 с кеш ашылып, капсула есептік нүктеден бірнеше миль жерге қонды (Universe Today); бұл баллистикалық түсу емес, шағын ауытқу.',
    },
  'First pre-dawn (dark) landing of an ISS crew since 2006-04-09 (Universe Today).': {
    ru: 'Первая с 09.04.2006 посадка экипажа МКС до рассвета, в темноте (Universe Today).',
    kk: '09.04.2006 бері ХҒС экипажының таң атқанға дейінгі, қараңғыдағы алғашқы қонуы (Universe Today).',
  },
  'Deorbit burn time not found in the sources searched.': {
    ru: 'Время тормозного импульса в просмотренных источниках не найдено.',
    kk: 'Қаралған дереккөздерден тежеу импульсінің уақыты табылмады.',
  },
  'Landing: 01:56Z (NASA/SFN/NSF) vs 05:53 MSK = 01:53Z (MCC via Xinhua, ITAR-TASS, RIA) - 01:56Z used.':
    {
      ru: 'Посадка: 01:56Z (НАСА/SFN/NSF) или 05:53 МСК = 01:53Z (ЦУП через Синьхуа, ИТАР-ТАСС, РИА) — принято 01:56Z.',
      kk: 'Қону: 01:56Z (НАСА/SFN/NSF) немесе 05:53 МСК = 01:53Z (Синьхуа, ИТАР-ТАСС, РИА арқылы ҰБО) — 01:56Z алынды.',
    },
  'Undocking: 22:26Z (NSF, NASA 5:26 pm EST) vs 02:23 MSK = 22:23Z (MCC via Xinhua/RT); RIA via PanArmenian gives 2:26 MSK.':
    {
      ru: 'Расстыковка: 22:26Z (NSF, НАСА — 17:26 EST) или 02:23 МСК = 22:23Z (ЦУП через Синьхуа/RT); РИА через PanArmenian даёт 2:26 МСК.',
      kk: 'Ажырау: 22:26Z (NSF, НАСА — 17:26 EST) немесе 02:23 МСК = 22:23Z (Синьхуа/RT арқылы ҰБО); PanArmenian арқылы РИА 2:26 МСК береді.',
    },
  'Hatch closure: 19:10Z (NSF) vs 2:15 pm EST = 19:15Z (Universe Today).': {
    ru: 'Закрытие люка: 19:10Z (NSF) или 14:15 EST = 19:15Z (Universe Today).',
    kk: 'Люктің жабылуы: 19:10Z (NSF) немесе 14:15 EST = 19:15Z (Universe Today).',
  },
  "Universe Today quotes a latitude of 50°14'53.16\" N for 'near Arkalyk' - no longitude, probably the town's latitude; not used as touchdown coordinate.":
    {
      ru: 'Universe Today приводит для «около Аркалыка» широту 50°14′53,16″ с. ш. — без долготы, вероятно, это широта самого города; как координата посадки не используется.',
      kk: 'Universe Today «Арқалық маңында» деген сипаттамаға 50°14′53,16″ с. е. ендігін келтіреді — бойлығы жоқ, бұл қаланың өз ендігі болуы ықтимал; қону координатасы ретінде пайдаланылмайды.',
    },
  'minute (NASA/SFN/NSF); MCC quoted 05:53 MSK = 01:53Z': {
    ru: 'до минуты (НАСА/SFN/NSF); ЦУП назвал 05:53 МСК = 01:53Z',
    kk: 'минутқа дейін (НАСА/SFN/NSF); ҰБО 05:53 МСК деп атады = 01:53Z',
  },
  "~85 km northeast of Arkalyk (MCC via Xinhua); NE of Arkalyk, preplanned area (ITAR-TASS, RIA, RT); 'several miles' from the planned site (Universe Today); 'slightly off target' (NSF); 'closer to the planned target than initially suspected' (SFN); 'close to the calculated point' (MCC via Vedomosti)":
    {
      ru: '~85 км к северо-востоку от Аркалыка (ЦУП через Синьхуа); северо-восточнее Аркалыка, в заранее намеченном районе (ИТАР-ТАСС, РИА, RT); «в нескольких милях» от намеченного места (Universe Today); «немного в стороне от цели» (NSF); «ближе к намеченной точке, чем предполагалось сначала» (SFN); «недалеко от расчётной точки» (ЦУП через «Ведомости»)',
      kk: 'Арқалықтан солтүстік-шығысқа қарай ~85 км (Синьхуа арқылы ҰБО); Арқалықтан солтүстік-шығысқа қарай, алдын ала белгіленген ауданда (ИТАР-ТАСС, РИА, RT); жоспарланған жерден «бірнеше миль» (Universe Today); «мақсаттан сәл ауытқып» (NSF); «алғашқы болжамнан гөрі жоспарланған нүктеге жақынырақ» (SFN); «есептік нүктеге жақын» («Ведомости» арқылы ҰБО)',
    },

  // Soyuz TMA-06M, 2013-03-16
  'Landing postponed one day (from 15 Mar) because rain/fog at the Arkalyk zone would have hampered recovery aircraft (TASS; NASA).':
    {
      ru: 'Посадку отложили на сутки (с 15 марта): дождь и туман в аркалыкском районе помешали бы поисково-спасательной авиации (ТАСС; НАСА).',
      kk: 'Қону бір тәулікке (15 наурыздан) кейінге қалдырылды: Арқалық ауданындағы жаңбыр мен тұман іздеу-құтқару авиациясына кедергі келтірер еді (ТАСС; НАСА).',
    },
  'Landing 03:06Z (MCC/TASS, raumfahrtkalender, NASA plan) vs 4:10 CET = 03:10Z (astronautinews.it) - 03:06Z used.':
    {
      ru: 'Посадка: 03:06Z (ЦУП/ТАСС, raumfahrtkalender, план НАСА) или 4:10 CET = 03:10Z (astronautinews.it) — принято 03:06Z.',
      kk: 'Қону: 03:06Z (ҰБО/ТАСС, raumfahrtkalender, НАСА жоспары) немесе 4:10 CET = 03:10Z (astronautinews.it) — 03:06Z алынды.',
    },
  'Distance: 86 km (TASS) vs 64 km (raumfahrtkalender) NE of Arkalyk.': {
    ru: 'Расстояние: 86 км (ТАСС) или 64 км (raumfahrtkalender) к северо-востоку от Аркалыка.',
    kk: 'Қашықтық: Арқалықтан солтүстік-шығысқа қарай 86 км (ТАСС) немесе 64 км (raumfahrtkalender).',
  },
  '86 km northeast of Arkalyk (MCC via ITAR-TASS); about 64 km NE of Arkalyk (raumfahrtkalender); northeast of Arkalyk (NASA)':
    {
      ru: '86 км к северо-востоку от Аркалыка (ЦУП через ИТАР-ТАСС); около 64 км к северо-востоку от Аркалыка (raumfahrtkalender); северо-восточнее Аркалыка (НАСА)',
      kk: 'Арқалықтан солтүстік-шығысқа қарай 86 км (ИТАР-ТАСС арқылы ҰБО); Арқалықтан солтүстік-шығысқа қарай шамамен 64 км (raumfahrtkalender); Арқалықтан солтүстік-шығысқа қарай (НАСА)',
    },

  // Soyuz TMA-07M, 2013-05-14
  'Romanenko performed a simulated manual Mars-landing task in a centrifuge the day after landing (raumfahrtkalender).':
    {
      ru: 'На следующий день после посадки Романенко выполнил в центрифуге имитацию ручной посадки на Марс (raumfahrtkalender).',
      kk: 'Қонудан кейінгі күні Романенко центрифугада Марсқа қолмен қонуды имитациялайтын тапсырманы орындады (raumfahrtkalender).',
    },
  'Distance 146 km (MCC) vs 149 km (raumfahrtkalender) SE of Zhezkazgan.': {
    ru: 'Расстояние: 146 км (ЦУП) или 149 км (raumfahrtkalender) к юго-востоку от Жезказгана.',
    kk: 'Қашықтық: Жезқазғаннан оңтүстік-шығысқа қарай 146 км (ҰБО) немесе 149 км (raumfahrtkalender).',
  },
  '146 km SE of Dzhezkazgan (MCC via m24; Roskosmos via Kowalski; TASS plan); 149 km SE of Zhezkazgan (raumfahrtkalender)':
    {
      ru: '146 км к юго-востоку от Жезказгана (ЦУП через m24; Роскосмос через Ковальски; план, ТАСС); 149 км к юго-востоку от Жезказгана (raumfahrtkalender)',
      kk: 'Жезқазғаннан оңтүстік-шығысқа қарай 146 км (m24 арқылы ҰБО; Ковальски арқылы Роскосмос; жоспар, ТАСС); Жезқазғаннан оңтүстік-шығысқа қарай 149 км (raumfahrtkalender)',
    },

  // Soyuz TMA-08M, 2013-09-11
  "This crew had flown the new 6-hour fast-rendezvous profile on the way up (Wikipedia mirror; spacefacts: 'the shortest time from launch to docking').":
    {
      ru: 'Этот экипаж летел к станции по новой шестичасовой схеме быстрого сближения (зеркало Википедии; spacefacts: «кратчайшее время от старта до стыковки»).',
      kk: 'Бұл экипаж станцияға жаңа алты сағаттық жылдам жақындау сұлбасымен ұшқан (Уикипедия айнасы; spacefacts: «ұшырудан түйісуге дейінгі ең қысқа уақыт»).',
    },
  'Undocking 23:35:28Z (spacefacts) vs 23:34Z (MCC via TASS) vs 23:37Z (Wikipedia).': {
    ru: 'Расстыковка: 23:35:28Z (spacefacts), 23:34Z (ЦУП через ТАСС) или 23:37Z (Википедия).',
    kk: 'Ажырау: 23:35:28Z (spacefacts), 23:34Z (ТАСС арқылы ҰБО) немесе 23:37Z (Уикипедия).',
  },
  "TASS's pre-landing text says the designated site was 'not far from Arkalyk'; spacefacts (152 km SE of Dzheskasgan) and the coordinates place it in the southern zone - TASS statement treated as an error.":
    {
      ru: 'В предпосадочном тексте ТАСС назначенное место названо «недалеко от Аркалыка»; spacefacts (152 км к юго-востоку от Жезказгана) и координаты помещают его в южный район — заявление ТАСС считается ошибкой.',
      kk: 'ТАСС-тың қону алдындағы мәтінінде белгіленген орын «Арқалықтан алыс емес» делінген; spacefacts (Жезқазғаннан оңтүстік-шығысқа қарай 152 км) пен координаттар оны оңтүстік ауданға орналастырады — ТАСС мәлімдемесі қате деп саналады.',
    },
  '0.1 s (spacefacts); NASA 10:58 pm EDT': {
    ru: '0,1 с (spacefacts); НАСА — 22:58 EDT',
    kk: '0,1 с (spacefacts); НАСА — 22:58 EDT',
  },
  '152 km southeast of Dzheskasgan (spacefacts)': {
    ru: '152 км к юго-востоку от Жезказгана (spacefacts)',
    kk: 'Жезқазғаннан оңтүстік-шығысқа қарай 152 км (spacefacts)',
  },

  // Soyuz TMA-09M, 2013-11-11
  'Returned the Olympic torch (Sochi 2014) that had been taken outside the ISS on 2013-11-09 (NASA).':
    {
      ru: 'Вернул на Землю олимпийский факел (Сочи-2014), который 09.11.2013 выносили в открытый космос (НАСА).',
      kk: '09.11.2013 ХҒС-тан ашық ғарышқа шығарылған олимпиада алауын (Сочи-2014) Жерге қайтарды (НАСА).',
    },
  'Mission duration 166 d 06 h 17 m 36 s (spacefacts). Soyuz had relocated from Rassvet to Zvezda aft on 2013-11-01 (NASA).':
    {
      ru: 'Длительность полёта 166 сут 06 ч 17 мин 36 с (spacefacts). 01.11.2013 «Союз» перестыковали с «Рассвета» на кормовой узел «Звезды» (НАСА).',
      kk: 'Ұшу ұзақтығы 166 тәул. 06 сағ 17 мин 36 с (spacefacts). 01.11.2013 «Союз» «Рассвет» модулінен «Звезда» модулінің артқы түйісу торабына ауыстырылды (НАСА).',
    },
  "142 km southeast of Dzheskasgan (spacefacts); SE of Dzhezkazgan (NASA); 'bull's eye landing' (NASA commentator via space.com)":
    {
      ru: '142 км к юго-востоку от Жезказгана (spacefacts); юго-восточнее Жезказгана (НАСА); «посадка точно в яблочко» (комментатор НАСА через space.com)',
      kk: 'Жезқазғаннан оңтүстік-шығысқа қарай 142 км (spacefacts); Жезқазғаннан оңтүстік-шығысқа қарай (НАСА); «дәл нысанаға қонды» (space.com арқылы НАСА комментаторы)',
    },
};
