// Short human labels for a Frequency, in Swedish (the interface language) or English.
//   periodic, interval 1:  "1 gång per år" / "minst 10 per månad"      ("once per year" / "at least 10 per month")
//   periodic, interval N:  "1 gång var tredje vecka", "2 gånger varannan månad"
//                          ("once every 3 weeks", "twice every other month")
//   total:                 "minst 3 gånger under perioden"            ("at least 3 times during the period")
//   on-demand:             "vid behov"                                ("as needed")
//   continuous:            "löpande"                                  ("ongoing")
//   occasion:              "vid tillfällen: under riskhelger"         ("on occasions: under riskhelger")
//   unspecified:           "ej angivet"                               ("not specified")

import type { Frequency, FrequencyUnit } from './frequency.js';

export type DescribeLanguage = 'sv' | 'en';

const SV_UNITS: Record<FrequencyUnit, { name: string; neuter: boolean }> = {
  shift: { name: 'arbetspass', neuter: true },
  day: { name: 'dag', neuter: false },
  week: { name: 'vecka', neuter: false },
  weekend: { name: 'helg', neuter: false },
  month: { name: 'månad', neuter: false },
  quarter: { name: 'kvartal', neuter: true },
  term: { name: 'termin', neuter: false },
  'half-year': { name: 'halvår', neuter: true },
  year: { name: 'år', neuter: true },
};

const EN_UNITS: Record<FrequencyUnit, { one: string; many: string }> = {
  shift: { one: 'shift', many: 'shifts' },
  day: { one: 'day', many: 'days' },
  week: { one: 'week', many: 'weeks' },
  weekend: { one: 'weekend', many: 'weekends' },
  month: { one: 'month', many: 'months' },
  quarter: { one: 'quarter', many: 'quarters' },
  term: { one: 'term', many: 'terms' },
  'half-year': { one: 'half-year', many: 'half-years' },
  year: { one: 'year', many: 'years' },
};

const SV_ORDINALS = [
  '', '', 'andra', 'tredje', 'fjärde', 'femte', 'sjätte', 'sjunde', 'åttonde', 'nionde', 'tionde', 'elfte', 'tolfte',
  'trettonde', 'fjortonde', 'femtonde', 'sextonde', 'sjuttonde', 'artonde', 'nittonde', 'tjugonde',
];

function svOrdinal(n: number): string {
  const word = SV_ORDINALS[n];
  if (word !== undefined && word !== '') return word;
  const lastTwo = n % 100;
  const suffix = (n % 10 === 1 || n % 10 === 2) && lastTwo !== 11 && lastTwo !== 12 ? 'a' : 'e';
  return `${n}:${suffix}`;
}

function lowerFirst(text: string): string {
  const first = text.charAt(0);
  const second = text.charAt(1);
  // Keep acronyms ("VM", "EU-valet") as written; lower an ordinary capitalised first word.
  return second !== '' && second === second.toUpperCase() && second !== second.toLowerCase() ? text : first.toLowerCase() + text.slice(1);
}

function describeSv(f: Frequency): string {
  switch (f.kind) {
    case 'periodic': {
      const unit = SV_UNITS[f.unit];
      const prefix = f.atLeast ? 'minst ' : '';
      if (f.interval <= 1) return f.count === 1 ? `${prefix}1 gång per ${unit.name}` : `${prefix}${f.count} per ${unit.name}`;
      const every = f.interval === 2 ? (unit.neuter ? 'vartannat' : 'varannan') : `${unit.neuter ? 'vart' : 'var'} ${svOrdinal(f.interval)}`;
      return `${prefix}${f.count} ${f.count === 1 ? 'gång' : 'gånger'} ${every} ${unit.name}`;
    }
    case 'total':
      return `${f.atLeast ? 'minst ' : ''}${f.count} ${f.count === 1 ? 'gång' : 'gånger'} under perioden`;
    case 'on-demand':
      return 'vid behov';
    case 'continuous':
      return 'löpande';
    case 'occasion': {
      const what = f.text.trim();
      return what === '' ? 'vid tillfällen' : `vid tillfällen: ${lowerFirst(what)}`;
    }
    case 'unspecified':
      return 'ej angivet';
  }
}

function enTimes(count: number): string {
  if (count === 1) return 'once';
  if (count === 2) return 'twice';
  return `${count} times`;
}

function describeEn(f: Frequency): string {
  switch (f.kind) {
    case 'periodic': {
      const unit = EN_UNITS[f.unit];
      const prefix = f.atLeast ? 'at least ' : '';
      if (f.interval <= 1) return f.count === 1 ? `${prefix}once per ${unit.one}` : `${prefix}${f.count} per ${unit.one}`;
      const every = f.interval === 2 ? `every other ${unit.one}` : `every ${f.interval} ${unit.many}`;
      return `${prefix}${enTimes(f.count)} ${every}`;
    }
    case 'total':
      return `${f.atLeast ? 'at least ' : ''}${enTimes(f.count)} during the period`;
    case 'on-demand':
      return 'as needed';
    case 'continuous':
      return 'ongoing';
    case 'occasion': {
      const what = f.text.trim();
      return what === '' ? 'on occasions' : `on occasions: ${lowerFirst(what)}`;
    }
    case 'unspecified':
      return 'not specified';
  }
}

export function describeFrequency(f: Frequency, lang: DescribeLanguage): string {
  return lang === 'en' ? describeEn(f) : describeSv(f);
}
