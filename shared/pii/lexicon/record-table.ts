import type { Span } from '../spans.js';
import { columnValues, headerRowOf } from './columns.js';
import { foldText } from './fold.js';

// A table of one row per person with a health column is health data about each of them, whether
// the rows carry names or pseudonyms ("lopenr;fodselsar;kjonn;diagnose", "patient_id;dx"): a
// pseudonymised extract stays personal data (GDPR recital 26). A column naming the person, their
// record or their birth says the rows are people; a count column says they are aggregates.

/** Header cells (folded, letters and digits only) that make each row one person. */
const RECORD_COLUMNS = new Set(
  ['patientid', 'patient', 'patientnr', 'patientno', 'patientnumber', 'patnr', 'pid', 'mrn']
    .concat(['subjectid', 'subject', 'participantid', 'participant', 'personid', 'person'])
    .concat(['pseudonym', 'pseudonymid', 'pseudoid', 'pseudo', 'studyid', 'caseid', 'recordid'])
    .concat(['lopenr', 'lopenummer', 'fallnummer', 'fallnr', 'patientennummer', 'patientenid'])
    .concat(['numeropatient', 'idpatient', 'idpaziente', 'idpaciente', 'patientnummer'])
    .concat(['birthyear', 'yearofbirth', 'yob', 'dob', 'dateofbirth', 'birthdate', 'fodselsar'])
    .concat(['fodselsdato', 'fodelsear', 'fodelsedatum', 'syntymavuosi', 'geburtsjahr'])
    .concat(['geburtsdatum', 'anneedenaissance', 'datedenaissance', 'annodinascita'])
    .concat(['datadinascita', 'anodenacimiento', 'fechadenacimiento', 'geboortejaar'])
    .concat(['geboortedatum', 'rokurodzenia', 'dataurodzenia', 'anodenascimento'])
    .concat(['datadenascimento', 'personnummer', 'cpr', 'hetu', 'pesel', 'bsn', 'nhsnumber']),
);

/** Header cells that count people: the rows are aggregates, no one's record. */
const COUNT_COLUMNS = new Set(
  ['n', 'count', 'counts', 'cases', 'number', 'numberofpatients', 'patients', 'total', 'sum']
    .concat(['antall', 'anzahl', 'aantal', 'nombre', 'numero', 'liczba', 'antal', 'lukumaara'])
    .concat(['pocet', 'frequency', 'freq', 'percent', 'pct', 'share', 'rate', 'anteil'])
    .concat(['prosent', 'procent', 'prozent', 'pourcentage', 'percentuale', 'porcentaje']),
);

const NOT_ALNUM = /[^a-z0-9]/g;
const MAX_HEADERS = 16;
const MAX_TRIED = 256;
const headerName = (text: string, cell: Span): string =>
  foldText(text.slice(cell.start, cell.end)).replace(NOT_ALNUM, '');

/**
 * The health terms that head a column of a per-person table with at least one row filled in
 * under them (see above), e.g. "diagnose" in "lopenr;fodselsar;diagnose\nP-1;1961;F10.2".
 */
export const recordTableHeads = (text: string, terms: readonly Span[]): Span[] => {
  if (terms.length === 0 || !text.includes('\n')) return [];
  const heads: Span[] = [];
  let headers = 0;
  let tried = 0;
  for (const term of terms) {
    // A few terms tried and headers read per text at most: each reads its line, a header the rows
    // below it (bounded work on any input: a text of nothing but health terms).
    if (++tried > MAX_TRIED) break;
    const header = headerRowOf(text, term);
    if (header === undefined) continue;
    if (++headers > MAX_HEADERS) break;
    const names = header.cells.map((cell) => headerName(text, cell));
    if (names.some((name) => COUNT_COLUMNS.has(name))) continue;
    if (!names.some((name, index) => index !== header.column && RECORD_COLUMNS.has(name))) {
      continue;
    }
    if (columnValues(text, [term], 1).length > 0) heads.push(term);
  }
  return heads;
};
