/**
 * Characters no form field may hold: C0 controls other than tab, line feed and carriage
 * return (NUL breaks the database driver), DEL, C1 controls and lone UTF-16 surrogates
 * (not encodable as UTF-8).
 */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|\p{Cs}/u;

export const hasControlCharacters = (value: string) => CONTROL_CHARACTERS.test(value);
