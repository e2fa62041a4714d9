declare const __MWFA_DATA_VERSION__: string;

/** The version of @mwfa/data these records come from, so a page can say which release it shows. */
export const version: string = __MWFA_DATA_VERSION__;

/** The package name, for citing the release alongside `version`. */
export const packageName = '@mwfa/data';
