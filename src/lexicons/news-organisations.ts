/**
 * News organisations and agencies that articles cite as sources, with their home country. A
 * list beats learning here: outlet names are few, recur in every article, and look like any
 * other organisation ("al-Ahd", "Press TV") to a tagger that never saw them.
 */

/** One news organisation. */
export interface NewsOrganisation {
  /** The name as the lexicon writes it. */
  name: string;
  /** ISO alpha-2 of its home country, where it has one. */
  country?: string;
}

const OUTLETS: [string, string?][] = [
  ['Reuters', 'GB'],
  ['Associated Press', 'US'],
  ['AP', 'US'],
  ['Agence France-Presse', 'FR'],
  ['AFP', 'FR'],
  ['Bloomberg', 'US'],
  ['BBC', 'GB'],
  ['CNN', 'US'],
  ['Al Jazeera', 'QA'],
  ['Al-Jazeera', 'QA'],
  ['al-Jazeera', 'QA'],
  ['Al Arabiya', 'SA'],
  ['al-Arabiya', 'SA'],
  ['Press TV', 'IR'],
  ['PressTV', 'IR'],
  ['IRNA', 'IR'],
  ['Islamic Republic News Agency', 'IR'],
  ['Tasnim', 'IR'],
  ['Tasnim News Agency', 'IR'],
  ['Fars', 'IR'],
  ['Fars News Agency', 'IR'],
  ['Mehr News Agency', 'IR'],
  ['ISNA', 'IR'],
  ['al-Mayadeen', 'LB'],
  ['Al Mayadeen', 'LB'],
  ['Al-Mayadeen', 'LB'],
  ['al-Manar', 'LB'],
  ['Al-Manar', 'LB'],
  ['al-Ahd', 'IQ'],
  ['Al-Ahd', 'IQ'],
  ['al-Sumaria', 'IQ'],
  ['Rudaw', 'IQ'],
  ['Kurdistan 24', 'IQ'],
  ['SANA', 'SY'],
  ['Anadolu', 'TR'],
  ['Anadolu Agency', 'TR'],
  ['TASS', 'RU'],
  ['RIA Novosti', 'RU'],
  ['Interfax', 'RU'],
  ['RT', 'RU'],
  ['Sputnik', 'RU'],
  ['Xinhua', 'CN'],
  ['Xinhua News Agency', 'CN'],
  ['Kyodo', 'JP'],
  ['Kyodo News', 'JP'],
  ['Yonhap', 'KR'],
  ['KCNA', 'KP'],
  ['dpa', 'DE'],
  ['Deutsche Welle', 'DE'],
  ['ANSA', 'IT'],
  ['EFE', 'ES'],
  ['PTI', 'IN'],
  ['Press Trust of India', 'IN'],
  ['ANI', 'IN'],
  ['Dawn', 'PK'],
  ['The New York Times', 'US'],
  ['New York Times', 'US'],
  ['The Washington Post', 'US'],
  ['Washington Post', 'US'],
  ['The Wall Street Journal', 'US'],
  ['Wall Street Journal', 'US'],
  ['The Guardian', 'GB'],
  ['Financial Times', 'GB'],
  ['The Times', 'GB'],
  ['Fox News', 'US'],
  ['NBC', 'US'],
  ['ABC', 'US'],
  ['CBS', 'US'],
  ['NPR', 'US'],
  ['Voice of America', 'US'],
  ['Radio Free Europe', 'US'],
  ['Sky News', 'GB'],
  ['Le Monde', 'FR'],
  ['France 24', 'FR'],
  ['Der Spiegel', 'DE'],
  ['Haaretz', 'IL'],
  ['Times of Israel', 'IL'],
  ['Asharq Al-Awsat', 'SA'],
  ['Ahram Online', 'EG'],
  ['MENA', 'EG'],
  ['News24', 'ZA'],
  ['Punch', 'NG'],
  ['Premium Times', 'NG'],
];

let table: Map<string, NewsOrganisation> | undefined;

function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/^(the)\s+/, '')
    .replace(/[\s-]+/g, ' ')
    .trim();
}

function build(): Map<string, NewsOrganisation> {
  const m = new Map<string, NewsOrganisation>();
  for (const [name, country] of OUTLETS) m.set(norm(name), country ? { name, country } : { name });
  return m;
}

/** The news organisation a name denotes ("Reuters", "al-Mayadeen", "Tasnim News Agency"). */
export function newsOrganisation(name: string): NewsOrganisation | undefined {
  table ??= build();
  return table.get(norm(name));
}

/** Every name of the list, for gazetteer matching over tokens. */
export function newsOrganisationNames(): readonly string[] {
  return OUTLETS.map(([n]) => n);
}

/** Lower-cased first words of every outlet name, for quick rejection before a lookup. */
export function newsOrganisationFirstWords(): Set<string> {
  const out = new Set<string>();
  for (const [n] of OUTLETS) out.add((n.toLowerCase().split(/[\s]+/)[0] as string).replace(/[’']/g, "'"));
  return out;
}
