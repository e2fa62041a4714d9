/** The six official UN languages, in the UN's order, with their names in their own script. */
export const LANGUAGES = [
  {code: 'ar', name: 'العربية'},
  {code: 'zh', name: '中文'},
  {code: 'en', name: 'English'},
  {code: 'fr', name: 'Français'},
  {code: 'es', name: 'Español'},
  {code: 'ru', name: 'Русский'},
] as const;

export type Language = (typeof LANGUAGES)[number]['code'];
export type Direction = 'ltr' | 'rtl';
export type Scheme = 'light' | 'dark';

/** The direction for a language, unless the toolbar forces one. */
export function directionOf(lang: Language, forced: Direction | 'auto'): Direction {
  if (forced !== 'auto') return forced;
  return lang === 'ar' ? 'rtl' : 'ltr';
}
