import { sectorIdRecognizer } from '../../../../shared/pii/recognizers/sector-id.js';

// UPN and onderwijsnummer from python-stdnum's tests, LANR from Presidio's (tests/fixtures/corpora).
const detected = (text: string) =>
  sectorIdRecognizer.find(text).map((finding) => ({
    value: text.slice(finding.start, finding.end),
    type: finding.type,
    scheme: finding.detail,
  }));

describe('sectorIdRecognizer', () => {
  it.each([
    ['gb.upn', 'EDUCATION_ID', 'Unique Pupil Number B801200005001', 'B801200005001'],
    ['nl.onderwijsnummer', 'EDUCATION_ID', 'onderwijsnummer 1012.22.331', '1012.22.331'],
    ['de.lanr', 'PROFESSIONAL_ID', 'LANR: 123456601 des behandelnden Arztes', '123456601'],
    ['de.lanr', 'PROFESSIONAL_ID', 'numer lekarza 987654401', '987654401'],
    // ORCID iDs: ORCID's documentation examples (Josiah Carberry's; one ending in 'X'), then
    // synthetic ones, next to the registry's name or in its URL.
    [
      'orcid',
      'PROFESSIONAL_ID',
      'orcid: "https://orcid.org/0000-0002-1825-0097"',
      '0000-0002-1825-0097',
    ],
    ['orcid', 'PROFESSIONAL_ID', 'ORCID iD 0000-0002-1694-233X', '0000-0002-1694-233X'],
    ['orcid', 'PROFESSIONAL_ID', '{"orcid":"0009-0005-1234-5676"}', '0009-0005-1234-5676'],
    ['orcid', 'PROFESSIONAL_ID', 'http://orcid.org/0000000218250097', '0000000218250097'],
    ['orcid', 'PROFESSIONAL_ID', 'Jane Roe (ORCID 0000 0002 1825 0097)', '0000 0002 1825 0097'],
    [
      'orcid',
      'PROFESSIONAL_ID',
      '<orcid-identifier>0000-0002-1694-233x</orcid-identifier>',
      '0000-0002-1694-233x',
    ],
  ])('finds %s in %j', (scheme, type, text, value) => {
    expect(detected(text)).toEqual([{ value, type, scheme }]);
  });

  // A student's or exam candidate's number after its label, in the EU/EEA languages (synthetic).
  it.each([
    ['DE Matrikel-Nr.', 'Betr.: Matrikel-Nr. 4173920, Modul INF-B-380', '4173920'],
    ['DE Matr.-Nr.', 'Matr.-Nr.: 4173920', '4173920'],
    ['DE Matrikelnummer', 'Matrikelnummer 4173 920 (Informatik)', '4173 920'],
    ['DE Studentenausweis-Nr.', 'Studentenausweis-Nr. 88120345', '88120345'],
    ['an XML attribute', '<student matrikelNr="4173920"/>', '4173920'],
    ['a JSON key', '{"student_id": "s2231407"}', 's2231407'],
    ['EN exam candidate', 'Candidate exam no. 218406, school roll no. 61120K', '218406'],
    ['EN candidate number', 'Candidate number: 4071', '4071'],
    ['EN matriculation number', 'matriculation number 2203917', '2203917'],
    ['FR numéro étudiant', "Numéro d'étudiant : 21904563", '21904563'],
    ['FR INE', 'N° INE 1234567890A', '1234567890A'],
    ['FR matricule', 'Matricule 004512', '004512'],
    ['IT matricola', 'numero di matricola 0001045872', '0001045872'],
    ['IT matricola alone', 'Matricola: 845120', '845120'],
    ['ES matrícula', 'Número de matrícula: 2019-04411', '2019-04411'],
    ['ES expediente académico', 'Nº de expediente académico 77310', '77310'],
    ['PT número de aluno', 'N.º de aluno 20211234', '20211234'],
    ['NL studentnummer', 'studentnummer s1234567', 's1234567'],
    ['PL numer albumu', 'nr albumu: 123456', '123456'],
    ['SV/DA/NO studentnummer', 'Studentnummer 554433', '554433'],
    ['DA studienummer', 'Studienr. 20194455', '20194455'],
    ['FI opiskelijanumero', 'opiskelijanumero 014412345', '014412345'],
    ['SL vpisna številka', 'Vpisna številka: 63210457', '63210457'],
    ['HR JMBAG', 'JMBAG 0036512345', '0036512345'],
    ['RO număr matricol', 'Nr. matricol 11245', '11245'],
    ['BG факултетен номер', 'Факултетен номер 121219001', '121219001'],
    ['a column under the label', 'Matrikelnummer;Note\n4173920;1,7\n4173921;2,3', '4173920'],
  ])('finds a student number: %s', (_case, text, value) => {
    expect(detected(text)[0]).toEqual({ value, type: 'EDUCATION_ID', scheme: 'student' });
  });

  it.each([
    ["an Irish school's roll number", 'school roll no. 61120K'],
    ['an order number', 'order no. 4173920'],
    ['an invoice number', 'Rechnungs-Nr. 4173920'],
    ['a room number', 'Room 4173'],
    ["a module's exam number", 'Prüfungsnummer 4173920'],
    ['an exam by its place in a series', 'exam no. 3'],
    ['a date after the label', 'Candidate number: 12.03.2024'],
    ['a number three words after the label', 'student number is not 4173920'],
    ['a count of students', 'student numbers rose to 12000'],
    ['a licence plate after the Spanish word alone', 'matrícula 4417-KLM'],
    ['a file number after expediente alone', 'Número de expediente: 2024/000123'],
  ])('finds no student number in %s', (_case, text) => {
    expect(detected(text)).toEqual([]);
  });

  it.each([
    ['a LANR without a doctor word', 'Bestellung 123456601'],
    ['a LANR with a wrong check digit', 'Arztnummer 123456901'],
    ['a UPN with a wrong check letter', 'UPN A801200005001'],
    ['a valid ORCID iD without the registry named', 'ref 0000-0002-1825-0097'],
    ['an ORCID-shaped number with a wrong check digit', 'ORCID 0000-0002-1825-0098'],
    ['an ORCID iD glued to a letter', 'orcid: a0000-0002-1825-0097'],
    ['an ORCID iD with mixed separators', 'orcid: 0000-0002 1825-0097'],
    ['sixteen digits far from the registry named', `ORCID ${'x'.repeat(60)} 0000-0002-1825-0097`],
    ['a card-length number after another word', 'order 0000-0002-1825-0097'],
  ])('ignores %s', (_case, text) => {
    expect(detected(text)).toEqual([]);
  });
});
