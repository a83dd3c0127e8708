/**
 * The zones news pages name, in minutes east of UTC. Where an abbreviation means more than one
 * zone, it stands for the one English-language news pages mean by it (IST is India, not Israel
 * or Ireland; CST is the US Central, not China; GST is the Gulf). A zone not listed here is
 * reported, never guessed; so are ET and PT, which name no offset without the date's rules.
 */
export const TIME_ZONES: Readonly<Record<string, number>> = {
  UTC: 0,
  GMT: 0,
  WET: 0,
  WEST: 60,
  BST: 60,
  CET: 60,
  CEST: 120,
  EET: 120,
  EEST: 180,
  MSK: 180,
  TRT: 180,
  GST: 240,
  PKT: 300,
  IST: 330,
  NPT: 345,
  ICT: 420,
  WIB: 420,
  HKT: 480,
  SGT: 480,
  AWST: 480,
  JST: 540,
  KST: 540,
  ACST: 570,
  AEST: 600,
  AEDT: 660,
  NZST: 720,
  NZDT: 780,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  AKST: -540,
  AKDT: -480,
  HST: -600,
};

/** The offset a zone's abbreviation names, or undefined for a zone not in the table. */
export const zoneOffset = (zone: string): number | undefined =>
  Object.hasOwn(TIME_ZONES, zone) ? TIME_ZONES[zone] : undefined;
