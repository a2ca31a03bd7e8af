import { emailRecognizer } from '../../../../shared/pii/recognizers/email.js';
import { foundIn } from '../helpers.js';

describe('emailRecognizer', () => {
  it.each([
    ['a plain address', 'Mail jane.doe@mailbox.org please', 'jane.doe@mailbox.org'],
    ['an address ending a sentence', 'Write to max@beispiel.de.', 'max@beispiel.de'],
    [
      'plus tags and subdomains',
      'cc: first+news@mail.example.co.uk',
      'first+news@mail.example.co.uk',
    ],
    ['a punycode domain (Presidio case)', 'a@xn--d1acufc.xn--p1ai', 'a@xn--d1acufc.xn--p1ai'],
    ['a non-ASCII local part', 'schreib an jürgen.müller@example.de', 'jürgen.müller@example.de'],
    ['an address inside JSON', '{"email":"ana.lopez@correo.es"}', 'ana.lopez@correo.es'],
    ['an address in angle brackets', 'From: Piotr <piotr@firma.pl>', 'piotr@firma.pl'],
    [
      "an address as OCR read it, '0' and '1' in the domain",
      'a.pons@gmai1.c0m',
      'a.pons@gmai1.c0m',
    ],
  ])('finds %s', (_case, text, expected) => {
    expect(foundIn(emailRecognizer, text)).toEqual([expected]);
  });

  it.each([
    ['a domain without a top-level label (Presidio case)', 'my email is info@presidio.'],
    ['a host name only', 'ssh root@localhost'],
    ['an image asset name', 'use icon@2x.png and logo@3x.webp'],
    ['a social handle', 'follow @cris_router'],
    ['a version pin', 'npm i left-pad@1.3.0'],
    ['a label starting with a dash', 'x@-bad.example.com'],
    ['consecutive dots in the local part', 'john..doe@mailbox.org'],
    ['text without an at sign', 'nothing to see here'],
    ['a host address after the at sign', 'ssh admin@192.168.0.10'],
  ])('ignores %s', (_case, text) => {
    expect(foundIn(emailRecognizer, text)).toEqual([]);
  });

  // Domains reserved for examples and tests (RFC 2606, RFC 6761) hold no one's mailbox.
  it.each([
    ['user.a@example.com'],
    ['demo@sub.example.org'],
    ['bob@company.test'],
    ['x@host.invalid'],
    // A template's placeholder (sixteenth red-team set)
    ['nome@dominio.tld'],
  ])('reports no reserved address: %s', (text) => {
    expect(emailRecognizer.find(`to: ${text}`)).toEqual([]);
  });

  // A form's placeholder: the word for "name" or "user" at "example" in an EU language
  // (twenty-second red-team set: empty forms as a browser agent reads them).
  it.each([
    ['nom@exemple.cat'],
    ['navn@eksempel.dk'],
    ['nev@pelda.hu'],
    ['isem@eżempju.mt'],
    ['etunimi.sukunimi@esimerkki.fi'],
    ['vorname.nachname@beispiel.de'],
  ])('reports no placeholder: %s', (text) => {
    expect(emailRecognizer.find(`placeholder="${text}"`)).toEqual([]);
  });

  it.each([
    ['a specimen name at an example domain', 'max.mustermann@beispiel.de'],
    ['a name at an example domain', 'anna.weber@esempio.it'],
    ["a placeholder's word at a company's domain", 'name@firma.de'],
  ])('still finds %s', (_case, text) => {
    expect(emailRecognizer.find(`to: ${text}`)).toHaveLength(1);
  });

  it('still finds a domain that only looks like a reserved one', () => {
    expect(emailRecognizer.find('to: anna@examples.com')).toHaveLength(1);
    expect(emailRecognizer.find('to: bob@example.de')).toHaveLength(1);
  });

  // A chat request's body writes line breaks as JSON escapes: "\n" before an address is no part
  // of it (nineteenth red-team set: '\nobchod@zs-zilina.sk' read as 'nobchod').
  it.each([
    [
      'a role mailbox after an escaped line break',
      '{\\"text\\": \\"Faktúra\\n\\nÚčet: SK44\\nobchod@zs-zilina.sk\\"}',
      'obchod@zs-zilina.sk',
    ],
    [
      'a person after an escaped tab',
      '{\\"mail\\":\\tanna.novak@firma.sk\\"}',
      'anna.novak@firma.sk',
    ],
    [
      'a person whose name starts with the letter',
      'Hi\\n\\nKontakt:\\nnina@firma.sk',
      'nina@firma.sk',
    ],
  ])('reads %s without the escape', (_case, text, expected) => {
    const [finding] = emailRecognizer.find(text);
    expect(text.slice(finding?.start, finding?.end)).toBe(expected);
  });

  // A backslash that escapes nothing: a Windows account or path (a review: 'rost' read as 'ost').
  it('keeps the letter after a backslash in text that is no escaped string', () => {
    const text = 'Anmeldung als FIRMA\\rost@firma.de fehlgeschlagen';
    const [finding] = emailRecognizer.find(text);
    expect(text.slice(finding?.start, finding?.end)).toBe('rost@firma.de');
  });

  it('reports offsets, category and score but not the address', () => {
    const [finding] = emailRecognizer.find('to: a.b@mailbox.org');

    expect(finding).toEqual({
      type: 'EMAIL_ADDRESS',
      category: 'contact',
      start: 4,
      end: 19,
      score: 1,
      recognizer: 'email',
    });
  });
});

// A function's mailbox is a business's contact; a person's stays personal, and so does a role
// mailbox at a domain named after a person (a sole trader's) or one someone calls theirs.
describe('emailRecognizer on role mailboxes', () => {
  const categories = (text: string) =>
    emailRecognizer.find(text).map((finding) => finding.category);

  it.each([
    ['a press office', 'For press enquiries contact press@nordwind-energy.eu.'],
    ['accounts payable', 'Invoices to ap@nordwind-energy.eu, please.'],
    ['a German customer service', 'Schreiben Sie an kundenservice@beispiel-versand.de'],
    ['an Irish information desk', 'Seol ríomhphost chuig eolas@comhairle-sampla.ie'],
    ['Czech orders', 'Objednávky posílejte na objednavky@stavebniny-vysocina.cz'],
    ['a Dutch fault desk', 'Storingen melden via storing@janssenzonen.nl'],
    ['Danish orders', 'Bestil på bestilling@havnensfisk.dk'],
    ['a Norwegian post box', 'Send faktura til post@fjordbygg.no'],
    ['Spanish bookings', 'Reservas: reservas@hotelcentro.es'],
    // Sixteenth red-team set: a sales desk, a service account in a Kubernetes secret
    ['a French sales desk', 'From: commercial@garonne-express.fr'],
    ['a service account', 'svc-ingest-worker@eu-data-platform.iam'],
    ['a Polish customer desk', 'Pisz na bok@meble-sosnowa.pl'],
    // Seventeenth red-team set: no-reply senders in other languages and inside longer local
    // parts, operations and billing desks
    ['a Danish no-reply sender', 'Afsender: ikke-svar@boligselskab-fyn.dk'],
    ['an Icelandic no-reply sender', 'From: ekki-svara@verslunin-heima.is'],
    // Nineteenth red-team set: a shop, recruiting, events, a conference, volunteering
    ['a Slovak shop', 'Faktúry: obchod@zs-zilina.sk'],
    ['a Finnish recruiting desk', 'Hakemukset: rekry@pirkkasoft.fi'],
    ['a Czech events desk', 'Registrace: akce@prahaevent.cz'],
    ['a Polish conference', 'Zgłoszenia: konferencja@onko-forum.pl'],
    ['Spanish volunteering', 'Escríbenos a voluntariado@grupo-almena.es'],
    // Twentieth red-team set: quality, technical and procurement desks, and a function with a
    // country's code or another function's word after it
    ['a Czech quality desk', 'Kontakt: kvalita@nemocnice-vysocina.cz'],
    ['a Croatian technical desk', 'Tehnička pitanja: tehnika@podravska-tekstil.hr'],
    ['a Norwegian procurement desk', 'Innkjøp: innkjop@nordlys-gruppen.no'],
    ['a finance desk for one country', 'Invoices: finance.gr@meridian-software.gr'],
    ['a quality desk for suppliers', 'Reclami: qualita.fornitori@elettrodomestici-brianza.it'],
    ['an internal audit desk', 'Rapport: audit.interne@glc-composants.fr'],
    ['a logistics desk of a region', 'Spedizioni: logistica.nord@alpitrans-group.it'],
    ['a CI no-reply sender', 'smtp_from: ci-noreply@lagerwerk.de'],
    // Twenty-first red-team set: invoicing and payroll desks, and a desk with what it handles
    ['a Lithuanian invoicing desk', 'Sąskaitos: saskaitos@baltlogis.lt'],
    ['a Slovak payroll desk', 'Mzdy: mzdy@tatranska-mliekaren.sk'],
    ['a Romanian payroll desk', 'Salarizare: salarizare@panificatia-somes.ro'],
    ['an accounting desk for customers', 'Contact : compta-clients@emballages-ra.fr'],
    ['a payments team', 'organizer: equipo-pagos@fintecia.es'],
    ['a platform team', 'owner: platform-team@northwind-logistics.com'],
    ['a team notifications sender', 'mail: devops-notifications@northgate-freight.com'],
  ])('reports %s as a business contact', (_case, text) => {
    expect(categories(text)).toEqual(['business_id']);
  });

  it.each([
    // A function's word before a surname, initials or a first name, and a qualifier alone: a
    // review found surnames that are country codes or function words read as qualifiers
    ['a function before a surname', 'Write to sales.okonkwo@meridian-software.de'],
    ['a function before initials', 'Write to hr.js@meridian-software.de'],
    ['a function before a first name', 'Write to sales.anna@meridian-software.de'],
    ['a team word before a first name', 'Write to team.anna@meridian-software.de'],
    ['a team word before a surname', 'Write to team-okonkwo@meridian-software.de'],
    ['a desk word before initials', 'Write to devops.jk@meridian-software.de'],
    // A review of the twenty-first set's mailbox rules: a team's word alone at a freelancer's
    // domain, a fragment of a no-reply phrase or a surname after a function, free mail by name
    ['a team word alone at an initialled surname', 'Contact: devops@mkowalczyk.io'],
    ['a function at an initialled surname', 'Kontakt: info@jkowalski.dev'],
    ['a team word alone', 'Bitte an team@lauraplans.com'],
    ['a payroll desk at free mail', 'Salarii: salarizare@yahoo.ro'],
    ['an invoicing desk at free mail by another country', 'Sąskaitos: saskaitos@inbox.lt'],
    ['a team word at free mail under a country code', 'Kontakt: team@hotmail.nl'],
    ['a no-reply fragment after a team word', 'Write to team.mitte@meridian-software.de'],
    ['a surname after a function', 'Please cc sales.mailer@acme-corp.com on the quote.'],
    ['a function before a surname that is a country code', 'Write to sales.li@acme-components.de'],
    ['a function before a surname that is a function', 'Write to hr.bok@bouwbedrijf-utrecht.nl'],
    [
      'a function before initials that are another country',
      'Write to sales.mt@trading-company.com',
    ],
    [
      'a point of the compass alone (a surname)',
      'Med vänlig hälsning\nA. Nord\nnord@byggbolaget.se',
    ],
    [
      'a customs word that is a surname',
      'Mit freundlichen Grüßen\nK. Zoll\nzoll@steuerkanzlei-rhein.de',
    ],
    // A sole trader's domain with the name run together (a review of the nineteenth set's role words)
    ['an events desk at a name run together', 'Kontakt: event@sophiemueller.de'],
    ['a recruiting desk at a name run together', 'CV: rekry@mattivirtanen.fi'],
    ['a name run together before a word', 'Schreiben Sie an events@lauraschmidt-hochzeiten.de'],
    ['a person', 'Write to anna.berg@nordwind-energy.eu'],
    ['a sole trader named in the domain', 'Write to info@anna-weber.de'],
    ['a role mailbox called someone’s own', 'info@nordwind-energy.eu is my email address'],
    ['a post box at a domain named after a person', 'Send faktura til post@erik-hansen.no'],
    ['a Dutch person’s mailbox', 'Mail naar pieter.storing@janssenzonen.nl'],
    ['a person whose name starts like a service account', 'Write to svcek.anna@mailbox.org'],
    // A review's cases: a function's name at a mail service for anyone, a person's svc account
    ['a function name at a free mail service', 'Schreib an versand@gmx.de'],
    ['info at a free mail service', 'Contact: info@gmail.com'],
    ['a person’s service account', 'konto svc-jkowalski@firma.pl'],
    ['a person’s name before a no-reply word', 'Write to anna.noreply@nordwind-energy.eu'],
    ['a word holding a no-reply word', 'Write to snoreply@nordwind-energy.eu'],
    ['a person organising a meeting', 'ORGANIZER;CN=Anna Berg:mailto:anna.berg@fintek.si'],
    // A review's cases: a sole trader's own function mailbox, said so; a person's initials and
    // surname beside a no-reply word; a room named only by its name (no CUTYPE); an office's or
    // operations' mailbox (a sole trader's often is)
    ['a mailbox the writer calls theirs', 'Schreib mir einfach an info@hk-edv.de'],
    ['a Spanish sole trader’s mailbox', 'Escríbeme a info@garcialopez.es'],
    ['a Latvian sole trader’s mailbox', 'Rakstiet man: birojs@jb-konsultacijas.lv'],
    ['initials and a surname before a no-reply word', 'From: jkowalski-noreply@firma.pl'],
    ['a room named only by its name', 'ORGANIZER;CN=Raum Kantine:mailto:raum.kantine@lagerwerk.de'],
    ['an operations mailbox', 'varsler til drift@fjordkraftentreprenor.no'],
    ['an office mailbox', 'Écrivez à bureau@jd-conseil.fr'],
    // A second review's cases: an address labelled private or an employee's, an abbreviation's
    // dot before it, a room's or group's calendar entry (a person's address may stand there)
    ['an address labelled private', 'Privat: info@jv-holding.de'],
    ['an address labelled personal', 'Correo personal: info@firma.pt'],
    ['a Lithuanian "my e-mail"', 'Mano el. paštas: info@jk-paslaugos.lt'],
    ['a Finnish "write to me"', 'Kirjoita minulle: info@kt-konsult.ee'],
    ['a group’s calendar entry', 'ATTENDEE;CUTYPE=GROUP;CN=Alle:mailto:alle@lagerwerk.de'],
    ['a billing desk', 'Envie para faturacao@texteiscavado.pt'],
    ['an individual attendee', 'ATTENDEE;CUTYPE=INDIVIDUAL:mailto:jan.novak@fintek.si'],
    ['a room word in a text line', 'Meeting room booked by jan.novak@fintek.si'],
  ])('keeps %s personal', (_case, text) => {
    expect(categories(text)).toEqual(['contact']);
  });
});

// A mailbox naming no one, next to a company's name, may still be an employee's: it stays
// personal (fail closed); only a function's mailbox ('info@', 'press@') is the company's.
describe('emailRecognizer in a company context', () => {
  const categories = (text: string) =>
    emailRecognizer.find(text).map((finding) => finding.category);

  it.each([
    ['a mailbox naming no one', 'Officine Meccaniche Lombarde S.p.A. – PEC omlspa@legalmail.it'],
    ['a mailbox naming a person', 'Officine Meccaniche Lombarde S.p.A. – anna.rossi@oml.it'],
  ])('keeps %s personal in a letterhead', (_case, text) => {
    expect(categories(text)).toEqual(['contact']);
  });
});
