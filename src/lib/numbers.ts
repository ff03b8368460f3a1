// Official document numbers are typed in many ways (59/2022/NĐ-CP, 59/2022/ND-CP, nd 59 2022).
// These functions reduce them to one comparable form, for duplicate checks, ids and search.

/** Removes Vietnamese tone marks and turns đ into d, keeping letters and digits. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/**
 * Letters that look like Latin ones but are not: Ð (Icelandic eth) and Ɖ typed for Đ, and the
 * Cyrillic and Greek capitals and small letters a keyboard layout slips in (С for C, Н for H).
 */
const LOOKALIKES: Record<string, string> = Object.fromEntries(
  [
    ['ÐƉ', 'D'],
    ['ðɖ', 'd'],
    ['АΑ', 'A'],
    ['ВΒ', 'B'],
    ['СϹ', 'C'],
    ['ЕΕ', 'E'],
    ['НΗ', 'H'],
    ['ІΙ', 'I'],
    ['ЈͿ', 'J'],
    ['КΚ', 'K'],
    ['МΜ', 'M'],
    ['Ν', 'N'],
    ['ОΟ', 'O'],
    ['РΡ', 'P'],
    ['Ѕ', 'S'],
    ['ТΤ', 'T'],
    ['ХΧ', 'X'],
    ['ҮΥ', 'Y'],
    ['Ζ', 'Z'],
    ['аα', 'a'],
    ['сϲ', 'c'],
    ['еε', 'e'],
    ['іι', 'i'],
    ['ј', 'j'],
    ['оο', 'o'],
    ['р', 'p'],
    ['ѕ', 's'],
    ['х', 'x'],
    ['у', 'y'],
  ].flatMap(([from, to]) => [...from].map((c) => [c, to])),
);
const LOOKALIKE = new RegExp(`[${Object.keys(LOOKALIKES).join('')}]`, 'g');

/**
 * "59/2022/NĐ-CP" → "59 2022 nd cp": compatibility forms unified (full-width Ｎ is N), look-alike
 * letters made Latin, folded, lower case, punctuation as single spaces.
 */
export function normalizeNumber(number: string): string {
  return foldVietnamese(number.normalize('NFKC').replace(LOOKALIKE, (c) => LOOKALIKES[c]))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The id a document gets from its number, as the design names them:
 * 59/2022/NĐ-CP → nd-59-2022; 48/2022/TT-BTC → tt-48-2022-btc; 26/2023/QH15 → luat-26-2023-qh15
 * (nq- for resolutions); 06/QĐ-TTg of 2022 → qd-06-2022-ttg; 1552/BTTTT-THH → cv-1552-btttt-thh.
 */
export function idFromNumber(number: string, options: { year?: string; kind?: string } = {}): string {
  const [num, second, ...rest] = normalizeNumber(number).split(' ');
  if (!num) return '';
  if (second && /^\d{4}$/.test(second)) {
    const suffix = rest.join('-');
    if (suffix === 'nd-cp') return `nd-${num}-${second}`;
    if (/^qh\d+$/.test(suffix)) return `${options.kind === 'nghi-quyet' ? 'nq' : 'luat'}-${num}-${second}-${suffix}`;
    const [prefix, ...issuer] = rest;
    return [prefix, num, second, ...issuer].filter(Boolean).join('-');
  }
  // Numbers without a year: decisions and directives take the year from the issue date;
  // official letters (công văn) are known by number and issuer alone.
  const tail = [second, ...rest].filter((word): word is string => Boolean(word));
  if (second && ['qd', 'ct', 'tb', 'cd'].includes(second)) {
    return [second, num, options.year, ...rest].filter(Boolean).join('-');
  }
  return ['cv', num, ...tail].join('-');
}
