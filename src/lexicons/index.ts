/**
 * The lexicons: lists where lists beat learning. Other stages import from here.
 */
export { countryByName, countryByDemonym, countryByCode, countryByCapital, countryNameMaxWords, type CountryEntry } from './countries.js';
export { newsOrganisation, newsOrganisationNames, type NewsOrganisation } from './news-organisations.js';
export { isTitle, titleRole, type TitleRole } from './titles.js';
export { isOrganisationCue, isFacilityCue, isEventCue } from './organisation-cues.js';
export { isArabicParticle, hasArabicArticle, stripArabicArticle, arabicNameKey } from './arabic-names.js';
