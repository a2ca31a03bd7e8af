import { classify } from '../../../shared/pii/classify.js';

const personal = (text: string): boolean => classify(text).classification === 'personal';

// Probes of the forty-ninth session's rules, written from the misses and false alarms of two blind
// red-team sets (flea markets, auctions and second-hand dealers; wineries and breweries:
// tests/fixtures/labelled/redteam128.jsonl, redteam129.jsonl): a name and where one works after the
// Luxembourgish article, a seller's column, a spoken Russian patronymic, an Arabic kunya after
// 'لـ', fasting for Ramazan, a prosthesis, a society's chair before a name, convictions and thefts
// in more languages, names the gazetteer lacked; and the near-misses each rule must leave alone (a
// life's years or an auction's lot before an artist, a regnal number, a thing joined to its
// designer by a hyphen, partners' surnames joined by '&', Sunday, 'P. IVA', a place after 'na', a
// winery's word before or after a name, a prize and a title before one, a brand's field). The
// guards are probed too: a post's years, a couple joined by '&', the Polish 'i' ("and") and the
// Catalan article 'en' before a name.
describe('review of the forty-ninth session', () => {
  it.each([
    'Hues de héieren, datt den Tom vum Floumaart veruerteelt gouf?',
    'stand;verkäufer;notiz\n12;Jonas;hat Diabetes',
    'Михалыч с рынка лежит в больнице после инсульта.',
    'شكراً لأم يوسف رغم مرضها بالسكري',
    'onaj s bradom što prodaje satove posti za Ramazan',
    'ten děda co prodává hodinky má protézu místo nohy',
    'mūsų pirmininkas Rimvydas serga diabetu',
    'Anna Weber (2019–2021) war Vorsitzende und ist krank.',
    'Anna Weber & Thomas Müller sind krank.',
    'Marek i Anna są chorzy.',
    'En Jordi de recepció té diabetis.',
    'Brigádníka Kubu chytili při krádeži.',
    'Wijnand uit Deventer weigerde een klant met een hoofddoek.',
    'Kjetil fra bryggeriet har vært tørrlagt i et år',
    'Pityu bácsi a pincéből cukorbeteg',
    'the bloke who always sits at table 6 on Fridays got banned for glassing someone',
    'ta paní z vedlejšího domu, co k nám chodí každý čtvrtek, byla přistižena při krádeži',
    'Bane iz podruma ima prekršajnu prijavu',
  ])('finds a person in: %s', (text) => {
    expect(personal(text)).toBe(true);
  });

  it.each([
    'Lot 12: Jan Matejko (1838–1893), szkic, ołówek.',
    'Poz. 4. Tadeusz Kantor (1915–1990), litografia barwna.',
    'Λαχνός 7: Νίκος Εγγονόπουλος (1907-1985), χαρακτικό.',
    'Kavel 9: Gerrit Rietveld, rood-blauwe stoel.',
    'Comment dater une commode Louis XVI ?',
    'Published by George Allen & Unwin, London.',
    'Vad kostar en Bruno Mathsson-fåtölj?',
    'Il mercato si tiene ogni prima domenica del mese.',
    'Fattura alla ditta, P. IVA indicata in calce.',
    'Targ na Kole czynny w niedziele.',
    'Alvar Aallon suunnittelemat tuolit ovat klassikoita.',
    'Frågor om värdering: vardering@auktionshuset-norr.se',
    'Weingut Robert Weil Riesling 2021 – 24,50 €',
    'Domaine Marcel Deiss, Alsace – 31 €',
    'Vinarija Aleksandar Petrović: degustacije od 10h',
    'Johnnie Walker Blue Label 70cl – £180',
    'O Prémio Dona Maria Pereira será entregue em maio.',
    'merk: Douwe Egberts',
  ])('finds no one in: %s', (text) => {
    expect(personal(text)).toBe(false);
  });
});
