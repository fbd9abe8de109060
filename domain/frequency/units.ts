// Swedish words for the units of the frequency contract, by grammatical form.
// "kväll", "natt" and "morgon" map to "day": the contract has no evening unit, and an
// evening or a night happens once per day ("varje kväll" = once per day,
// "varannan kväll" = every second day, "två kvällar i veckan" = 2 per week).

export const FREQUENCY_UNITS = ['shift', 'day', 'week', 'weekend', 'month', 'quarter', 'term', 'half-year', 'year'] as const;
export type FrequencyUnit = (typeof FREQUENCY_UNITS)[number];

function table(entries: Record<FrequencyUnit, readonly string[]>): ReadonlyMap<string, FrequencyUnit> {
  const map = new Map<string, FrequencyUnit>();
  for (const unit of FREQUENCY_UNITS) for (const word of entries[unit]) map.set(word, unit);
  return map;
}

/** Indefinite singular, as after "per", "/", "varje", "var tredje", "varannan". */
export const INDEFINITE_UNITS = table({
  shift: ['arbetspass', 'pass', 'skift', 'tjänstgöringspass', 'patrullpass', 'kvällspass', 'nattpass', 'helgpass'],
  day: ['dag', 'dygn', 'kväll', 'natt', 'morgon', 'förmiddag', 'eftermiddag', 'skoldag', 'arbetsdag'],
  week: ['vecka', 'skolvecka', 'arbetsvecka'],
  weekend: ['helg', 'veckohelg'],
  month: ['månad'],
  quarter: ['kvartal'],
  term: ['termin'],
  'half-year': ['halvår'],
  year: ['år', 'läsår', 'kalenderår', 'verksamhetsår', 'skolår', 'budgetår'],
});

/** Abbreviations accepted after "per" and "/": "per v.", "/mån", "2 ggr/kv". */
export const ABBREVIATED_UNITS: ReadonlyMap<string, FrequencyUnit> = new Map([
  ['v', 'week'], ['mån', 'month'], ['mnd', 'month'], ['kv', 'quarter'],
]);

/** Definite singular, as after "i" (i veckan), "om" (om året) and "under" (under terminen). */
export const DEFINITE_UNITS = table({
  shift: ['arbetspasset', 'passet', 'skiftet'],
  day: ['dagen', 'dygnet', 'kvällen', 'natten'],
  week: ['veckan', 'skolveckan'],
  weekend: ['helgen'],
  month: ['månaden'],
  quarter: ['kvartalet'],
  term: ['terminen'],
  'half-year': ['halvåret'],
  year: ['året', 'läsåret', 'kalenderåret', 'verksamhetsåret'],
});

/** Definite forms that do not mean "per" after "i": "i helgen" is this weekend. */
export const NOT_PER_AFTER_I: ReadonlySet<string> = new Set(['helgen', 'kvällen', 'natten', 'passet', 'arbetspasset']);

/** Plural forms after "alla"/"samtliga": "alla helger", "samtliga arbetspass". */
export const PLURAL_UNITS = table({
  shift: ['arbetspass', 'pass', 'skift'],
  day: ['dagar', 'dygn', 'kvällar', 'nätter', 'skoldagar'],
  week: ['veckor', 'skolveckor'],
  weekend: ['helger'],
  month: ['månader'],
  quarter: ['kvartal'],
  term: ['terminer'],
  'half-year': ['halvår'],
  year: [],
});

/** Common-gender units that may follow bare "var" ("var vecka"); neuter ones take "vart" ("vart år"). */
export const COMMON_GENDER_UNITS: ReadonlySet<string> = new Set([
  'dag', 'kväll', 'natt', 'morgon', 'förmiddag', 'eftermiddag', 'vecka', 'skolvecka', 'helg', 'månad', 'termin', 'skoldag',
  'arbetsdag', 'veckohelg',
]);
export const NEUTER_UNITS: ReadonlySet<string> = new Set([
  'år', 'läsår', 'kalenderår', 'verksamhetsår', 'halvår', 'kvartal', 'pass', 'arbetspass', 'dygn', 'skift',
]);

/** Adverbs and adjectives that state a period on their own: "årligen", "veckovis", "månatliga". */
export const PERIOD_ADVERBS = table({
  shift: [],
  day: ['dagligen', 'daglig', 'dagliga', 'dagligt'],
  week: ['veckovis', 'veckovisa', 'veckovist', 'veckoligen'],
  weekend: ['helgvis'],
  month: ['månadsvis', 'månadsvisa', 'månatligen', 'månatlig', 'månatliga', 'månatligt'],
  quarter: ['kvartalsvis', 'kvartalsvisa'],
  term: ['terminsvis', 'terminsvisa'],
  'half-year': ['halvårsvis', 'halvårsvisa'],
  year: ['årligen', 'årsvis', 'årsvisa', 'årlig', 'årliga', 'årligt', 'kalenderårsvis', 'läsårsvis'],
});

/** "på årsbasis", "på månadsbasis" … */
export const BASIS_WORDS = table({
  shift: [],
  day: ['dagsbasis', 'dygnsbasis'],
  week: ['veckobasis'],
  weekend: ['helgbasis'],
  month: ['månadsbasis'],
  quarter: ['kvartalsbasis'],
  term: ['terminsbasis'],
  'half-year': ['halvårsbasis'],
  year: ['årsbasis', 'läsårsbasis'],
});

/** Seasons after "varje": "varje sommar" is once a year. */
export const SEASONS: ReadonlySet<string> = new Set(['vår', 'höst', 'sommar', 'vinter']);

const WEEKDAY = /^(måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(s(kväll|natt|eftermiddag|förmiddag|morgon))?$/u;
const WEEKDAY_PLURAL = /^(måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(s(kväll|natt|eftermiddag|förmiddag|morgn))?ar$/u;

/** "fredag", "fredagskväll": one day of the week. */
export function isWeekday(word: string): boolean {
  return WEEKDAY.test(word);
}

/** "fredagar", "lördagskvällar". */
export function isWeekdayPlural(word: string): boolean {
  return WEEKDAY_PLURAL.test(word);
}
