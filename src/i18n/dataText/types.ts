/** A phrase of the mission data in Russian and Kazakh. */
export type Translation = { ru: string; kk: string };

/** Phrases keyed by the English text exactly as the data has it. */
export type PhraseTable = Readonly<Record<string, Translation>>;
