const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Nouns naming an office or function; they separate a role from the name that follows. */
export const ROLE_NOUNS = set(`
spokesman spokeswoman spokesperson minister president chancellor secretary governor chief executive head
director adviser advisor negotiator official ambassador envoy mayor senator representative congressman
congresswoman lawmaker leader chairman chairwoman chair commissioner general commander prosecutor attorney
judge correspondent reporter editor analyst economist expert professor researcher scientist doctor officer
inspector manager founder ceo cfo coo premier king queen prince princess pope candidate nominee rival
member mp mep sheriff superintendent coordinator administrator deputy vice speaker treasurer auditor
under-secretary undersecretary marshal captain colonel lieutenant sergeant admiral cardinal bishop archbishop
rabbi imam chancellor counsel lawyer owner partner president-elect vice-president strategist pollster
consultant historian physician surgeon nurse teacher witness resident survivor victim activist campaigner
justice coach pastor priest dean councillor councilor alderman trustee chairperson sen. rep. gov. gen. lt. col. sgt. capt. adm. maj. sen rep gov
`);

/** Plural or collective nouns that can head a speaker phrase ("Ukrainian officials", "police"). */
export const GROUP_NOUNS = set(`
officials leaders ministers authorities police analysts experts sources residents witnesses soldiers troops
diplomats lawmakers legislators investigators prosecutors scientists researchers doctors correspondents
candidates supporters activists protesters critics observers economists negotiators officers workers members
campaigners military army navy force forces government ministry commission committee council agency office
department court parliament senate congress company firm statement report study survey data figures statistics
spokespeople administration campaign party coalition union bank fund organisation organization institute
ministries governments agencies authority board cabinet delegation delegates delegations insiders aides staff
allies opponents people officers voters citizens families relatives medics paramedics rescuers teams team
group groups regulator regulators watchdog commission documents records filings polls poll census
`);

/** Capitalised final words that mark an organisation rather than a person. */
export const ORG_FINAL_WORDS = set(`
rail house ministry commission council party bank fund organization organisation agency police court force
army navy union nations office department committee institute university association group inc corp co
ltd reuters press times post news network health service services board authority bureau administration
senate congress parliament assembly government kremlin pentagon campaign foundation centre center
programme program forum alliance coalition company corporation airlines airways federation league
`);

/** Lowercase words allowed inside a speaker phrase besides role and group nouns. */
export const NP_MODIFIERS = set(`
the a an its his her their our some all both several many most few two three four five six seven eight nine
ten senior deputy former chief top acting local foreign federal state regional interim electoral national
military opposition air health finance defence defense interior justice economy trade energy education
policy security intelligence public presidential provincial municipal city county
district executive general other international independent
private assistant associate principal lead legal press communications campaign party
`);

export const DETERMINERS = set('the a an this that these those');
export const HONORIFICS = set(
  'mr mr. mrs mrs. ms ms. dr dr. prof prof. sir dame rev rev. hon hon. gen. gen',
);
export const NAME_PARTICLES = set(
  'de da del della der den di du la le van von bin ibn al el abu ben dos das st. y',
);

export const PERSONAL_PRONOUNS = set('he she');
export const PLURAL_PRONOUNS = set('they');
export const NEUTER_PRONOUNS = set('it');

/** Words that open a subordinate or coordinate clause; a speaker phrase may start right after them. */
export const CLAUSE_OPENERS = set(`
and but while as that when because although though so after before since if where whereas or yet
meanwhile however earlier later also then still with which who whom
`);

/** Sentence-initial discourse markers stripped from claim text ("Meanwhile, ..."). */
export const DISCOURSE_MARKERS = set(
  'meanwhile however earlier moreover also still furthermore additionally separately nonetheless nevertheless instead indeed',
);

/** Adverbs that may sit between a speaker and its cue ("Ignat later clarified"). */
export const SPEAKER_VERB_ADVERBS = set(
  'later also earlier previously again then separately further repeatedly publicly recently initially subsequently privately once first had has have has also',
);

/** Adjuncts that may follow a cue before the content ("said on Friday that ..."). */
export const TIME_WORDS = set(`
monday tuesday wednesday thursday friday saturday sunday today yesterday tonight here there earlier later
again also last this next week month year night morning afternoon evening weekend recently previously
`);

/** Nouns completing "told ___" or "said in a ___": media, audiences, formats. */
export const AUDIENCE_NOUNS = set(`
reporters journalists radio television tv programme program newspaper agency channel conference briefing
interview statement speech letter post broadcast podcast audience crowd parliament lawmakers supporters
press gathering meeting rally hearing committee senate congress reuters ap afp bbc cnn news
`);

export const AUXILIARIES = set(`
is are was were be been being has have had will would could should might may can must shall do does did
remain remains remained
`);

/** Words that cannot end a sentence, so a period after them is an abbreviation. */
export const ABBREVIATIONS = set(`
mr mrs ms dr prof gen gov sen rep st jr sr lt col sgt capt cmdr adm maj rev hon no vs etc inc ltd co corp
jan feb mar apr jun jul aug sep sept oct nov dec mt ft approx est dept univ fig nos pp vol
`);

/** Capitalised function words that reliably start a new sentence. */
export const SENTENCE_STARTERS = set(`
the a an as but and in on at it he she they we i this that these those there his her their its
meanwhile however while if when after before since for from with by to of what who why how
`);

export const NUMBER_WORDS = set(`
two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion
trillion dozen dozens hundreds thousands millions billions half third quarter percent pct per cent mln bln
`);
