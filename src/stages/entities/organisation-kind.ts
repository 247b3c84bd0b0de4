/**
 * What kind of actor a named organisation is, from its name: outlets are media, "Army" and
 * "Revolutionary Guards" military, "Ministry" and "Parliament" government, "Brigades" and
 * "Kata'ib" militias, and a short list of international bodies and armed movements by name.
 */
import type { ActorKind } from '../../core/layers.js';
import { newsOrganisation } from '../../lexicons/news-organisations.js';

const INTERNATIONAL =
  /^(?:the\s+)?(?:UN|U\.N\.|United Nations|NATO|EU|E\.U\.|European Union|African Union|AU|Arab League|OPEC|IMF|World Bank|WHO|World Health Organi[sz]ation|UNHCR|UNICEF|UNESCO|ICRC|Red Cross|Red Crescent|International Committee of the Red Cross|Amnesty International|Human Rights Watch|OSCE|ECOWAS|ASEAN|Gulf Cooperation Council|GCC|IAEA|ICC|International Criminal Court|Security Council|UN Security Council|MSF|Doctors Without Borders)$/;
const REBELS =
  /\b(?:Taliban|Qaeda|Islamic State|ISIS|ISIL|IS|Daesh|Boko Haram|Shabaab|Shebab|Houthis?|Ansar Allah|PKK|FARC|ELN|Rebels?|Insurgents?|Liberation Army|Liberation Front|Jabhat|Tahrir al-Sham|HTS|Nusra)\b/;
const MILITIA =
  /\b(?:Hezbollah|Hizbollah|Hizballah|Brigades?|Kata'?ib|Kataib|Asa'?ib|Asaib|Harakat|Mobili[sz]ation|Militias?|Saraya|Liwa|Jaish|Hashd|Resistance|Badr|Nujaba|PMU|PMF)\b/;
const MILITARY =
  /\b(?:Army|Armed Forces|Air Force|Navy|Marines?|Military|Revolutionary Guards?|IRGC|Quds Force|Pentagon|Defen[cs]e Forces|Coalition|National Guard)\b/;
const POLICE = /\b(?:Police|Gendarmerie|Border Guards?|Security Service|Interior Ministry)\b/;
const GOVERNMENT =
  /\b(?:Ministry|Minist[eè]re|Government|Parliament|Cabinet|Congress|Senate|Council of Ministers|White House|Kremlin|State Department|Foreign Office|Presidency|Assembly|Administration)\b/;

/** The actor kind a named organisation's name implies. */
export function organisationKind(name: string): ActorKind {
  const n = name.replace(/[’‘]/g, "'");
  if (newsOrganisation(n)) return 'media';
  if (INTERNATIONAL.test(n)) return 'international';
  if (REBELS.test(n)) return 'rebels';
  if (MILITIA.test(n)) return 'political-militia';
  if (POLICE.test(n)) return 'police';
  if (MILITARY.test(n)) return 'military';
  if (GOVERNMENT.test(n)) return 'government';
  return 'organisation';
}
