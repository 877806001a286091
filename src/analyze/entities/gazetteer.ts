import { createRequire } from 'node:module';
import type { Country } from 'world-countries';

// The package's typings declare an ES default export its CommonJS entry does not have; require reads it as it is.
const countries = createRequire(import.meta.url)('world-countries') as Country[];

/** What a gazetteer entry names: a country (by its common name), or a place tied to a country. */
export interface GazetteerEntry {
  kind: 'country' | 'capital';
  /** The country's common English name ("North Korea"). */
  country: string;
}

// Forms the package does not list but news writes every day. Kept to spellings of country names,
// nothing taken from any article.
const EXTRA_COUNTRY_NAMES: Record<string, string> = {
  US: 'United States',
  'U.S.': 'United States',
  'U.S.A.': 'United States',
  America: 'United States',
  'U.K.': 'United Kingdom',
  Britain: 'United Kingdom',
  'Soviet Union': 'Soviet Union',
  USSR: 'Soviet Union',
};

const EXTRA_DEMONYMS: Record<string, string> = { Soviet: 'Soviet Union', Korean: 'Korea' };

/**
 * Countries, their other names, demonyms and capitals, from `world-countries` (a maintained data
 * package, read once at load). UN members come first so that their demonyms and capitals win over
 * territories' ("American" is the United States, not its minor islands).
 */
function buildGazetteer(): { names: Map<string, GazetteerEntry>; demonyms: Map<string, string> } {
  const names = new Map<string, GazetteerEntry>();
  const demonyms = new Map<string, string>();
  const add = (name: string, entry: GazetteerEntry) => {
    if (name.length > 1 && !names.has(name)) names.set(name, entry);
  };
  const ordered = [...countries].sort((a, b) => Number(b.unMember) - Number(a.unMember));
  for (const c of ordered) {
    const country = c.name.common;
    add(country, { kind: 'country', country });
    add(c.name.official, { kind: 'country', country });
    // Upper-case alternative names ("DPRK", "UK", "USA") and full-name alternatives; two-letter
    // ISO codes alone are left out ("IT", "IN" are words).
    for (const alt of c.altSpellings.slice(1)) {
      if (/^\p{Lu}{3,}$/u.test(alt) || alt === 'UK' || (/^[\p{Lu}][\p{L}' ]+$/u.test(alt) && alt.includes(' ') && !alt.includes(','))) {
        add(alt, { kind: 'country', country });
      }
    }
    for (const capital of c.capital) {
      add(capital, { kind: 'capital', country });
      const short = capital.replace(/ D\.C\.$/, '');
      if (short !== capital) add(short, { kind: 'capital', country });
    }
    const demonym = c.demonyms?.eng?.m;
    if (demonym) {
      for (const d of demonym.split(/, | or /)) if (!demonyms.has(d)) demonyms.set(d, country);
    }
  }
  for (const [name, country] of Object.entries(EXTRA_COUNTRY_NAMES)) add(name, { kind: 'country', country });
  for (const [d, country] of Object.entries(EXTRA_DEMONYMS)) if (!demonyms.has(d)) demonyms.set(d, country);
  return { names, demonyms };
}

const gazetteer = buildGazetteer();

interface CityRow { city: string; pop: number; iso2: string; province: string }

/**
 * Cities and provinces/states from `city-timezones` (7,300 cities with population, read once at
 * load). Many city names are also personal names ("Austin", "Charlotte", "Madison"), so a one-word
 * city counts only from a million inhabitants; names of several words ("New York", "Long Beach") and
 * provinces ("New Hampshire") count as they are.
 */
function buildCities(): Map<string, string> {
  const require = createRequire(import.meta.url);
  const rows = require('city-timezones/data/cityMap.json') as CityRow[];
  const countryOf = new Map(countries.map((c) => [c.cca2, c.name.common]));
  // The most populous place of a name wins ("Los Angeles" is the American one, not the Chilean town).
  const best = new Map<string, { country: string; pop: number }>();
  const keep = (name: string, country: string, pop: number) => {
    if ((best.get(name)?.pop ?? -1) < pop) best.set(name, { country, pop });
  };
  const provincePop = new Map<string, number>();
  for (const row of rows) {
    const country = countryOf.get(row.iso2);
    if (!country) continue;
    if (row.city.includes(' ') ? row.pop >= 50_000 : row.pop >= 1_000_000) keep(row.city, country, row.pop);
    if (row.province && /^\p{Lu}/u.test(row.province)) {
      const key = `${row.province}|${country}`;
      provincePop.set(key, (provincePop.get(key) ?? 0) + row.pop);
    }
  }
  for (const [key, pop] of provincePop) {
    const [province, country] = key.split('|') as [string, string];
    keep(province, country, pop);
  }
  return new Map([...best].map(([name, { country }]) => [name, country]));
}

const cities = buildCities();

/** The country of a well-known city or province ("Los Angeles", "New Hampshire"), or undefined. */
export function cityCountry(name: string): string | undefined {
  return cities.get(name);
}

/** The country or capital a name is, or undefined. Exact, case-sensitive: "Turkey" the country, not "turkey". */
export function lookupPlace(name: string): GazetteerEntry | undefined {
  return gazetteer.names.get(name);
}

/** The country a demonym ("Russian", "North Korean") belongs to, or undefined. */
export function demonymCountry(word: string): string | undefined {
  return gazetteer.demonyms.get(word);
}
