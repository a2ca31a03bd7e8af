import { classify } from '../../../shared/pii/classify.js';

const personal = (text: string): boolean => classify(text).classification === 'personal';

// Probes of the forty-eighth session's rules, written from the misses and false alarms of a blind
// red-team set (household and trade services: tests/fixtures/labelled/redteam127.jsonl): a first
// name opening a note before a comma, "a certain" before a name, the Basque genitive before a
// relative, a Persian title before a surname, an occupant by their floor in Macedonian and
// Albanian; and the near-misses each rule must leave alone (words that open sentences, a certain
// amount, a Hungarian firm's adószám, a Russian firm's ИНН).
describe('review of the forty-eighth session', () => {
  it.each([
    'Ruud, let op: de bewoner komt net uit de gevangenis.',
    'id;bericht\n1;"Ruud, de bewoner komt net uit de gevangenis."',
    'Notulen\nSjoerd, controleur, is per direct geschorst.',
    'Siim, ära anna varuvõtit kellelegi peale tema enda.',
    'Mikko, Koskisen rouvalla on muistisairaus.',
    'Віталію, клієнт з Оболоні просить поручні у ванній.',
    "Le serrurier, un certain Jordan, m'a insulté.",
    'ha chiamato un tal Marco, vuole il preventivo',
    'Mikelen amona bihotzeko gaixoa da.',
    'آقای کریمی گفت دیالیز دارد',
    'дедото на третиот кат има пејсмејкер',
    'zotëria në katin e dytë është i verbër',
  ])('finds a person in: %s', (text) => {
    expect(personal(text)).toBe(true);
  });

  it.each([
    'Kaj, če zamudim termin? Prosimo, obvestite nas dan prej.',
    'Kérem, írjon egy rövid szöveget erre a programra.',
    'Trenger jeg fiskekort i sjøen?\nNei, fritidsfiske med stang er gratis.',
    // 'Bosse' is a name (the name supplement) and the French verb: ambiguous
    'Mon frère bosse chez Renault.',
    "Tnaddfu wkoll il-Ħadd?\nIva, b'ħlas żejjed.",
    'Only a certain Amount of water is allowed.',
    'Tisztaház Kft., adószám: 24871536-2-42, 1134 Budapest.',
    'ООО «Чистый дом» — ИНН 7721458311.',
  ])('finds no one in: %s', (text) => {
    expect(personal(text)).toBe(false);
  });
});
