/**
 * How precisely a gazetteer feature locates an event, for the event record's
 * `location.precision` (ACLED's geo-precision, in words).
 */

/** Precision of an event location. */
export type PlacePrecision = 'point' | 'neighbourhood' | 'city' | 'region' | 'country';

/** The precision a place of this GeoNames feature code gives (unknown codes count as city). */
export function placePrecision(featureCode: string | undefined): PlacePrecision {
  const code = featureCode ?? '';
  if (/^PCL/.test(code) || code === 'TERR') return 'country';
  if (/^ADM[1-5]H?$/.test(code) || code === 'ADMD' || code === 'CONT' || code === 'RGN' || code === 'AREA')
    return 'region';
  if (code === 'PEN' || code === 'GULF' || code === 'SEA' || code === 'OCN') return 'region';
  if (code === 'PPLX' || code === 'PPLL') return 'neighbourhood';
  if (code.startsWith('PPL')) return 'city';
  // Spot features: bases, buildings, crossings, camps, squares, universities, airports.
  if (code) return 'point';
  return 'city';
}
