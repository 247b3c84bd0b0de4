/**
 * Titles, ranks and honorifics that precede a person's name ("Lt. Gen.", "Sheikh", "President").
 * The entities stage keeps them out of the name's span (CoNLL does) but reads them as strong
 * evidence that a person's name follows, and as a cue of the person's role for actor coding.
 */

/** What a title says about the person who bears it. */
export type TitleRole = 'military' | 'police' | 'government' | 'religious' | 'honorific' | 'other';

const TITLES: Record<TitleRole, string[]> = {
  military: [
    'Gen.', 'Gen', 'General', 'Lt.', 'Lt', 'Lieutenant', 'Col.', 'Col', 'Colonel', 'Maj.', 'Maj', 'Major',
    'Capt.', 'Capt', 'Captain', 'Brig.', 'Brig', 'Brigadier', 'Sgt.', 'Sgt', 'Sergeant', 'Cpl.', 'Corporal',
    'Pvt.', 'Private', 'Adm.', 'Admiral', 'Cmdr.', 'Commander', 'Marshal', 'Field', 'Commodore',
  ],
  police: ['Inspector', 'Insp.', 'Superintendent', 'Supt.', 'Constable', 'Detective', 'Det.', 'Chief'],
  government: [
    'President', 'Pres.', 'Prime', 'Minister', 'Premier', 'Chancellor', 'Secretary', 'Sec.', 'Governor', 'Gov.',
    'Senator', 'Sen.', 'Representative', 'Rep.', 'Congressman', 'Congresswoman', 'Ambassador', 'Amb.', 'Mayor',
    'Speaker', 'Vice', 'Deputy', 'King', 'Queen', 'Prince', 'Princess', 'Emir', 'Sultan', 'Crown', 'Lawmaker',
    'MP', 'Judge', 'Justice', 'Attorney', 'Councillor', 'Councilor', 'Commissioner',
  ],
  religious: [
    'Sheikh', 'Shaikh', 'Sheik', 'Ayatollah', 'Grand', 'Imam', 'Mullah', 'Cleric', 'Pope', 'Cardinal',
    'Archbishop', 'Bishop', 'Rabbi', 'Reverend', 'Rev.', 'Father', 'Fr.', 'Hojatoleslam', 'Sayyed', 'Sayyid',
    'Mufti', 'Patriarch',
  ],
  honorific: ['Mr.', 'Mr', 'Mrs.', 'Mrs', 'Ms.', 'Ms', 'Dr.', 'Dr', 'Prof.', 'Professor', 'Sir', 'Dame', 'Lord', 'Lady', 'Hon.', 'Haji', 'Hajji'],
  other: [],
};

let table: Map<string, TitleRole> | undefined;

function build(): Map<string, TitleRole> {
  const m = new Map<string, TitleRole>();
  for (const [role, words] of Object.entries(TITLES) as [TitleRole, string[]][]) for (const w of words) m.set(w, role);
  return m;
}

/** The role a title word implies ("Gen." → military), or undefined for a word that is no title. Case-sensitive: titles are capitalised. */
export function titleRole(word: string): TitleRole | undefined {
  table ??= build();
  return table.get(word);
}

/** True for a title word ("Lt.", "Gen.", "Sheikh", "President"). */
export function isTitle(word: string): boolean {
  return titleRole(word) !== undefined;
}
