/** The places stage and what other stages use of it. */
export { places, type PlacesOptions } from './places-stage.js';
