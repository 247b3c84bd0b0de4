// The colour of each PLOVER event class on the map, the timeline and the event pages. Classes
// of one family share a hue family (verbal cooperation green, material conflict red) so that a
// map reads at a glance; every colour keeps at least 3:1 contrast on the light basemap.

/** PLOVER classes in the manual's order, with a colour and a plain-words description. */
export const EVENT_TYPES = [
  ['AGREE', '#2e7d32', 'agree'],
  ['CONSULT', '#558b2f', 'consult'],
  ['SUPPORT', '#00796b', 'support'],
  ['CONCEDE', '#00838f', 'concede'],
  ['COOPERATE', '#0277bd', 'cooperate'],
  ['AID', '#1565c0', 'aid'],
  ['RETREAT', '#5e35b1', 'retreat'],
  ['REQUEST', '#6a1b9a', 'request'],
  ['ACCUSE', '#ad1457', 'accuse'],
  ['REJECT', '#8d6e63', 'reject'],
  ['THREATEN', '#ef6c00', 'threaten'],
  ['PROTEST', '#d84315', 'protest'],
  ['SANCTION', '#6d4c41', 'sanction'],
  ['MOBILIZE', '#9e6a00', 'mobilize'],
  ['COERCE', '#c62828', 'coerce'],
  ['ASSAULT', '#8e0000', 'assault'],
];

const COLOURS = new Map(EVENT_TYPES.map(([t, c]) => [t, c]));

/** The colour of an event type. */
export function typeColour(type) {
  return COLOURS.get(type) ?? '#555555';
}
