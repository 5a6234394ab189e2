import type { PhraseTable } from './types';

/**
 * The returns of 2014–2015 (Soyuz TMA-10M to TMA-17M), near Zhezkazgan and, for TMA-13M, near
 * Arkalyk: each return's notes, where sources disagree, landing precision, distance, coordinate
 * status. The computed burn-to-landing and distance checks are in computed.ts; the 2016–2025
 * returns are in labels.ts and reports.ts.
 */
export const RETURNS_2014_2016: PhraseTable = {
  // Soyuz TMA-10M, 2014-03-11
  'Off-plan but not off-nominal: the return was originally planned for 2014-03-12 in the northern zone near Arkalyk; snow up to 3 m there led Roscosmos to move it to the southern zone near Zhezkazgan and one day earlier (ITAR-TASS/Krasnov; raumfahrtkalender). Landing itself was nominal.':
    {
      ru: 'Не по плану, но не нештатно: возвращение изначально планировалось на 12.03.2014 в северном районе у Аркалыка; из-за снега глубиной до 3 м Роскосмос перенёс посадку в южный район у Жезказгана и на сутки раньше (ИТАР-ТАСС/Краснов; raumfahrtkalender). Сама посадка прошла штатно.',
      kk: 'Жоспардан тыс, бірақ штаттан тыс емес: оралу бастапқыда 12.03.2014 күні Арқалық маңындағы солтүстік ауданға жоспарланған; ондағы қалыңдығы 3 м-ге дейінгі қар салдарынан Роскосмос қонуды Жезқазған маңындағы оңтүстік ауданға және бір тәулік бұрынға ауыстырды (ИТАР-ТАСС/Краснов; raumfahrtkalender). Қонудың өзі штаттық өтті.',
    },
  'Landing touchdown coordinates not found in the sources searched (spacefacts page for this flight not found among the stored copies of public pages).':
    {
      ru: 'Координаты места посадки в просмотренных источниках не найдены (страницы spacefacts об этом полёте нет среди сохранённых копий общедоступных страниц).',
      kk: 'Қаралған дереккөздерден қону орнының координаттары табылмады (бұл ұшу туралы spacefacts беті жалпыға қолжетімді беттердің сақталған көшірмелері арасында жоқ).',
    },
  'Undocking 00:02Z (NASA/NSF, MCC via Kowalski) vs 00:03Z (raumfahrtkalender).': {
    ru: 'Расстыковка: 00:02Z (НАСА/NSF, ЦУП через Ковальски) или 00:03Z (raumfahrtkalender).',
    kk: 'Ажырау: 00:02Z (НАСА/NSF, Ковальски арқылы ҰБО) немесе 00:03Z (raumfahrtkalender).',
  },
  'Distance 147 km (MCC) vs 153 km (raumfahrtkalender) SE of Zhezkazgan.': {
    ru: 'Расстояние: 147 км (ЦУП) или 153 км (raumfahrtkalender) к юго-востоку от Жезказгана.',
    kk: 'Қашықтық: Жезқазғаннан оңтүстік-шығысқа қарай 147 км (ҰБО) немесе 153 км (raumfahrtkalender).',
  },
  '147 km SE of Zhezkazgan (MCC via G. Kowalski, Rossiyskaya Gazeta; RIA plan); ~150 km SE (RIA); 153 km SE (raumfahrtkalender); SE of Dzhezkazgan (NSF)':
    {
      ru: '147 км к юго-востоку от Жезказгана (ЦУП через Г. Ковальски, «Российская газета»; план, РИА); ~150 км к юго-востоку (РИА); 153 км к юго-востоку (raumfahrtkalender); юго-восточнее Жезказгана (NSF)',
      kk: 'Жезқазғаннан оңтүстік-шығысқа қарай 147 км (Г. Ковальски, «Российская газета» арқылы ҰБО; жоспар, РИА); оңтүстік-шығысқа қарай ~150 км (РИА); оңтүстік-шығысқа қарай 153 км (raumfahrtkalender); Жезқазғаннан оңтүстік-шығысқа қарай (NSF)',
    },

  // Soyuz TMA-11M, 2014-05-14
  'Wakata had been the first Japanese ISS commander (Expedition 39). Mission duration 187 d 21 h 43 m 52 s (spacefacts).':
    {
      ru: 'Ваката был первым японским командиром МКС (39-я экспедиция). Длительность полёта 187 сут 21 ч 43 мин 52 с (spacefacts).',
      kk: 'Ваката ХҒС-тың алғашқы жапон командирі болды (39-экспедиция). Ұшу ұзақтығы 187 тәул. 21 сағ 43 мин 52 с (spacefacts).',
    },
  "Landing: 01:58:06.8Z (spacefacts) vs 01:58:30Z ('recovery crews report', SFN) - spacefacts used; both agree at the minute level (01:58Z, NASA).":
    {
      ru: 'Посадка: 01:58:06.8Z (spacefacts) или 01:58:30Z («по сообщению поисковых групп», SFN) — принято значение spacefacts; оба совпадают с точностью до минуты (01:58Z, НАСА).',
      kk: 'Қону: 01:58:06.8Z (spacefacts) немесе 01:58:30Z («іздеу топтарының хабарлауынша», SFN) — spacefacts мәні алынды; екеуі де минутқа дейінгі дәлдікпен сәйкес (01:58Z, НАСА).',
    },
  "Seradata gives undocking on '14 May' and landing on '15 May' - dates wrong, not used (https://seradata.com/soyuz-tma-011m-capsule-lands-safely-with-its-space-station-crew-as-rogozin-threatens-iss-and-rd-180-engine-supply).":
    {
      ru: 'Seradata даёт расстыковку «14 мая» и посадку «15 мая» — даты неверны, не используются (https://seradata.com/soyuz-tma-011m-capsule-lands-safely-with-its-space-station-crew-as-rogozin-threatens-iss-and-rd-180-engine-supply).',
      kk: 'Seradata ажырауды «14 мамыр», қонуды «15 мамыр» деп береді — күндер қате, пайдаланылмайды (https://seradata.com/soyuz-tma-011m-capsule-lands-safely-with-its-space-station-crew-as-rogozin-threatens-iss-and-rd-180-engine-supply).',
    },
  '0.1 s (spacefacts); SFN quotes recovery crews: 01:58:30Z': {
    ru: '0,1 с (spacefacts); SFN со слов поисковых групп: 01:58:30Z',
    kk: '0,1 с (spacefacts); SFN іздеу топтарының сөзімен: 01:58:30Z',
  },
  '145 km SE of Dzheskasgan (spacefacts); southeast of Dzhezkazgan (NASA)': {
    ru: '145 км к юго-востоку от Жезказгана (spacefacts); юго-восточнее Жезказгана (НАСА)',
    kk: 'Жезқазғаннан оңтүстік-шығысқа қарай 145 км (spacefacts); Жезқазғаннан оңтүстік-шығысқа қарай (НАСА)',
  },
  'sourced (spacefacts.net landing site)': {
    ru: 'по источнику (место посадки на spacefacts.net)',
    kk: 'дереккөз бойынша (spacefacts.net сайтындағы қону орны)',
  },

  // Soyuz TMA-12M, 2014-09-11
  'Landing touchdown coordinates not found (spacefacts page for this flight not found among the stored copies of public pages).':
    {
      ru: 'Координаты места посадки не найдены (страницы spacefacts об этом полёте нет среди сохранённых копий общедоступных страниц).',
      kk: 'Қону орнының координаттары табылмады (бұл ұшу туралы spacefacts беті жалпыға қолжетімді беттердің сақталған көшірмелері арасында жоқ).',
    },
  'Undocking: 23:01Z (NASA) vs 23:02Z (Roskosmos via Kowalski).': {
    ru: 'Расстыковка: 23:01Z (НАСА) или 23:02Z (Роскосмос через Ковальски).',
    kk: 'Ажырау: 23:01Z (НАСА) немесе 23:02Z (Ковальски арқылы Роскосмос).',
  },
  "Distance: 147 vs 148 km SE (MCC via different agencies) vs '90 miles' (~145 km, Aviation Week).":
    {
      ru: 'Расстояние: 147 или 148 км к юго-востоку (ЦУП через разные агентства) либо «90 миль» (~145 км, Aviation Week).',
      kk: 'Қашықтық: оңтүстік-шығысқа қарай 147 немесе 148 км (түрлі агенттіктер арқылы ҰБО) не «90 миль» (~145 км, Aviation Week).',
    },
  'der-orion dates the landing 10 September - wrong date.': {
    ru: 'der-orion датирует посадку 10 сентября — дата неверна.',
    kk: 'der-orion қону күнін 10 қыркүйек деп көрсетеді — күн қате.',
  },
  "~147 km SE of Zhezkazgan (MCC via RIA; MCC via russpace); 148 km SE (Roskosmos via Kowalski; MCC via RT); '90 miles southeast of Dzhezkazgan' (Aviation Week)":
    {
      ru: '~147 км к юго-востоку от Жезказгана (ЦУП через РИА; ЦУП через russpace); 148 км к юго-востоку (Роскосмос через Ковальски; ЦУП через RT); «90 миль к юго-востоку от Жезказгана» (Aviation Week)',
      kk: 'Жезқазғаннан оңтүстік-шығысқа қарай ~147 км (РИА арқылы ҰБО; russpace арқылы ҰБО); оңтүстік-шығысқа қарай 148 км (Ковальски арқылы Роскосмос; RT арқылы ҰБО); «Жезқазғаннан оңтүстік-шығысқа қарай 90 миль» (Aviation Week)',
    },

  // Soyuz TMA-13M, 2014-11-10
  'Moscow time was UTC+3 from 2014-10-26 (TASS 06:58 MSK = 03:58 UTC).': {
    ru: 'С 26.10.2014 московское время — UTC+3 (ТАСС: 06:58 МСК = 03:58 UTC).',
    kk: '26.10.2014 бастап Мәскеу уақыты — UTC+3 (ТАСС: 06:58 МСК = 03:58 UTC).',
  },
  'Landing 03:58:49.8Z (spacefacts) vs 03:58:35Z (NASA via Astronomy Now) - 15 s apart; spacefacts used.':
    {
      ru: 'Посадка: 03:58:49.8Z (spacefacts) или 03:58:35Z (НАСА через Astronomy Now) — расхождение 15 с; принято значение spacefacts.',
      kk: 'Қону: 03:58:49.8Z (spacefacts) немесе 03:58:35Z (Astronomy Now арқылы НАСА) — айырмасы 15 с; spacefacts мәні алынды.',
    },
  'Distance 94 km NE (spacefacts) vs 82 km (MCC via TASS) from Arkalyk.': {
    ru: 'Расстояние от Аркалыка: 94 км к северо-востоку (spacefacts) или 82 км (ЦУП через ТАСС).',
    kk: 'Арқалықтан қашықтық: солтүстік-шығысқа қарай 94 км (spacefacts) немесе 82 км (ТАСС арқылы ҰБО).',
  },
  "A Roscosmos pre-landing item gives the planned landing as '06.47' (MSK) - inconsistent with 06:58 MSK actual and NASA's plan; not used.":
    {
      ru: 'В предпосадочной заметке Роскосмоса плановая посадка указана как «06.47» (МСК) — это не согласуется ни с фактическими 06:58 МСК, ни с планом НАСА; не используется.',
      kk: 'Роскосмостың қону алдындағы хабарында жоспарлы қону «06.47» (МСК) деп көрсетілген — бұл нақты 06:58 МСК уақытымен де, НАСА жоспарымен де сәйкес келмейді; пайдаланылмайды.',
    },
  '0.1 s (spacefacts); NASA confirmed 03:58:35Z': {
    ru: '0,1 с (spacefacts); НАСА подтвердило 03:58:35Z',
    kk: '0,1 с (spacefacts); НАСА 03:58:35Z уақытын растады',
  },
  '94 km northeast of Arkalyk (spacefacts); 82 km from Arkalyk (MCC via TASS); northeast of Arkalyk (NASA)':
    {
      ru: '94 км к северо-востоку от Аркалыка (spacefacts); 82 км от Аркалыка (ЦУП через ТАСС); северо-восточнее Аркалыка (НАСА)',
      kk: 'Арқалықтан солтүстік-шығысқа қарай 94 км (spacefacts); Арқалықтан 82 км (ТАСС арқылы ҰБО); Арқалықтан солтүстік-шығысқа қарай (НАСА)',
    },

  // Soyuz TMA-14M, 2015-03-12
  'Radio contact was unexpectedly lost during the descent, causing concern; the descent itself was nominal (raumfahrtkalender).':
    {
      ru: 'Во время спуска неожиданно пропала радиосвязь, что вызвало беспокойство; сам спуск прошёл штатно (raumfahrtkalender).',
      kk: 'Түсу кезінде радиобайланыс күтпеген жерден үзіліп, алаңдаушылық туғызды; түсудің өзі штаттық өтті (raumfahrtkalender).',
    },
  "Landing: 02:07Z (NASA, Wikipedia, AmericaSpace) vs 02:08Z ('official' per raumfahrtkalender) vs '05.14 Moscow time' = 02:14Z (Roscosmos text on russianspacenews, which also misdates the day) - 02:07Z used.":
    {
      ru: 'Посадка: 02:07Z (НАСА, Википедия, AmericaSpace), 02:08Z («официально», по raumfahrtkalender) или «05.14 по московскому времени» = 02:14Z (текст Роскосмоса на russianspacenews, где к тому же неверна дата) — принято 02:07Z.',
      kk: 'Қону: 02:07Z (НАСА, Уикипедия, AmericaSpace), 02:08Z (raumfahrtkalender бойынша «ресми») немесе «Мәскеу уақытымен 05.14» = 02:14Z (russianspacenews сайтындағы Роскосмос мәтіні, онда күн де қате) — 02:07Z алынды.',
    },
  "NASA timeline table is headed 'EST' but its times are EDT (US daylight time began 2015-03-08; same page says 6:44 p.m. EDT) - converted with UTC-4.":
    {
      ru: 'Таблица графика НАСА озаглавлена «EST», но время в ней — EDT (летнее время в США началось 08.03.2015; на той же странице — 18:44 EDT) — пересчитано как UTC-4.',
      kk: 'НАСА кестесінің тақырыбында «EST» деп жазылған, бірақ ондағы уақыт — EDT (АҚШ-та жазғы уақыт 08.03.2015 басталды; сол бетте 18:44 EDT деп жазылған) — UTC-4 бойынша қайта есептелді.',
    },
  "German Wikipedia lists flight duration '167d 6h 42min' vs English Wikipedia 167 d 5 h 43 min - not used.":
    {
      ru: 'Немецкая Википедия даёт длительность полёта «167 сут 6 ч 42 мин», английская — 167 сут 5 ч 43 мин; не используется.',
      kk: 'Неміс Уикипедиясы ұшу ұзақтығын «167 тәул. 6 сағ 42 мин» деп береді, ағылшын Уикипедиясы — 167 тәул. 5 сағ 43 мин; пайдаланылмайды.',
    },
  "minute (NASA 'approximately 10:07 p.m. EDT'; Wikipedia 02:07 UTC); raumfahrtkalender 02:08 UTC":
    {
      ru: 'до минуты (НАСА: «примерно в 22:07 EDT»; Википедия — 02:07 UTC); raumfahrtkalender — 02:08 UTC',
      kk: 'минутқа дейін (НАСА: «шамамен 22:07 EDT»; Уикипедия — 02:07 UTC); raumfahrtkalender — 02:08 UTC',
    },
  '146 km SE of Dzhezkazgan (TASS); 147 km SE of Zhezkazgan (Roscosmos via russianspacenews); 145 km SE (raumfahrtkalender; German Wikipedia); SE of Dzhezkazgan (NASA)':
    {
      ru: '146 км к юго-востоку от Жезказгана (ТАСС); 147 км к юго-востоку от Жезказгана (Роскосмос через russianspacenews); 145 км к юго-востоку (raumfahrtkalender; немецкая Википедия); юго-восточнее Жезказгана (НАСА)',
      kk: 'Жезқазғаннан оңтүстік-шығысқа қарай 146 км (ТАСС); Жезқазғаннан оңтүстік-шығысқа қарай 147 км (russianspacenews арқылы Роскосмос); оңтүстік-шығысқа қарай 145 км (raumfahrtkalender; неміс Уикипедиясы); Жезқазғаннан оңтүстік-шығысқа қарай (НАСА)',
    },
  'sourced (German Wikipedia infobox via machine-translated mirror; arc-minute precision, about +/-1 km)':
    {
      ru: 'по источнику (карточка немецкой Википедии через машинно переведённое зеркало; точность до угловой минуты, около ±1 км)',
      kk: 'дереккөз бойынша (машиналық аудармасы бар айна арқылы неміс Уикипедиясының карточкасы; дәлдігі доғалық минутқа дейін, шамамен ±1 км)',
    },

  // Soyuz TMA-15M, 2015-06-11
  'Return delayed from May to June 2015 after the Progress M-27M failure (Italian Wikipedia); Cristoforetti set the then single-flight record for a woman (199 days, AmericaSpace).':
    {
      ru: 'Возвращение отложили с мая на июнь 2015 года после аварии «Прогресса М-27М» (итальянская Википедия); Кристофоретти установила тогдашний рекорд длительности одного полёта среди женщин (199 суток, AmericaSpace).',
      kk: '«Прогресс М-27М» апатынан кейін оралу 2015 жылдың мамырынан маусымына шегерілді (итальян Уикипедиясы); Кристофоретти сол кездегі әйелдер арасындағы бір ұшу ұзақтығының рекордын орнатты (199 тәулік, AmericaSpace).',
    },
  'Soyuz thrusters fired unexpectedly the day before undocking, slightly shifting the ISS (Wikipedia mirror https://worddisk.com/wiki/Soyuz_TMA-15M).':
    {
      ru: 'За день до расстыковки двигатели «Союза» неожиданно включились и немного сместили МКС (зеркало Википедии https://worddisk.com/wiki/Soyuz_TMA-15M).',
      kk: 'Ажыраудан бір күн бұрын «Союздың» қозғалтқыштары күтпеген жерден іске қосылып, ХҒС-ты сәл жылжытты (Уикипедия айнасы https://worddisk.com/wiki/Soyuz_TMA-15M).',
    },
  "der-orion gives the deorbit burn at '13:51 Uhr MEZ' (= 11:51Z if CEST), inconsistent with NASA's 12:51Z target and with its own undock/landing times; not used.":
    {
      ru: 'der-orion указывает тормозной импульс в «13:51 Uhr MEZ» (= 11:51Z, если имелось в виду CEST) — это не согласуется ни с плановым временем НАСА 12:51Z, ни с его же временем расстыковки и посадки; не используется.',
      kk: 'der-orion тежеу импульсін «13:51 Uhr MEZ» деп береді (CEST болса, = 11:51Z) — бұл НАСА-ның жоспардағы 12:51Z уақытымен де, оның өзі берген ажырау мен қону уақыттарымен де сәйкес келмейді; пайдаланылмайды.',
    },
  '0.1 s (spacefacts); Wikipedia/ESA 13:44Z': {
    ru: '0,1 с (spacefacts); Википедия/ЕКА — 13:44Z',
    kk: '0,1 с (spacefacts); Уикипедия/ЕҒА — 13:44Z',
  },
  '162 km southeast of Dzheskasgan (spacefacts); southeast of Dzhezkazgan (NASA plan)': {
    ru: '162 км к юго-востоку от Жезказгана (spacefacts); юго-восточнее Жезказгана (план НАСА)',
    kk: 'Жезқазғаннан оңтүстік-шығысқа қарай 162 км (spacefacts); Жезқазғаннан оңтүстік-шығысқа қарай (НАСА жоспары)',
  },
  'sourced (spacefacts.net landing site; same value in Italian Wikipedia infobox)': {
    ru: 'по источнику (место посадки на spacefacts.net; то же значение в карточке итальянской Википедии)',
    kk: 'дереккөз бойынша (spacefacts.net сайтындағы қону орны; итальян Уикипедиясының карточкасында да сол мән)',
  },

  // Soyuz TMA-17M, 2015-12-11
  'Rare night landing (6th night return of an ISS Soyuz per collectSPACE; first since TMA-05M per Spaceflight Insider), 11 days earlier than originally planned because of schedule changes after the Progress M-27M loss (Kowalski/Roskosmos).':
    {
      ru: 'Редкая ночная посадка (6-е ночное возвращение «Союза» с МКС по collectSPACE; первое после ТМА-05М по Spaceflight Insider), на 11 дней раньше первоначального плана из-за изменений графика после потери «Прогресса М-27М» (Ковальски/Роскосмос).',
      kk: 'Сирек болатын түнгі қону (collectSPACE бойынша ХҒС-тан «Союздың» 6-шы түнгі оралуы; Spaceflight Insider бойынша ТМА-05М-нен кейінгі алғашқысы), «Прогресс М-27М» жоғалғаннан кейінгі кесте өзгерістеріне байланысты бастапқы жоспардан 11 күн бұрын (Ковальски/Роскосмос).',
    },
  'Reported as north-east of Zhezkazgan (raumfahrtkalender, collectSPACE, AmericaSpace), unlike the south-east points of the other Zhezkazgan-zone landings in this file; touchdown coordinates not found.':
    {
      ru: 'По сообщениям, посадка была северо-восточнее Жезказгана (raumfahrtkalender, collectSPACE, AmericaSpace), в отличие от юго-восточных точек других посадок в жезказганском районе в этих данных; координаты места посадки не найдены.',
      kk: 'Хабарланғандай, қону Жезқазғаннан солтүстік-шығыста болды (raumfahrtkalender, collectSPACE, AmericaSpace) — бұл деректердегі Жезқазған ауданына болған басқа қонулардың оңтүстік-шығыстағы нүктелерінен өзгеше; қону орнының координаттары табылмады.',
    },
  'Undocking 09:49Z (collectSPACE/NASA, ESA plan) vs 09:50Z (raumfahrtkalender, AmericaSpace).': {
    ru: 'Расстыковка: 09:49Z (collectSPACE/НАСА, план ЕКА) или 09:50Z (raumfahrtkalender, AmericaSpace).',
    kk: 'Ажырау: 09:49Z (collectSPACE/НАСА, ЕҒА жоспары) немесе 09:50Z (raumfahrtkalender, AmericaSpace).',
  },
  'Distance: 132 km NE (raumfahrtkalender) vs 121 km NE planned (Roskosmos via Kowalski).': {
    ru: 'Расстояние: 132 км к северо-востоку (raumfahrtkalender) или 121 км к северо-востоку по плану (Роскосмос через Ковальски).',
    kk: 'Қашықтық: солтүстік-шығысқа қарай 132 км (raumfahrtkalender) немесе жоспар бойынша солтүстік-шығысқа қарай 121 км (Ковальски арқылы Роскосмос).',
  },
  "minute ('about 8:12 a.m. EST', collectSPACE/NASA)": {
    ru: 'до минуты («около 08:12 EST», collectSPACE/НАСА)',
    kk: 'минутқа дейін («шамамен 08:12 EST», collectSPACE/НАСА)',
  },
  '132 km northeast of Zhezkazgan (raumfahrtkalender); 121 km NE of Dsheskasgan (Roskosmos plan via Kowalski); northeast of Dzhezkazgan (collectSPACE, AmericaSpace)':
    {
      ru: '132 км к северо-востоку от Жезказгана (raumfahrtkalender); 121 км к северо-востоку от Жезказгана (план Роскосмоса через Ковальски); северо-восточнее Жезказгана (collectSPACE, AmericaSpace)',
      kk: 'Жезқазғаннан солтүстік-шығысқа қарай 132 км (raumfahrtkalender); Жезқазғаннан солтүстік-шығысқа қарай 121 км (Ковальски арқылы Роскосмос жоспары); Жезқазғаннан солтүстік-шығысқа қарай (collectSPACE, AmericaSpace)',
    },
};
