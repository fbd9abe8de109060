import { describe, expect, it } from 'vitest';
import { matchParty, suggestPromise, validityOf, type PartyRef } from './commit-defaults.js';

const parties: PartyRef[] = [
  { id: 'norsjo', kind: 'kommun', name: 'Norsjö' },
  { id: 'skelleftea-lpo', kind: 'lokalpolisomrade', name: 'Skellefteå' },
];
const twoKommuner: PartyRef[] = [...parties, { id: 'mora', kind: 'kommun', name: 'Mora' }];

describe('matchParty', () => {
  it('finds the party a document names, in the forms the seeds use', () => {
    expect(matchParty('Norsjö kommun', parties)).toBe('norsjo');
    expect(matchParty('Norsjö kommuns', parties)).toBe('norsjo');
    expect(matchParty('Polisen', parties)).toBe('skelleftea-lpo');
    expect(matchParty('Gruppchef Polisen Norsjö', parties)).toBe('skelleftea-lpo');
    expect(matchParty('Lpo Skellefteå', parties)).toBe('skelleftea-lpo');
    expect(matchParty('Kommunen-Strateg', parties)).toBe('norsjo');
  });

  it('leaves it open when it cannot be told', () => {
    expect(matchParty('Kommunen', twoKommuner)).toBeNull();
    expect(matchParty('Räddningstjänsten', parties)).toBeNull();
    expect(matchParty('Norsjöbladet', parties)).toBeNull();
    expect(matchParty('Mora kommun', twoKommuner)).toBe('mora');
  });
});

describe('suggestPromise', () => {
  const promises = [
    'Insatser mot narkotika med syfte att minska nyrekrytering',
    'Insatser mot brott och förseelser i trafikmiljön',
    'Insatser mot tillgreppsbrott såsom inbrott i bostäder',
    'Trygghetsskapande arbete i form av ökad polisiär närvaro',
  ];
  it('links a plan row to the promise its focus area shares words with', () => {
    expect(suggestPromise('Narkotika/livsstilskriminella', promises)).toBe(0);
    expect(suggestPromise('Tillgreppsbrott', promises)).toBe(2);
    expect(suggestPromise('Trafikkontroller', promises)).toBe(1);
    expect(suggestPromise('Trygghetsskapande åtgärder', promises)).toBe(3);
    expect(suggestPromise('Informations- eller kunskapshöjande åtgärder', promises)).toBeNull();
    expect(suggestPromise(null, promises)).toBeNull();
  });
});

describe('validityOf', () => {
  it('turns the extracted dates into an agreement validity', () => {
    expect(validityOf({ validFrom: '2019-01-01', validTo: '2022-12-31', openEnded: false })).toEqual({ kind: 'fixed', from: '2019-01-01', to: '2022-12-31' });
    expect(validityOf({ validFrom: '2019-01-01', validTo: null, openEnded: true })).toEqual({ kind: 'open-ended', from: '2019-01-01' });
    expect(validityOf({ validFrom: '2013-01-01', validTo: '2015-12-31', openEnded: false, renewal: 'kalenderårsvis' })).toEqual({
      kind: 'renewing',
      from: '2013-01-01',
      firstEnd: '2015-12-31',
      renewal: 'calendar-year',
    });
    expect(validityOf({ validFrom: null, validTo: '2020-12-31', openEnded: false })).toBeNull();
  });
});
