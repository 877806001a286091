// Generic English word classes the recogniser decides by. None comes from an article: they are the
// closed classes (function words) and the head nouns that name kinds of people, bodies and places.

const words = (list: string): Set<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Function words that start a sentence in capitals but never start a name. */
export const FUNCTION_WORDS = words(`
  a an the this that these those there here it its it's he she they we i you his her their our my your
  him them us me who whom whose which what when where why how while whilst if then than though although
  and but or nor so yet for of in on at by to from with without into onto over under after before during
  since until as about against between among through across behind beyond near amid despite per via
  also even still just only not no yes all both each every some any many much more most such other
  another one two three four five six seven eight nine ten
  is are was were be been being has have had do does did will would can could should may might must
  monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow meanwhile however
  moreover furthermore instead later earlier previously now according following speaking describing
  january february march april may june july august september october november december
`);

/** Days and months: capitalised, never part of a name. */
export const CALENDAR_WORDS = words(`
  monday tuesday wednesday thursday friday saturday sunday january february march april june july
  august september october november december
`);

/** Nouns naming a role a person holds; the head of a title ("Deputy Foreign Minister"). */
export const ROLE_NOUNS = words(`
  president minister secretary leader chairman chairwoman chair chancellor premier governor mayor
  senator congressman congresswoman representative ambassador envoy diplomat spokesperson spokesman
  spokeswoman director head chief commander general admiral colonel captain officer official king queen
  prince princess emperor pope bishop cardinal judge justice attorney prosecutor advisor adviser aide
  deputy counselor councillor councilor candidate nominee founder ceo executive editor reporter
  correspondent analyst expert researcher fellow professor economist lawyer owner manager member
  speaker dictator monarch sheikh emir coach chairperson strategist pollster
  mr mrs ms dr comrade sir lord lady dame
`);

/** Words that, as part of a role, qualify it ("Deputy", "Foreign", "Prime"). Capitalised in titles. */
export const ROLE_MODIFIERS = words(`
  deputy vice first acting former interim foreign defense defence health finance interior justice prime
  general state senior chief executive supreme top assistant associate principal special national
  economic trade transport education energy culture agriculture labor labour home security party
  communist ruling opposition presidential press research political military de facto then
`);

/** Head words of organisation names. */
export const ORG_WORDS = words(`
  ministry party agency council institute institution center centre university college school committee
  department administration government army navy forces force bank group corporation company inc corp
  ltd llc news times post press journal herald tribune association union commission court congress
  parliament senate assembly duma kremlin service services office organization organisation foundation
  federation board bureau network television radio channel nations house club league alliance coalition front
  movement authority authorities fund campaign unit division corps guard police embassy consulate
  committee society academy laboratory lab hospital newspaper daily magazine outlet broadcaster
  industries holdings partners systems technologies motors airlines airways pharmaceuticals enterprises
  solutions media capital ventures brands foods ferries lines shipping railways logistics petroleum mining
  insurance telecom
`);

/** Courtesy titles: they mark a name but are not a role worth reporting. */
export const HONORIFICS = words('mr mrs ms dr comrade sir lord lady dame');

/** Head words of place names. */
export const PLACE_WORDS = words(`
  square street avenue road monument peninsula sea ocean river lake mountain mountains island islands
  region province state county city town village district valley bay gulf strait airport bridge port
  palace park border coast desert
`);

/** Head words of names that are none of the entity types (documents, events, eras, laws). */
export const OTHER_WORDS = words(`
  war treaty agreement pact act charter article day week month year era age games olympics cup summit
  conference forum prize award festival declaration accord protocol resolution bill law doctrine
  operation program programme plan strategy initiative
`);

/** Lower-case particles inside personal names ("Ludwig van Beethoven", "Osama bin Laden"). */
export const NAME_PARTICLES = words('van von der den de del della da di du la le bin ibn al el dos das');

/** Connectors allowed inside an organisation, place or title name ("Ministry of Transport"). */
export const NAME_CONNECTORS = words('of for and on the de');

/** Lower-case nouns for kinds of bodies, written before a body's name ("automaker Chrysler", "airline Aer Lingus"). */
export const BODY_KIND_NOUNS = words(`
  company firm automaker carmaker airline carrier airframer retailer bank lender insurer conglomerate
  chain subsidiary label charity broadcaster agency
`);

/** Nouns for a body by what it makes, after the product ("electronics maker Apple"). */
export const MAKER_NOUNS = words('maker manufacturer supplier');

/** Lower-case nouns that follow a body's name or possessive ("Ford's workforce", "Apple engineers"), not a person's. */
export const BODY_POSSESSIONS = words(`
  shares stock shareholders investors employees executives engineers workforce headquarters plant plants
  factory factories products production operations subsidiary subsidiaries profits revenue revenues sales
  stores customers earnings
`);

/** Lower-case nouns of a person's own, after the name's possessive ("Howard's wife") or before it ("his son Ghassan"). */
export const PERSON_POSSESSIONS = words(`
  wife husband son sons daughter daughters mother father brother sister family children parents death
  funeral birthday life career girlfriend boyfriend widow
`);

/** Third-person pronouns by what they stand for: a body, a person. */
export const BODY_PRONOUNS = words('its itself');
export const THIRD_PERSON_PRONOUNS = words('he him his himself she her hers herself');
