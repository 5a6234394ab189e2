import type { Lang } from '../languages';

/**
 * The Russian and Kazakh spellings of the data's names: a chunk of its own that src/i18n/names.ts
 * loads with either language (and the mission picker loads in English, for the search), so an
 * English first load carries none of it. English shows the data's own names.
 */

/** `also`: other spellings the media use, found by the mission search (never shown). */
export type Spelling = { ru: string; kk?: string; also?: readonly string[] };

/**
 * Every crew member in src/data/missions.json, as Russian and Kazakh media write the name. Kazakh
 * media write Russian and foreign names in the Russian spelling; where a Kazakh spelling is usual
 * (a Kazakh name), it is given. Keyed by the English spelling the data uses (one person may appear
 * under two spellings: Mikhail Kornienko / Korniyenko, Andrey / Andrei Borisenko, Alexander /
 * Aleksandr Misurkin).
 */
export const PEOPLE: Readonly<Record<string, Spelling>> = {
  'Aidyn Aimbetov': { ru: 'Айдын Аимбетов', kk: 'Айдын Айымбетов', also: ['Айдын Аймбетов'] },
  'Akihiko Hoshide': { ru: 'Акихико Хосидэ' },
  'Aleksandr Kaleri': { ru: 'Александр Калери' },
  'Aleksandr Misurkin': { ru: 'Александр Мисуркин' },
  'Aleksandr Samokutyayev': { ru: 'Александр Самокутяев' },
  'Aleksandr Skvortsov': { ru: 'Александр Скворцов' },
  'Aleksey Ovchinin': { ru: 'Алексей Овчинин' },
  'Alexander Gerst': { ru: 'Александр Герст' },
  'Alexander Misurkin': { ru: 'Александр Мисуркин' },
  'Alexey Zubritsky': { ru: 'Алексей Зубрицкий' },
  'Anatoli Ivanishin': { ru: 'Анатолий Иванишин' },
  'Andreas Mogensen': { ru: 'Андреас Могенсен' },
  'Andrei Borisenko': { ru: 'Андрей Борисенко' },
  'Andrew Feustel': { ru: 'Эндрю Фойстел' },
  'Andrew Morgan': { ru: 'Эндрю Морган' },
  'Andrey Borisenko': { ru: 'Андрей Борисенко' },
  'André Kuipers': { ru: 'Андре Кёйперс' },
  'Anne McClain': { ru: 'Энн Макклейн' },
  'Anton Shkaplerov': { ru: 'Антон Шкаплеров' },
  'Barry Wilmore': { ru: 'Барри Уилмор' },
  'Catherine Coleman': { ru: 'Кэтрин Коулман' },
  'Charles Simonyi': { ru: 'Чарльз Симони' },
  'Chris Hadfield': { ru: 'Крис Хэдфилд' },
  'Christina Koch': { ru: 'Кристина Кук' },
  'Christopher Cassidy': { ru: 'Кристофер Кэссиди' },
  'Daniel Burbank': { ru: 'Дэниел Бёрбанк' },
  'David Saint-Jacques': { ru: 'Давид Сен-Жак' },
  'Dmitri Kondratyev': { ru: 'Дмитрий Кондратьев' },
  'Dmitri Petelin': { ru: 'Дмитрий Петелин' },
  'Donald Pettit': { ru: 'Дональд Петтит' },
  'Douglas Wheelock': { ru: 'Дуглас Уилок' },
  'Evgeny Tarelkin': { ru: 'Евгений Тарелкин' },
  "Francisco 'Frank' Rubio": { ru: 'Франсиско «Фрэнк» Рубио' },
  'Francisco Rubio': { ru: 'Франсиско Рубио' },
  'Frank De Winne': { ru: 'Франк Де Винне' },
  'Fyodor Yurchikhin': { ru: 'Фёдор Юрчихин' },
  'Gennady Padalka': { ru: 'Геннадий Падалка' },
  'Guy Laliberté': { ru: 'Ги Лалиберте' },
  'Hazzaa Al Mansouri': { ru: 'Хаззаа аль-Мансури' },
  'Ivan Vagner': { ru: 'Иван Вагнер' },
  'Jack Fischer': { ru: 'Джек Фишер' },
  'Jeffrey Williams': { ru: 'Джеффри Уильямс' },
  'Jessica Meir': { ru: 'Джессика Меир' },
  'Jonny Kim': { ru: 'Джонни Ким' },
  'Joseph Acaba': { ru: 'Джозеф Акаба' },
  'Karen Nyberg': { ru: 'Карен Найберг' },
  'Kathleen Rubins': { ru: 'Кэтлин Рубинс' },
  'Kevin Ford': { ru: 'Кевин Форд' },
  'Kimiya Yui': { ru: 'Кимия Юи' },
  'Kjell Lindgren': { ru: 'Челл Линдгрен' },
  'Klim Shipenko': { ru: 'Клим Шипенко' },
  'Koichi Wakata': { ru: 'Коити Ваката' },
  "Loral O'Hara": { ru: 'Лорал О’Хара' },
  'Luca Parmitano': { ru: 'Лука Пармитано' },
  'Maksim Surayev': { ru: 'Максим Сураев' },
  'Marina Vasilevskaya': { ru: 'Марина Василевская' },
  'Mark Vande Hei': { ru: 'Марк Ванде Хай' },
  'Michael Barratt': { ru: 'Майкл Барратт' },
  'Michael Fincke': { ru: 'Майкл Финк' },
  'Michael Fossum': { ru: 'Майкл Фоссум' },
  'Michael Hopkins': { ru: 'Майкл Хопкинс' },
  'Mikhail Kornienko': { ru: 'Михаил Корниенко' },
  'Mikhail Korniyenko': { ru: 'Михаил Корниенко' },
  'Mikhail Tyurin': { ru: 'Михаил Тюрин' },
  'Nick Hague': { ru: 'Ник Хейг' },
  'Norishige Kanai': { ru: 'Норисигэ Канаи' },
  'Oleg Artemyev': { ru: 'Олег Артемьев' },
  'Oleg Kononenko': { ru: 'Олег Кононенко' },
  'Oleg Kotov': { ru: 'Олег Котов' },
  'Oleg Novitskiy': { ru: 'Олег Новицкий' },
  'Oleg Skripochka': { ru: 'Олег Скрипочка' },
  'Paolo Nespoli': { ru: 'Паоло Несполи' },
  'Pavel Vinogradov': { ru: 'Павел Виноградов' },
  'Peggy Whitson': { ru: 'Пегги Уитсон' },
  'Pyotr Dubrov': { ru: 'Пётр Дубров' },
  'Randolph Bresnik': { ru: 'Рэндольф Брезник' },
  'Reid Wiseman': { ru: 'Рид Уайзман' },
  'Richard Arnold': { ru: 'Ричард Арнольд' },
  'Richard Mastracchio': { ru: 'Ричард Мастраккио' },
  'Robert Thirsk': { ru: 'Роберт Тёрск' },
  'Roman Romanenko': { ru: 'Роман Романенко' },
  'Ronald Garan': { ru: 'Рональд Гаран' },
  'Samantha Cristoforetti': { ru: 'Саманта Кристофоретти' },
  'Satoshi Furukawa': { ru: 'Сатоси Фурукава' },
  'Scott Kelly': { ru: 'Скотт Келли' },
  'Scott Tingle': { ru: 'Скотт Тингл' },
  'Serena Auñón-Chancellor': { ru: 'Серена Ауньон-Ченселлор' },
  'Sergei Revin': { ru: 'Сергей Ревин' },
  'Sergey Kud-Sverchkov': { ru: 'Сергей Кудь-Сверчков' },
  'Sergey Prokopyev': { ru: 'Сергей Прокопьев' },
  'Sergey Ryazanskiy': { ru: 'Сергей Рязанский' },
  'Sergey Ryzhikov': { ru: 'Сергей Рыжиков' },
  'Sergey Volkov': { ru: 'Сергей Волков' },
  'Shane Kimbrough': { ru: 'Шейн Кимброу' },
  'Shannon Walker': { ru: 'Шеннон Уокер' },
  'Soichi Noguchi': { ru: 'Соити Ногути' },
  'Steven Swanson': { ru: 'Стивен Суонсон' },
  'Sunita Williams': { ru: 'Сунита Уильямс' },
  'Takuya Onishi': { ru: 'Такуя Ониси' },
  'Terry Virts': { ru: 'Терри Вёртс' },
  'Thomas Marshburn': { ru: 'Томас Маршбёрн' },
  'Thomas Pesquet': { ru: 'Тома Песке' },
  'Timothy Creamer': { ru: 'Тимоти Кример' },
  'Tracy Caldwell Dyson': { ru: 'Трейси Колдуэлл-Дайсон' },
  'Yelena Serova': { ru: 'Елена Серова' },
  'Yi So-yeon': { ru: 'Ли Со Ён' },
  'Yulia Peresild': { ru: 'Юлия Пересильд' },
  'Yuri Malenchenko': { ru: 'Юрий Маленченко' },
  'Yury Lonchakov': { ru: 'Юрий Лончаков' },
};

/** The words in a crew entry's brackets: roles, agencies, countries. */
export const DETAILS: Readonly<Record<string, Spelling>> = {
  commander: { ru: 'командир', kk: 'командир' },
  'spaceflight participant': { ru: 'участник космического полёта', kk: 'ғарыштық ұшу қатысушысы' },
  Roscosmos: { ru: 'Роскосмос' },
  NASA: { ru: 'НАСА' },
  ESA: { ru: 'ЕКА', kk: 'ЕҒА' },
  JAXA: { ru: 'JAXA' },
  CSA: { ru: 'ККА' },
  Kazakhstan: { ru: 'Казахстан', kk: 'Қазақстан' },
  Belarus: { ru: 'Беларусь' },
  Canada: { ru: 'Канада' },
  USA: { ru: 'США', kk: 'АҚШ' },
  UAE: { ru: 'ОАЭ', kk: 'БАӘ' },
  'South Korea': { ru: 'Южная Корея', kk: 'Оңтүстік Корея' },
};

/** Places the scene labels, by site id (src/data/sites.ts), in each language's usual spelling. */
export const PLACES: Readonly<Record<string, Record<Exclude<Lang, 'en'>, string>>> = {
  zhezkazgan: { ru: 'Жезказган', kk: 'Жезқазған' },
  baikonur: { ru: 'Байконур, площадка 31', kk: 'Байқоңыр, 31-алаң' },
  arkalyk: { ru: 'Аркалык', kk: 'Арқалық' },
};

/** Mission names: "Soyuz MS-19" is «Союз МС-19» in Russian and Kazakh. */
export const SERIES: Readonly<Record<string, string>> = { MS: 'МС', TMA: 'ТМА' };
export const MISSION_SUFFIX: Readonly<Record<string, Spelling>> = {
  '(uncrewed return)': { ru: '(возвращение без экипажа)', kk: '(экипажсыз оралу)' },
};
