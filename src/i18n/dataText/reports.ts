import type { PhraseTable } from './types';

/**
 * Longer phrases of the first catalogue (2016–2025 returns, the MS-10 abort, the TMA-11 ballistic
 * return, the MS-22 launch), by kind: reported distance and direction, notes, where sources
 * disagree.
 */
export const REPORTS: PhraseTable = {
  // Reported distance and direction
  "147 km from Zhezkazgan (Roscosmos MCC via RIA/Sputnik, Tengrinews); 157 km SE (raumfahrtkalender.de); 'southeast of Dzhezkazgan' (NASA)":
    {
      ru: '147 км от Жезказгана (ЦУП Роскосмоса через РИА/Sputnik, Tengrinews); 157 км к юго-востоку (raumfahrtkalender.de); «юго-восточнее Жезказгана» (НАСА)',
      kk: 'Жезқазғаннан 147 км (РИА/Sputnik, Tengrinews арқылы Роскосмостың ҰБО); оңтүстік-шығысқа қарай 157 км (raumfahrtkalender.de); «Жезқазғаннан оңтүстік-шығысқа қарай» (НАСА)',
    },
  '147 km southeast of Zhezkazgan (Roscosmos via TASS/Interfax; Wikipedia infobox); ~140 km SE (socialbites, low)':
    {
      ru: '147 км к юго-востоку от Жезказгана (Роскосмос через ТАСС/Интерфакс; карточка Википедии); ~140 км к юго-востоку (socialbites, низкая надёжность)',
      kk: 'Жезқазғаннан оңтүстік-шығысқа қарай 147 км (ТАСС/Интерфакс арқылы Роскосмос; Уикипедия карточкасы); оңтүстік-шығысқа қарай ~140 км (socialbites, сенімділігі төмен)',
    },
  '146 km SE of Jezkazgan (Roscosmos plan)': {
    ru: '146 км к юго-востоку от Жезказгана (план Роскосмоса)',
    kk: 'Жезқазғаннан оңтүстік-шығысқа қарай 146 км (Роскосмос жоспары)',
  },
  '148 km from Jezkazgan (Roscosmos via fx.co); NASA: southeast of Dzhezkazgan': {
    ru: '148 км от Жезказгана (Роскосмос через fx.co); НАСА: юго-восточнее Жезказгана',
    kk: 'Жезқазғаннан 148 км (fx.co арқылы Роскосмос); НАСА: Жезқазғаннан оңтүстік-шығысқа қарай',
  },
  '155 km SE of Dzheskasgan (spacefacts); 148 km (RT)': {
    ru: '155 км к юго-востоку от Жезказгана (spacefacts); 148 км (RT)',
    kk: 'Жезқазғаннан оңтүстік-шығысқа қарай 155 км (spacefacts); 148 км (RT)',
  },
  '147 km SE of Zhezkazgan (Roscosmos via Xinhua)': {
    ru: '147 км к юго-востоку от Жезказгана (Роскосмос через Синьхуа)',
    kk: 'Жезқазғаннан оңтүстік-шығысқа қарай 147 км (Синьхуа арқылы Роскосмос)',
  },
  '147 km S-E of Dzhezkazgan (spaceflight101 plan); 145 km (satprnews)': {
    ru: '147 км к юго-востоку от Жезказгана (план, spaceflight101); 145 км (satprnews)',
    kk: 'Жезқазғаннан оңтүстік-шығысқа қарай 147 км (жоспар, spaceflight101); 145 км (satprnews)',
  },
  'southeast of Dzhezkazgan; target 47.2N 69.3E (satprnews)': {
    ru: 'юго-восточнее Жезказгана; цель 47,2° с. ш. 69,3° в. д. (satprnews)',
    kk: 'Жезқазғаннан оңтүстік-шығысқа қарай; мақсат 47,2° с. е. 69,3° ш. б. (satprnews)',
  },
  '152 km SE of Dzheskasgan (spacefacts); 147 km SE (Roscosmos via TASS/RG)': {
    ru: '152 км к юго-востоку от Жезказгана (spacefacts); 147 км к юго-востоку (Роскосмос через ТАСС/РГ)',
    kk: 'Жезқазғаннан оңтүстік-шығысқа қарай 152 км (spacefacts); оңтүстік-шығысқа қарай 147 км (ТАСС/РГ арқылы Роскосмос)',
  },
  '146 km SE of Zhezkazgan (TASS; raumfahrtkalender)': {
    ru: '146 км к юго-востоку от Жезказгана (ТАСС; raumfahrtkalender)',
    kk: 'Жезқазғаннан оңтүстік-шығысқа қарай 146 км (ТАСС; raumfahrtkalender)',
  },
  '147 km south-east of Zhezkazgan (starcity-tours)': {
    ru: '147 км к юго-востоку от Жезказгана (starcity-tours)',
    kk: 'Жезқазғаннан оңтүстік-шығысқа қарай 147 км (starcity-tours)',
  },
  'near Dzhezkazgan (distance unsourced)': {
    ru: 'около Жезказгана (расстояние без источника)',
    kk: 'Жезқазған маңында (қашықтықтың дереккөзі жоқ)',
  },
  '153 km SE of Dzheskasgan (spacefacts); 147 km SE (nczas)': {
    ru: '153 км к юго-востоку от Жезказгана (spacefacts); 147 км к юго-востоку (nczas)',
    kk: 'Жезқазғаннан оңтүстік-шығысқа қарай 153 км (spacefacts); оңтүстік-шығысқа қарай 147 км (nczas)',
  },
  '20 km east of Jezkazgan (NASA via TASS); capsule ~25 km from Jezkazgan airdrome (Central Military District via TASS); 402 km from the launch site (Wikipedia)':
    {
      ru: '20 км к востоку от Жезказгана (НАСА через ТАСС); капсула в ~25 км от аэродрома Жезказгана (Центральный военный округ через ТАСС); 402 км от места старта (Википедия)',
      kk: 'Жезқазғаннан шығысқа қарай 20 км (ТАСС арқылы НАСА); капсула Жезқазған әуеайлағынан ~25 км жерде (ТАСС арқылы Орталық әскери округ); ұшыру орнынан 402 км (Уикипедия)',
    },
  '147 km SE of Dzheskasgan (spacefacts); ~148 km SE (Optolink)': {
    ru: '147 км к юго-востоку от Жезказгана (spacefacts); ~148 км к юго-востоку (Optolink)',
    kk: 'Жезқазғаннан оңтүстік-шығысқа қарай 147 км (spacefacts); оңтүстік-шығысқа қарай ~148 км (Optolink)',
  },
  '147 km southeast of Zhezkazgan (TASS/MCC)': {
    ru: '147 км к юго-востоку от Жезказгана (ТАСС/ЦУП)',
    kk: 'Жезқазғаннан оңтүстік-шығысқа қарай 147 км (ТАСС/ҰБО)',
  },
  '144 km SE of Dzheskasgan (spacefacts); 147 km SE (Roscosmos via russianspacenews)': {
    ru: '144 км к юго-востоку от Жезказгана (spacefacts); 147 км к юго-востоку (Роскосмос через russianspacenews)',
    kk: 'Жезқазғаннан оңтүстік-шығысқа қарай 144 км (spacefacts); оңтүстік-шығысқа қарай 147 км (russianspacenews арқылы Роскосмос)',
  },
  '147 km SE of Zhezqazghan (Roscosmos via Vestnik Kavkaza); ~150 km SE (Optolink)': {
    ru: '147 км к юго-востоку от Жезказгана (Роскосмос через «Вестник Кавказа»); ~150 км к юго-востоку (Optolink)',
    kk: 'Жезқазғаннан оңтүстік-шығысқа қарай 147 км («Вестник Кавказа» арқылы Роскосмос); оңтүстік-шығысқа қарай ~150 км (Optolink)',
  },
  '147 km south-east of Zhezkazgan (Interfax)': {
    ru: '147 км к юго-востоку от Жезказгана (Интерфакс)',
    kk: 'Жезқазғаннан оңтүстік-шығысқа қарай 147 км (Интерфакс)',
  },
  '147 km southeast of Dzhezkazgan (Optolink; EFE)': {
    ru: '147 км к юго-востоку от Жезказгана (Optolink; EFE)',
    kk: 'Жезқазғаннан оңтүстік-шығысқа қарай 147 км (Optolink; EFE)',
  },
  'southeast of Dzhezkazgan (NASA); distance unsourced': {
    ru: 'юго-восточнее Жезказгана (НАСА); расстояние без источника',
    kk: 'Жезқазғаннан оңтүстік-шығысқа қарай (НАСА); қашықтықтың дереккөзі жоқ',
  },
  '147 km southeast of Zhezkazgan (Interfax)': {
    ru: '147 км к юго-востоку от Жезказгана (Интерфакс)',
    kk: 'Жезқазғаннан оңтүстік-шығысқа қарай 147 км (Интерфакс)',
  },
  '148 km southeast of Zhezkazgan (Kazinform)': {
    ru: '148 км к юго-востоку от Жезказгана (Казинформ)',
    kk: 'Жезқазғаннан оңтүстік-шығысқа қарай 148 км (Қазинформ)',
  },
  'southeast of Dzhezkazgan (AP); distance unsourced': {
    ru: 'юго-восточнее Жезказгана (AP); расстояние без источника',
    kk: 'Жезқазғаннан оңтүстік-шығысқа қарай (AP); қашықтықтың дереккөзі жоқ',
  },
  '146 km southeast of Zhezkazgan (TASS plan)': {
    ru: '146 км к юго-востоку от Жезказгана (план, ТАСС)',
    kk: 'Жезқазғаннан оңтүстік-шығысқа қарай 146 км (жоспар, ТАСС)',
  },
  '~420 km (Roscosmos/RIA) / 428 km (spacefacts) / 475 km (NASA via space.com) short (west) of the target zone north of Arkalyk; 14 km NW of Kumkuduk, Aktobe region, 18 km from the Russian (Orenburg) border (NK report)':
    {
      ru: 'с недолётом (западнее) ~420 км (Роскосмос/РИА) / 428 км (spacefacts) / 475 км (НАСА через space.com) до расчётного района севернее Аркалыка; в 14 км к северо-западу от Кумкудука, Актюбинская область, в 18 км от границы с Россией (Оренбургская область) (отчёт НК)',
      kk: 'Арқалықтың солтүстігіндегі есептік аудандан ~420 км (Роскосмос/РИА) / 428 км (spacefacts) / 475 км (space.com арқылы НАСА) жетпей (батысқа қарай); Ақтөбе облысы, Құмқұдықтан солтүстік-батысқа қарай 14 км, Ресей (Орынбор облысы) шекарасынан 18 км (НК есебі)',
    },

  // Notes (Facts)
  'Kelly and Kornienko: 340 days in space (one-year mission). Kazakhstan local time in 2016 = UTC+6 (10:26 local).':
    {
      ru: 'Келли и Корниенко: 340 суток в космосе (годовая экспедиция). Местное время Казахстана в 2016 году = UTC+6 (10:26 по местному).',
      kk: 'Келли мен Корниенко: ғарышта 340 тәулік (бір жылдық экспедиция). 2016 жылы Қазақстанның жергілікті уақыты = UTC+6 (жергілікті уақытпен 10:26).',
    },
  'Delta-v for this burn is not given by NASA; satprnews says speed reduced by ~460 km/h (= 128 m/s) - consistent with the typical 128 m/s (see descent profile).':
    {
      ru: 'НАСА не называет приращение скорости для этого импульса; по satprnews скорость снижена на ~460 км/ч (= 128 м/с) — это совпадает с типичными 128 м/с (см. профиль спуска).',
      kk: 'НАСА бұл импульстің жылдамдық өсімін атамайды; satprnews бойынша жылдамдық ~460 км/сағ (= 128 м/с) азайған — бұл әдеттегі 128 м/с шамасымен сәйкес (түсу профилін қараңыз).',
    },
  'Vande Hei & Dubrov: 355 days in space, ~5,680 orbits, >150 million miles (NASA press release, 2022-03-24); 355 d 7 h 45 min (CBS/Harwood). Shkaplerov: 176 days (this flight). Vande Hei career 523 days.':
    {
      ru: 'Ванде Хай и Дубров: 355 суток в космосе, ~5680 витков, >150 млн миль (пресс-релиз НАСА, 24.03.2022); 355 сут 7 ч 45 мин (CBS/Harwood). Шкаплеров: 176 суток (этот полёт). У Ванде Хая всего 523 дня в космосе.',
      kk: 'Ванде Хай мен Дубров: ғарышта 355 тәулік, ~5680 айналым, >150 млн миль (НАСА баспасөз хабарламасы, 24.03.2022); 355 тәул. 7 сағ 45 мин (CBS/Harwood). Шкаплеров: 176 тәулік (осы ұшу). Ванде Хайдың ғарыштағы жалпы уақыты — 523 тәулік.',
    },
  'Peak load ~4 g (Roscosmos statement via spaceintel101).': {
    ru: 'Пиковая перегрузка ~4 g (заявление Роскосмоса через spaceintel101).',
    kk: 'Асқын жүктеме шыңы ~4 g (spaceintel101 арқылы Роскосмос мәлімдемесі).',
  },
  "Spacecraft mass ~7,152 kg (RSW). Backup crew Kononenko, Chub, O'Hara (RSW).": {
    ru: 'Масса корабля ~7152 кг (RSW). Дублёры: Кононенко, Чуб, О’Хара (RSW).',
    kk: 'Кеменің массасы ~7152 кг (RSW). Дублер экипаж: Кононенко, Чуб, О’Хара (RSW).',
  },
  'MS-22 later lost its coolant (2022-12-15) and landed uncrewed on 2023-03-28; its crew returned on MS-23 (see that event).':
    {
      ru: 'Позже МС-22 потерял теплоноситель (15.12.2022) и приземлился без экипажа 28.03.2023; экипаж вернулся на МС-23 (см. это событие).',
      kk: 'Кейін МС-22 жылу тасымалдағышын жоғалтып (15.12.2022), 28.03.2023 экипажсыз қонды; экипаж МС-23 кемесімен оралды (сол оқиғаны қараңыз).',
    },
  'Capsule turned over several times on landing (TASS via Kazinform).': {
    ru: 'При посадке капсула несколько раз перевернулась (ТАСС через Казинформ).',
    kk: 'Қону кезінде капсула бірнеше рет аударылды (Қазинформ арқылы ТАСС).',
  },
  "Peak load ~6.7 g (Hague, via naaju/space.com); Wikipedia: 'about six to seven times Earth's gravity'. An unnamed industry source (Sputnik) claimed >10 g short-term impacts at touchdown (unverified).":
    {
      ru: 'Пиковая перегрузка ~6,7 g (Хейг, через naaju/space.com); Википедия: «примерно в шесть-семь раз больше земной тяжести». Неназванный отраслевой источник (Sputnik) заявлял о кратковременных ударах >10 g при посадке (не подтверждено).',
      kk: 'Асқын жүктеме шыңы ~6,7 g (Хейг, naaju/space.com арқылы); Уикипедия: «жер тартылысынан шамамен алты-жеті есе көп». Аты аталмаған сала дереккөзі (Sputnik) қону кезінде >10 g қысқа соққылар болды деген (расталмаған).',
    },
  'Great teaching case: suborbital ballistic arc, apogee 93 km.': {
    ru: 'Отличный учебный пример: суборбитальная баллистическая дуга, апогей 93 км.',
    kk: 'Оқытуға тамаша мысал: суборбиталық баллистикалық доға, апогейі 93 км.',
  },
  'CSA page lists times in Eastern (EDT = UTC-4) - converted here.': {
    ru: 'Страница ККА даёт время по восточному поясу США (EDT = UTC-4) — здесь пересчитано.',
    kk: 'ККА беті уақытты АҚШ-тың шығыс белдеуі бойынша береді (EDT = UTC-4) — мұнда қайта есептелген.',
  },
  "Koch: 328 days (women's single-flight record at the time).": {
    ru: 'Кук: 328 суток (на тот момент рекорд длительности одного полёта среди женщин).',
    kk: 'Кук: 328 тәулік (сол кездегі әйелдер арасындағы бір ұшу ұзақтығының рекорды).',
  },
  'bestrussiantour: peak load ~4 g.': {
    ru: 'bestrussiantour: пиковая перегрузка ~4 g.',
    kk: 'bestrussiantour: асқын жүктеме шыңы ~4 g.',
  },
  'Landed in vertical position (Roscosmos via TASS).': {
    ru: 'Аппарат приземлился в вертикальном положении (Роскосмос через ТАСС).',
    kk: 'Аппарат тік күйде қонды (ТАСС арқылы Роскосмос).',
  },
  '218 kg of cargo; no crew (coolant leak 2022-12-15).': {
    ru: '218 кг груза; без экипажа (утечка теплоносителя 15.12.2022).',
    kk: '218 кг жүк; экипажсыз (жылу тасымалдағыштың ағуы 15.12.2022).',
  },
  '371 days in space for Rubio, Prokopyev, Petelin (longest ISS mission to date; Rubio US single-flight record).':
    {
      ru: '371 сутки в космосе у Рубио, Прокопьева и Петелина (самая долгая экспедиция на МКС на тот момент; у Рубио — рекорд США для одного полёта).',
      kk: 'Рубио, Прокопьев және Петелин ғарышта 371 тәулік болды (сол кезге дейінгі ХҒС-тағы ең ұзақ экспедиция; Рубио — АҚШ-тың бір ұшудағы рекорды).',
    },
  'Descent module landed on its side (TASS).': {
    ru: 'Спускаемый аппарат приземлился на бок (ТАСС).',
    kk: 'Түсу аппараты қырынан қонды (ТАСС).',
  },
  '245 days; capsule on its side; snow, below freezing.': {
    ru: '245 суток; капсула на боку; снег, мороз.',
    kk: '245 тәулік; капсула қырынан жатыр; қар, аяз.',
  },
  'Cause: one of five pyrobolts failed, so the instrument/propulsion module separated late, after the descent module had entered plasma (Perminov, via RIA).':
    {
      ru: 'Причина: не сработал один из пяти пироболтов, и приборно-агрегатный отсек отделился поздно, когда спускаемый аппарат уже вошёл в плазму (Перминов, через РИА).',
      kk: 'Себебі: бес пироболттың бірі істемей қалды, сондықтан аспап-агрегат бөлімі кеш ажырады — түсу аппараты плазмаға енгеннен кейін (Перминов, РИА арқылы).',
    },
  'Peak load ~8 g for about one minute (Gerstenmaier, via redorbit/space.com).': {
    ru: 'Пиковая перегрузка ~8 g в течение примерно минуты (Герстенмайер, через redorbit/space.com).',
    kk: 'Асқын жүктеме шыңы ~8 g, шамамен бір минут бойы (Герстенмайер, redorbit/space.com арқылы).',
  },
  'Computed: touchdown is ~569 km WNW (bearing ~305 deg) of Zhezkazgan - far outside the usual Zhezkazgan zone.':
    {
      ru: 'Расчёт: место посадки в ~569 км к западо-северо-западу от Жезказгана (азимут ~305°) — далеко за пределами обычного района у Жезказгана.',
      kk: 'Есептеу: қону орны Жезқазғаннан батыс-солтүстік-батысқа қарай ~569 км (азимут ~305°) — әдеттегі Жезқазған ауданынан әлдеқайда тыс.',
    },

  // Where sources disagree
  'Landing time: 04:25:27Z (Wikipedia infobox) vs 04:26Z (Roscosmos/RT, NASA via OHS, raumfahrtkalender) vs 04:27Z (AFP); RBC/pcnews reported 07:29 MSK (likely error). Use 04:25:27Z with +/-1 min uncertainty.':
    {
      ru: 'Время посадки: 04:25:27Z (карточка Википедии), 04:26Z (Роскосмос/RT, НАСА через OHS, raumfahrtkalender), 04:27Z (AFP); РБК/pcnews сообщили 07:29 МСК (вероятно, ошибка). Принято 04:25:27Z с погрешностью ±1 мин.',
      kk: 'Қону уақыты: 04:25:27Z (Уикипедия карточкасы), 04:26Z (Роскосмос/RT, OHS арқылы НАСА, raumfahrtkalender), 04:27Z (AFP); РБК/pcnews 07:29 МСК деп хабарлады (қате болуы ықтимал). ±1 мин дәлдікпен 04:25:27Z алынды.',
    },
  'Undocking: 01:02:30Z (Wikipedia/NASA) vs 01:11 GMT (satprnews, low confidence).': {
    ru: 'Расстыковка: 01:02:30Z (Википедия/НАСА) или 01:11 GMT (satprnews, низкая надёжность).',
    kk: 'Ажырау: 01:02:30Z (Уикипедия/НАСА) немесе 01:11 GMT (satprnews, сенімділігі төмен).',
  },
  'Distance: 147 km (Roscosmos) vs 157 km SE (raumfahrtkalender).': {
    ru: 'Расстояние: 147 км (Роскосмос) или 157 км к юго-востоку (raumfahrtkalender).',
    kk: 'Қашықтық: 147 км (Роскосмос) немесе оңтүстік-шығысқа қарай 157 км (raumfahrtkalender).',
  },
  'A hobby dataset on GitHub lists landing 04:25:50 UTC; provenance unclear, not used.': {
    ru: 'Любительский набор данных на GitHub даёт посадку в 04:25:50 UTC; происхождение неясно, не используется.',
    kk: 'GitHub-тағы әуесқой деректер жинағы қонуды 04:25:50 UTC деп көрсетеді; шығу тегі белгісіз, пайдаланылмайды.',
  },
  'Landing: 11:28:03Z (Roscosmos) vs 11:28:04Z (RussianSpaceWeb) vs 11:28:26Z (Wikipedia/Simple Wikipedia); all agree on 11:28Z.':
    {
      ru: 'Посадка: 11:28:03Z (Роскосмос), 11:28:04Z (RussianSpaceWeb), 11:28:26Z (Википедия/Simple Wikipedia); все сходятся на 11:28Z.',
      kk: 'Қону: 11:28:03Z (Роскосмос), 11:28:04Z (RussianSpaceWeb), 11:28:26Z (Уикипедия/Simple Wikipedia); бәрі 11:28Z уақытында келіседі.',
    },
  'cosmoquest.org mislabels the NASA EDT times as UTC - ignore.': {
    ru: 'cosmoquest.org ошибочно подписывает время НАСА по EDT как UTC — не учитывается.',
    kk: 'cosmoquest.org НАСА-ның EDT уақытын қате UTC деп белгілеген — ескерілмейді.',
  },
  "der-orion.com gives '30 June, 13:49 CET' - erroneous, ignore.": {
    ru: 'der-orion.com даёт «30 июня, 13:49 CET» — ошибка, не учитывается.',
    kk: 'der-orion.com «30 маусым, 13:49 CET» деп береді — қате, ескерілмейді.',
  },
  "Italian Wikipedia infobox dates the landing '11 settembre 2015' - the date is wrong there (landing was 12 Sep UTC); coordinates taken as given.":
    {
      ru: 'В карточке итальянской Википедии посадка датирована «11 settembre 2015» — дата там неверна (посадка была 12 сентября UTC); координаты взяты как есть.',
      kk: 'Итальян Уикипедиясының карточкасында қону күні «11 settembre 2015» деп көрсетілген — ол жердегі күн қате (қону 12 қыркүйекте UTC болды); координаттар сол күйінде алынды.',
    },
  'Roscosmos (newsfrol) gives 04:14 MSK = 01:14Z vs Wikipedia/NASA 01:13Z.': {
    ru: 'Роскосмос (newsfrol) даёт 04:14 МСК = 01:14Z, Википедия/НАСА — 01:13Z.',
    kk: 'Роскосмос (newsfrol) 04:14 МСК = 01:14Z береді, Уикипедия/НАСА — 01:13Z.',
  },
  "fx.co reports the capsule 'deviated from the previously planned course' (search needed) - unverified.":
    {
      ru: 'fx.co пишет, что капсула «отклонилась от ранее запланированного курса» (нужна проверка) — не подтверждено.',
      kk: 'fx.co капсула «бұрын жоспарланған бағыттан ауытқыды» деп жазады (тексеру керек) — расталмаған.',
    },
  'satprnews gives touchdown 01:24 UTC; SFI/NASA 01:21 UTC; Roscosmos 04:22 MSK (geographynature).':
    {
      ru: 'satprnews даёт посадку в 01:24 UTC; SFI/НАСА — 01:21 UTC; Роскосмос — 04:22 МСК (geographynature).',
      kk: 'satprnews қонуды 01:24 UTC деп береді; SFI/НАСА — 01:21 UTC; Роскосмос — 04:22 МСК (geographynature).',
    },
  'Spaceflight Now tag page says undocking 5:08 pm EST (2208 GMT); Seradata and raumfahrtkalender say 23:08 UTC (consistent with the usual 3h23m to landing).':
    {
      ru: 'Страница Spaceflight Now даёт расстыковку в 17:08 EST (22:08 GMT); Seradata и raumfahrtkalender — 23:08 UTC (это согласуется с обычными 3 ч 23 мин до посадки).',
      kk: 'Spaceflight Now бетінде ажырау 17:08 EST (22:08 GMT) деп көрсетілген; Seradata мен raumfahrtkalender — 23:08 UTC (бұл қонуға дейінгі әдеттегі 3 сағ 23 минутпен сәйкес).',
    },
  "worldspaceflight.com lists landing '09:14:00 UTC (approximate)' - inconsistent with the 19 min 41 s duration; not used.":
    {
      ru: 'worldspaceflight.com указывает посадку «09:14:00 UTC (приблизительно)» — это не согласуется с длительностью 19 мин 41 с; не используется.',
      kk: 'worldspaceflight.com қонуды «09:14:00 UTC (шамамен)» деп көрсетеді — бұл 19 мин 41 с ұзақтығымен сәйкес келмейді; пайдаланылмайды.',
    },
  'English Wikinews claims landing at 08:51 vs scheduled 08:30 - contradicted by spacefacts/space.com/NK; not used.':
    {
      ru: 'Английские Викиновости сообщают о посадке в 08:51 вместо плановых 08:30 — это опровергают spacefacts/space.com/НК; не используется.',
      kk: 'Ағылшын Уикижаңалықтары қону жоспардағы 08:30 орнына 08:51-де болды дейді — мұны spacefacts/space.com/НК жоққа шығарады; пайдаланылмайды.',
    },
  'Miss distance: 420 / 428 / 475 km depending on source.': {
    ru: 'Промах: 420 / 428 / 475 км в зависимости от источника.',
    kk: 'Ауытқу: дереккөзге қарай 420 / 428 / 475 км.',
  },
};
