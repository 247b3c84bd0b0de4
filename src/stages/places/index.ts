/** The places stage and what other stages use of it. */
export { places, type PlacesOptions } from './places-stage.js';
export { placePrecision, type PlacePrecision } from '../../gazetteer/place-precision.js';
export { openGazetteer, type Gazetteer, type GazetteerEntry } from '../../gazetteer/gazetteer.js';
