/**
 * Words that mark a name as an organisation ("Brigades", "Units", "Movement", "Party", "Front",
 * "Hezbollah"), and words that mark a place as a facility ("base", "airport") or a name as an
 * event ("Revolution", "War"). The tagger reads them as features; the typing rules read them to
 * pick FAC and EVENT, which CoNLL's four types lack.
 */

const ORG_CUES = new Set(
  (
    'Brigade Brigades Unit Units Movement Party Front Hezbollah Hizbollah Hizballah Army Forces Force Council ' +
    'Committee Ministry Agency Organisation Organization Union Association Federation League Corps Guard Guards ' +
    'Militia Group Coalition Alliance Bureau Commission Company Corporation Corp Inc Ltd Bank Group Authority ' +
    'Assembly Parliament Congress Government Institute University College Network Service Services Battalion ' +
    'Regiment Division Command Police Mobilization Mobilisation Resistance Jihad Taliban Qaeda Shabaab Harakat ' +
    "Kataib Kata’ib Kata'ib Asaib Asa’ib Asa'ib Saraya Jaish Liwa Hashd Court Tribunal Senate Cabinet " +
    'Foundation Fund Society Club Board Office Department Administration Exchange Airlines Airways Cross Crescent Programme'
  ).split(' '),
);

const FACILITY_CUES = new Set(
  (
    'base Base airbase Airbase airport Airport Air Port port Port prison Prison bridge Bridge embassy Embassy ' +
    'hospital Hospital stadium Stadium palace Palace mosque Mosque shrine Shrine camp Camp square Square ' +
    'checkpoint Checkpoint refinery Refinery dam Dam station Station compound Compound barracks Barracks ' +
    'crossing Crossing highway Highway road Road street Street building Building tower Tower'
  ).split(' '),
);

const EVENT_CUES = new Set(
  'Revolution War Uprising Intifada Olympics Games Cup Championship Championships Open Prix Summit Conference Spring Crisis Massacre Election Elections'.split(
    ' ',
  ),
);

/** True for a word that marks an organisation's name ("Brigades", "Movement", "Hezbollah"). */
export function isOrganisationCue(word: string): boolean {
  return ORG_CUES.has(word);
}

/** True for a word that marks a facility ("base", "Airport", "Embassy"). */
export function isFacilityCue(word: string): boolean {
  return FACILITY_CUES.has(word);
}

/** True for a word that marks a named event ("Revolution", "War", "Olympics"). */
export function isEventCue(word: string): boolean {
  return EVENT_CUES.has(word);
}
