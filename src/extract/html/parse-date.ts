// Publication dates as pages write them, to 'YYYY-MM-DD' or an ISO date-time. Deliberately strict:
// a wrong date is worse than none, so anything not clearly a calendar date gives null.

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;
// Month names as pages write them (English, German, French, Spanish, Italian, Portuguese, Dutch), by the
// first letters that tell them apart; the index is the month.
const MONTH_STEMS: string[][] = [
  ['jan', 'ene', 'gen', 'janv', 'jän'],
  ['feb', 'fév', 'fev', 'févr'],
  ['mar', 'mär', 'mrt'],
  ['apr', 'avr', 'abr'],
  ['may', 'mai', 'mag', 'mei'],
  ['jun', 'juin', 'giu'],
  ['jul', 'juil', 'lug'],
  ['aug', 'août', 'ago'],
  ['sep', 'set'],
  ['oct', 'okt', 'ott', 'out'],
  ['nov'],
  ['dec', 'dez', 'déc', 'dic'],
];
const MONTH = '([a-zà-ÿ]{3,10})\\.?';
// "June 19, 2024", "Jun 19 2024"
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'giu');
// "19 June 2024", "14. März 2024", "3 de marzo de 2024"
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th|er)?\\.?\\s+(?:de\\s+)?${MONTH}\\s+(?:de\\s+)?(\\d{4})\\b`, 'giu');
const NUMERIC_ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
// "19.06.2024" (day first: the dotted form is European)
const DOTTED = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g;

const pad = (n: number): string => String(n).padStart(2, '0');

function ymd(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/** 1-12, or 0 when the word is not a month name (the longest matching stem decides: "mar" vs "mär"). */
function monthIndex(name: string): number {
  const word = name.toLowerCase();
  let best = 0;
  let bestLength = 0;
  MONTH_STEMS.forEach((stems, i) => {
    for (const stem of stems) if (word.startsWith(stem) && stem.length > bestLength) [best, bestLength] = [i + 1, stem.length];
  });
  return best;
}

/** A date found in running text (a dateline, "Published June 19, 2024", "14. März 2024"), or null. */
export function dateInText(text: string): string | null {
  const readers: Array<[RegExp, (m: RegExpMatchArray) => string | null]> = [
    [MONTH_DAY_YEAR, (m) => ymd(Number(m[3]), monthIndex(m[1] ?? ''), Number(m[2]))],
    [DAY_MONTH_YEAR, (m) => ymd(Number(m[3]), monthIndex(m[2] ?? ''), Number(m[1]))],
    [NUMERIC_ISO, (m) => ymd(Number(m[1]), Number(m[2]), Number(m[3]))],
    [DOTTED, (m) => ymd(Number(m[3]), Number(m[2]), Number(m[1]))],
  ];
  for (const [pattern, read] of readers) {
    for (const m of text.matchAll(pattern)) {
      const value = read(m);
      if (value) return value;
    }
  }
  return null;
}

/** A machine-readable date attribute or meta value: ISO first (keeping time and offset), else a written date. */
export function normalizeDate(value: string): string | null {
  const s = value.trim();
  const m = ISO.exec(s);
  if (m) {
    const day = ymd(Number(m[1]), Number(m[2]), Number(m[3]));
    if (!day) return null;
    if (m[4] === undefined) return day;
    const zone = m[7] ? (m[7] === 'Z' ? 'Z' : m[7].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '';
    return `${day}T${m[4]}:${m[5]}:${m[6] ?? '00'}${zone}`;
  }
  return dateInText(s);
}

/** A date in a URL path: /2024/06/19/, /2024-06-19-, /20240619/. */
export function dateInUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /(?:^|\/)((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/-]|\.|$)/.exec(path) ?? /(?:^|[/_-])((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_.-]|$)/.exec(path);
  return m ? ymd(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}
