/** The interface and data languages. */
export const LANGUAGES = ['en', 'ko'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Which spelling of a name the graph draws: romanised or Hangul. */
export const NAME_SCRIPTS = ['latin', 'hangul'] as const;
export type NameScript = (typeof NAME_SCRIPTS)[number];

/** The names a reader of `lang` expects on the chart until they choose otherwise: Hangul for Korean. */
export const namesFor = (lang: Language): NameScript => (lang === 'ko' ? 'hangul' : 'latin');
