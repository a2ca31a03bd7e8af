import { writeFileSync } from 'node:fs';
import { SyncRedactor } from 'redact-pii';
import { classify } from '../../shared/pii/classify.js';
import {
  bareCases,
  excludedTypes,
  invalidIdentifiers,
  neutralCases,
  recallCases,
  validIdentifiers,
} from './cases.js';
import { CORPORA_DIR, loadCorpora } from './corpora.js';
import {
  compareOnLabelled,
  falsePositiveRate,
  LABELLED_CORPUS,
  labelledRows,
  measureLabelled,
  readLabelledCorpus,
  recall,
  redactPiiFlags,
} from './labelled.js';
import { flaggedBy, foundBy, measure, rate, redactedBy } from './measure.js';
import { hardWrap, PERTURBATIONS, perturbed } from './perturbations.js';
import { type AccuracyRun, renderReport } from './report.js';

/** `npm run bench:accuracy`: measures both classifiers on the public corpus, prints and saves. */
const REPORT = 'docs/accuracy.md';
const COMMAND = 'npm run bench:accuracy';

const corpora = loadCorpora(CORPORA_DIR);
const cases = {
  recall: recallCases(corpora),
  flags: neutralCases(corpora),
  bare: bareCases(corpora),
};
const redactor = new SyncRedactor();
const redact = redactedBy((text) => redactor.redact(text));

const run: AccuracyRun = {
  date: new Date().toISOString().slice(0, 10),
  command: COMMAND,
  corpora,
  valid: validIdentifiers(corpora),
  invalid: invalidIdentifiers(corpora),
  excluded: excludedTypes(corpora),
  ours: {
    recall: measure(cases.recall, foundBy(classify)),
    flags: measure(cases.flags, flaggedBy(classify)),
    bare: measure(cases.bare, foundBy(classify)),
  },
  redactPii: {
    recall: measure(cases.recall, redact),
    flags: measure(cases.flags, redact),
    bare: measure(cases.bare, redact),
  },
};

const personal = (text: string) => classify(text).classification === 'personal';
const labelledTable = (title: string, path: string): string => {
  const { ours, redactPii } = compareOnLabelled(readLabelledCorpus(path), personal);
  const theirs = new Map(labelledRows(redactPii).map((row) => [row.group, row]));
  const lines = labelledRows(ours).map((row) => {
    const other = theirs.get(row.group);
    return `| ${row.group} | ${row.personal} | ${row.recall} | ${other?.recall ?? '–'} | ${row.nonSensitive} | ${row.falsePositives} | ${other?.falsePositives ?? '–'} |`;
  });
  return [
    `## ${title}`,
    '',
    `\`${path}\`: payloads written for this project (fictional people and numbers), labelled personal or non-sensitive.`,
    '',
    '| group | personal | recall cris-router | recall redact-pii | non-sensitive | false positives cris-router | false positives redact-pii |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...lines,
    '',
  ].join('\n');
};

const percent = (value: number): string => `${value.toFixed(1)}%`;

/** Both classifiers on the labelled payloads (corpus and held-out set) in each rewritten form. */
const robustnessTable = (): string => {
  const payloads = [
    ...readLabelledCorpus(LABELLED_CORPUS),
    ...readLabelledCorpus('tests/fixtures/labelled/holdout.jsonl'),
  ];
  const theirs = redactPiiFlags();
  const lines = PERTURBATIONS.map((perturbation) => {
    const rewritten = perturbed(payloads, perturbation);
    const ours = measureLabelled(rewritten, personal).overall;
    const other = measureLabelled(rewritten, theirs).overall;
    return `| ${perturbation.name} | ${perturbation.description} | ${rewritten.length} | ${percent(recall(ours))} | ${percent(recall(other))} | ${percent(falsePositiveRate(ours))} | ${percent(falsePositiveRate(other))} |`;
  });
  return [
    '## Robustness: the labelled payloads rewritten as they arrive',
    '',
    'The labelled corpus and the held-out set, each payload rewritten whole (`bench/accuracy/perturbations.ts`). `npm test` asserts the same floors as for the texts as written (`tests/shared/pii/robustness.test.ts`).',
    '',
    '| rewrite | how | payloads | recall cris-router | recall redact-pii | false positives cris-router | false positives redact-pii |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...lines,
    '',
  ].join('\n');
};

/** Both classifiers on the public-corpus sentences hard-wrapped as a mail client sends them. */
const wrappedTable = (): string => {
  const lines = [40, 25].map((width) => {
    const wrap = (list: typeof cases.recall) =>
      list.map((item) => ({ ...item, text: hardWrap(item.text, width) }));
    const recallCasesWrapped = wrap(cases.recall);
    const flagCasesWrapped = wrap(cases.flags);
    const found = rate(measure(recallCasesWrapped, foundBy(classify)).overall);
    const foundTheirs = rate(measure(recallCasesWrapped, redact).overall);
    const flagged = rate(measure(flagCasesWrapped, flaggedBy(classify)).overall);
    const flaggedTheirs = rate(measure(flagCasesWrapped, redact).overall);
    return `| ${width} columns | ${recallCasesWrapped.length} | ${percent(found)} | ${percent(foundTheirs)} | ${flagCasesWrapped.length} | ${percent(flagged)} | ${percent(flaggedTheirs)} |`;
  });
  return [
    '## Robustness: the public-corpus sentences hard-wrapped',
    '',
    'The sentences above, wrapped where a space was as a mail client sends plain text, so identifiers written in groups break across lines next to their labels. `npm test` asserts the same floors (`tests/bench/accuracy.test.ts`).',
    '',
    '| wrapped at | valid identifiers | recall cris-router | recall redact-pii | invalid look-alikes | flagged cris-router | flagged redact-pii |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...lines,
    '',
  ].join('\n');
};

const report = [
  renderReport(run),
  labelledTable('Labelled corpus (targets: recall >= 99%, false positives <= 5%)', LABELLED_CORPUS),
  labelledTable('Held-out labelled set', 'tests/fixtures/labelled/holdout.jsonl'),
  labelledTable(
    'Red-team set (written blind on 2026-11-29: 88.8% recall, 16.3% false positives when first measured)',
    'tests/fixtures/labelled/redteam.jsonl',
  ),
  labelledTable(
    'Second red-team set (written blind on 2026-11-29: 78% recall, 21% false positives when first measured)',
    'tests/fixtures/labelled/redteam2.jsonl',
  ),
  labelledTable(
    'Third red-team set (written blind after the fixes of the first two: 88% recall, 39% false positives when first measured)',
    'tests/fixtures/labelled/redteam3.jsonl',
  ),
  labelledTable(
    'Fourth red-team set (written blind on 2026-11-29 after the fixes of the first three, aimed at encodings, tables, OCR and people singled out without a name: 71.0% recall, 27.2% false positives when first measured; redact-pii 74.2% and 60.5%)',
    'tests/fixtures/labelled/redteam4.jsonl',
  ),
  labelledTable(
    'Fifth red-team set (written blind on 2026-11-29 after the fixes of the first four, aimed at machine and industry formats: 86.0% recall, 31.4% false positives when first measured; redact-pii 94.7% and 84.8%)',
    'tests/fixtures/labelled/redteam5.jsonl',
  ),
  labelledTable(
    'Sixth red-team set (written blind on 2026-11-29 after the fixes of the first five, aimed at speech-to-text transcripts, smaller and co-official languages, informal writing and web artefacts: 79.7% recall, 33.0% false positives when first measured; redact-pii 81.3% and 67.0%)',
    'tests/fixtures/labelled/redteam6.jsonl',
  ),
  labelledTable(
    'Seventh red-team set (written blind on 2026-11-29 after the fixes of the first six, aimed at HR, health, legal, banking and public-sector workflows, SEPA/camt/MT940, SQL, iCalendar, git logs, EXIF, PDF and OCR text, look-alike letters and leetspeak: 89.2% recall, 41.2% false positives when first measured; redact-pii 89.2% and 80.0%)',
    'tests/fixtures/labelled/redteam7.jsonl',
  ),
  labelledTable(
    'Eighth red-team set (written blind on 2026-11-29 after the fixes of the first seven, aimed at insurance, schools and universities, tenancy, church and court registers, genealogy, dating-app moderation, union dues, pharmacy and veterinary records, telematics, smart meters, sole traders, configs, LaTeX, RTF, vCard, XML, protobuf, SQL hex, spreadsheet formulas and Unicode tricks: 90.1% recall, 27.7% false positives when first measured; redact-pii 95.0% and 80.9%)',
    'tests/fixtures/labelled/redteam8.jsonl',
  ),
  labelledTable(
    'Ninth red-team set (written blind on 2026-11-29 after the fixes of the first eight, aimed at support macros, diarised transcripts, whistleblowing, immigration, welfare, child protection, probation, wills, clinical trials, dental and fertility records, wearables, smart homes, travel records, e-mail headers, HAR files, infrastructure code and Unicode tricks (circled and small-capital letters, Braille, variation selectors, HTML comments, Python byte strings): 91.5% recall, 22.7% false positives when first measured; redact-pii 95.8% and 63.9%)',
    'tests/fixtures/labelled/redteam9.jsonl',
  ),
  labelledTable(
    'Tenth red-team set (written blind on 2026-11-29 after the fixes of the first nine, aimed at everyday business mail and chat: first names alone, nicknames, names from outside Europe, ids typed casually or split over messages, special categories in everyday words, people singled out by combination, and hard negatives (brands, streets and storms named after people, placeholders): 66.7% recall, 44.9% false positives when first measured; redact-pii 67.5% and 85.7%)',
    'tests/fixtures/labelled/redteam10.jsonl',
  ),
  labelledTable(
    'Eleventh red-team set (written blind on 2026-11-29 after the fixes of the first ten, aimed at what people paste into AI assistants: threads to summarise, letters to translate, CVs, code and table samples, meeting transcripts, lab results, contracts, survey answers, issue text, news and fiction: 95.7% recall, 48.4% false positives when first measured; redact-pii 92.3% and 72.6%)',
    'tests/fixtures/labelled/redteam11.jsonl',
  ),
  labelledTable(
    'Twelfth red-team set (written blind on 2026-11-29 after the fixes of the first eleven, aimed at degraded and informal text: speech-to-text in lower case, OCR errors, text without diacritics, Greeklish and transliteration, messenger style and code-switching, split or masked identifiers: 76.5% recall, 29.5% false positives when first measured; redact-pii 74.8% and 54.7%)',
    'tests/fixtures/labelled/redteam12.jsonl',
  ),
  labelledTable(
    'Thirteenth red-team set (written blind on 2026-11-29 after the fixes of the first twelve, aimed at people inside technical strings and metadata: file names and paths, object keys, URL slugs, git branches, CamelCase and hashtags, user names and mailboxes, logs and query strings, configs, calendar and document metadata, chat exports, AI tool calls: 71.7% recall, 34.8% false positives when first measured; redact-pii 89.4% and 77.2%)',
    'tests/fixtures/labelled/redteam13.jsonl',
  ),
  labelledTable(
    'Fourteenth red-team set (written blind on 2026-11-29 after the fixes of the first thirteen, aimed at special categories and criminal data as people write them about one person: everyday words, slang, brand names of drugs, first-person disclosures in 31 languages, people singled out by role and place, against the same topics with no individual (leaflets, statistics, templates, history, fiction): 79.5% recall, 32.0% false positives when first measured; redact-pii 69.2% and 58.3%)',
    'tests/fixtures/labelled/redteam14.jsonl',
  ),
  labelledTable(
    "Fifteenth red-team set (written blind on 2026-11-29 after the fixes of the first fourteen, aimed at contact and online identifiers of one person: phones of every EU/EEA country, the UK and CH in their formats, addresses in each country's format, e-mails plain and obfuscated, IPs, MACs, device and advertising ids, plates with an owner, birth dates, handles; against switchboards, hotlines, shops, documentation ranges and version numbers: 89.2% recall, 50.5% false positives when first measured; redact-pii 85.0% and 79.6%)",
    'tests/fixtures/labelled/redteam15.jsonl',
  ),
  labelledTable(
    "Sixteenth red-team set (written blind on 2026-11-29 after the fixes of the first fifteen, aimed at identifiers as they appear in documents and data: payslips, tax, social-security and health-insurance papers, MRZ lines, SEPA mandates, exports; also encoded (base64, MIME, PEM, URL, quoted-printable, HTML entities, JSON escapes) or hostile (injected instructions, zero-width characters, full-width digits, homoglyphs), against companies' records, checksum-invalid look-alikes and encoded content with no person: 99.1% recall, 42.3% false positives when first measured)",
    'tests/fixtures/labelled/redteam16.jsonl',
  ),
  labelledTable(
    "Seventeenth red-team set (written blind on 2026-11-29 after the fixes of the first sixteen, aimed at personal data as systems and interchange formats carry it: vCard, iCalendar, HL7, FHIR, DICOM, SQL dumps, LDIF, JWTs, logs and stack traces, webhooks, EDIFACT, UBL and SEPA XML, spreadsheets; against schemas, templates, configs, companies' master data, metrics and checksum-invalid look-alikes: 100% recall, 52.7% false positives when first measured; redact-pii 98.2% and 93.6%)",
    'tests/fixtures/labelled/redteam17.jsonl',
  ),
  labelledTable(
    'Eighteenth red-team set (written blind on 2026-11-29, aimed at text written wholly in one case: OCR of forms, telex, SWIFT and aviation messages in capitals; speech to text, voice notes, SMS and chat in lower case; file names and keys in snake case; against headings, notices, streets, menus and products named after people, weather and shipping messages in the same forms: 81.0% recall, 27% false positives when first measured, after the first changes of the session that added it (69.0% and 16% with the code before them); redact-pii 68% and 57%)',
    'tests/fixtures/labelled/redteam18.jsonl',
  ),
  labelledTable(
    'Nineteenth red-team set (written blind on 2026-11-29, aimed at traffic as an AI gateway sees it: chat-completion and Bedrock Converse request bodies, agent tool calls and results, RAG prompts with retrieved chunks, summarise, translate and extract instructions over e-mail threads, transcripts and voice notes, router tricks and code-assistant prompts; against prompts about people in general, model and product names that are first names, companies and streets named after people, marked placeholders, invoices and public figures: 97.3% recall, 47.7% false positives when first measured; redact-pii 93.8% and 78.4%)',
    'tests/fixtures/labelled/redteam19.jsonl',
  ),
  labelledTable(
    'Twentieth red-team set (written blind on 2026-11-30, aimed at long documents, 1.5 to 5 KB, with one personal needle deep inside: contracts, minutes, audit reports, tenders, policies, mail threads, chat and data exports, some needles in another language than the document; the near-misses are the same documents without it: 96.5% recall, 84.0% false positives when first measured; redact-pii 100% and 100%)',
    'tests/fixtures/labelled/redteam20.jsonl',
  ),
  labelledTable(
    "Twenty-first red-team set (written blind on 2026-11-30, aimed at enterprise machine formats: iCalendar, vCard, LDIF, MIME mail, SEPA XML, MT940, e-invoices, EDIFACT and X12, payroll and social-security filings of every EU country, FHIR, DICOM and HL7, configs, SQL, CSV, git, logs, JWTs, GPX tracks, badge logs and PDF form fields; against the same formats with companies' data, service accounts, placeholders and look-alikes: 95.5% recall (its five debatable rows), 52.8% false positives when first measured; redact-pii 98.2% and 97.8%)",
    'tests/fixtures/labelled/redteam21.jsonl',
  ),
  labelledTable(
    "Twenty-second red-team set (written blind on 2026-11-30, aimed at what a browsing agent sends to a model: raw HTML with values in attributes, hidden inputs and script state, accessibility trees, aria snapshots and element lists, pages as Markdown, reader text and OCR, the agent's plans, tool calls and form errors, from CRM, HR, hospital, school, bank and government pages; against empty forms, demo tenants, company pages, product listings and dashboards: 97.3% recall, 71.1% false positives when first measured; redact-pii 99.1% and 98.9%)",
    'tests/fixtures/labelled/redteam22.jsonl',
  ),
  labelledTable(
    'Twenty-third red-team set (written blind on 2026-11-30, aimed at people whose names and lives are written outside the Latin alphabet in EU traffic: statements, letters and messages in Arabic, Persian, Urdu, Pashto, Kurdish, Hebrew, Tigrinya, Amharic, Tamil, Nepali, Chinese, Armenian, Georgian, Ukrainian and more, names in native script beside transliterations, Eastern Arabic digits, Persian-calendar dates; against news, scripture, recipes, public figures of history, statistics and glossaries in the same scripts: 80.2% recall, 32.6% false positives when first measured; redact-pii 83.8% and 58.4%)',
    'tests/fixtures/labelled/redteam23.jsonl',
  ),
  labelledTable(
    "Twenty-fourth red-team set (written blind on 2026-11-30, aimed at the traffic of LLM applications themselves: chat histories with an assistant's memory of the user, RAG chunks with metadata, tool and MCP calls and results, fine-tuning and evaluation JSONL, filled prompt templates, OpenTelemetry spans, agent traces, embeddings and vector-store upserts; against unfilled templates, system prompts, token logs, manuals, laws, news of heads of government and companies' contact data: 99.0% recall, 26.3% false positives when first measured; redact-pii 97.0% and 79.8%)",
    'tests/fixtures/labelled/redteam24.jsonl',
  ),
  labelledTable(
    "Twenty-fifth red-team set (written blind on 2026-11-30, aimed at public-sector and justice traffic: judgments pseudonymised in each country's style, police and probation notes, social services and child protection, benefit, tax, immigration and civil-status files, municipal letters, FOI releases; against laws, statistics, tenders, council minutes, press releases naming ministers, fee tables, blank forms and case references: 94.0% recall, 37.0% false positives when first measured; redact-pii 100% and 89%)",
    'tests/fixtures/labelled/redteam25.jsonl',
  ),
  labelledTable(
    "Twenty-sixth red-team set (written blind on 2026-11-30, aimed at healthcare traffic: clinical notes, discharge and referral letters, radiology, pathology and lab reports, prescriptions, sick notes, handovers, patient messages, HL7, FHIR, DICOM and trial forms; against guidelines, leaflets, code lists, statistics, blank forms, fictional teaching cases and wards' numbers: 99.0% recall (its one debatable row), 22.0% false positives when first measured; redact-pii 99% and 82%)",
    'tests/fixtures/labelled/redteam26.jsonl',
  ),
  labelledTable(
    'Twenty-seventh red-team set (written blind on 2026-11-30, aimed at banking, payments, insurance and credit traffic: KYC and AML files, loan applications, credit-bureau extracts, collection letters, card disputes, statements, claims, complaints and call transcripts; against fee schedules, statistics, scoring-model documents, blank forms, specimen statements, corporate payments, market commentary, regulatory texts and test cards: 98.0% recall (its two debatable rows), 51.0% false positives when first measured; redact-pii 100% and 93%)',
    'tests/fixtures/labelled/redteam27.jsonl',
  ),
  labelledTable(
    "Twenty-eighth red-team set (written blind on 2026-11-30, aimed at e-commerce, retail, logistics, travel, hospitality, telecoms and utilities customer operations: orders and returns, courier scans, customs declarations, bookings and passenger records, loyalty exports, call-centre notes, contract changes, meter readings, collections, reviews, fraud notes, telematics, CRM exports and shop webhooks; against companies' records, hotlines, tracking and order numbers, barcodes, flight numbers, tariffs, statistics, product names that are first names and templates: 96.0% recall (two of its four misses debatable), 47.0% false positives when first measured; redact-pii 97% and 88%)",
    'tests/fixtures/labelled/redteam28.jsonl',
  ),
  labelledTable(
    "Twenty-ninth red-team set (written blind on 2026-11-30, aimed at work and education: CVs, interview notes, performance reviews, disciplinary, sick-leave and return-to-work records, payroll exports, works-council minutes, whistleblowing, colleagues' chat, school reports, special-needs plans, transcripts, exam appeals, student-welfare notes, plagiarism cases, class lists, parents' chat and LMS logs; against job adverts, salary bands, HR statistics, policies, course catalogues, timetables, rubrics, exam questions, templates, institutions named after people, historical figures and fictional characters: 88.0% recall (six of its twelve misses debatable), 57.0% false positives when first measured; redact-pii 95% and 91%)",
    'tests/fixtures/labelled/redteam29.jsonl',
  ),
  labelledTable(
    "Thirtieth red-team set (written blind on 2026-11-30, aimed at software and data engineering traffic: JSON logs, access logs, stack traces and crash reports, SQL and result sets, pandas prints, analytics events, CI output, code reviews and test reports, issue tickets, YAML, .env, Terraform and Kubernetes configs, API and webhook bodies, CSV exports, monitoring alerts; against companies' configs and contact blocks, infrastructure addresses, service accounts, metrics, validators' test data with checksum-invalid look-alikes and tools named like people: 99.0% recall, 63.0% false positives when first measured; redact-pii 98% and 91%)",
    'tests/fixtures/labelled/redteam30.jsonl',
  ),
  labelledTable(
    "Thirty-first red-team set (written blind on 2026-11-30, aimed at marketing, sales and customer-success traffic: CRM notes and account histories, lead lists, segment definitions, campaign briefs, A/B and funnel reports, survey and NPS verbatims, review replies, call summaries, event registrations with dietary needs, influencer briefs, ad audiences, loyalty and win-back campaigns, cold outreach, churn notes, social DMs, testimonials, CRM exports and webhooks; against aggregated statistics, fictional personas, merge-tag templates, companies' account data, public figures in market commentary, product names that are first names and generic health or religion marketing: 100% recall, 42.0% false positives when first measured; redact-pii 97% and 73%)",
    'tests/fixtures/labelled/redteam31.jsonl',
  ),
  labelledTable(
    "Thirty-second red-team set (written blind on 2026-11-30, aimed at utilities, energy, telecom, mobility and housing: smart-meter readings and arrears letters, switching and social-tariff requests, SIM swaps, porting and fraud notes, network logs with IMSI, IMEI and ICCID, telematics with VINs and plates, parking and speeding fines, EV charging sessions, tenancy applications, rent arrears, caretakers' notes and access logs; against consumption statistics, tariff tables, meter datasheets, network KPIs, recalls by VIN range, pool cars, public charging points and documentation test values: 100% recall, 11.0% false positives when first measured; redact-pii 97% and 92%)",
    'tests/fixtures/labelled/redteam32.jsonl',
  ),
  labelledTable(
    "Thirty-third red-team set (written blind on 2026-11-30, aimed at research, genomics and biometrics: trial screening logs, adverse-event reports, consent withdrawals, monitors' queries, variant reports, pedigrees, cascade-testing letters, biobank manifests, DNA-match messages, VCF lines, fingerprint, face and voiceprint enrolment logs, keystroke studies, interview transcripts, field notes, small-cell tables and ethics applications; against aggregate results, protocols, variant descriptions, cell lines and model organisms, eponymous diseases and tests, citations, synthetic participants and biometric benchmarks: 94% recall, 11.0% false positives when first measured; redact-pii 90% and 55%)",
    'tests/fixtures/labelled/redteam33.jsonl',
  ),
  labelledTable(
    "Thirty-fourth red-team set (written blind on 2026-11-30, aimed at civil society and private life: charities' beneficiary notes, donor lists and food-bank registers, sports clubs, doping controls and fitness-app exports, dating and social apps' profiles and moderation queues, gaming reports and bans, parish registers and religious communities, asylum and legal-aid intake, party members, canvassing and petitions, union rosters and grievances, LGBTQ+, addiction and re-entry support groups; against organisations' bank, tax and registry data, statistics, people long dead, fictional characters, templates and checksum-invalid look-alikes: 98.0% recall, 49.0% false positives when first measured; redact-pii 93% and 72%)",
    'tests/fixtures/labelled/redteam34.jsonl',
  ),
  labelledTable(
    "Thirty-fifth red-team set (written blind on 2026-11-30, aimed at small businesses, the self-employed and platform work: sole traders' and freelancers' invoices, farmers' subsidy applications and herd registers, tradespeople's quotes and job sheets, couriers' and drivers' payouts, deactivation appeals and background checks, childminders, market permits, loyalty lists, CCTV notices, bookkeeping exports (SAF-T, DATEV, FEC), business-register extracts naming owners and directors, sole traders' insolvency, debt collection and tax audits; against companies' own data, statistics, templates, placeholders, look-alikes with broken checksums and people long dead: 99.0% recall, 46.9% false positives when first measured; redact-pii 100% and 93.9%)",
    'tests/fixtures/labelled/redteam35.jsonl',
  ),
  labelledTable(
    "Thirty-sixth red-team set (written blind on 2026-11-30, aimed at media, journalism, publishing, culture and entertainment: newsroom tips and source-protection notes, interviews with private people, letters to the editor, correction and right-to-be-forgotten requests, subscriber exports, comment moderation, casting and agency files, call sheets with emergency contacts, royalty statements, book contracts, obituaries naming the living, court reporting, creators' payouts, library loans; against public figures in their public role, reviews and fiction, press offices' contacts, audience statistics, templates, people long dead, ISBNs, ISRCs and look-alikes with broken checksums: 98.0% recall, 60% false positives when first measured; redact-pii 99% and 84%)",
    'tests/fixtures/labelled/redteam36.jsonl',
  ),
  labelledTable(
    "Thirty-seventh red-team set (written blind on 2026-11-30, aimed at translation and localisation traffic: civil-status certificates, diplomas and transcripts, medical reports, judgments and police reports, references, bank statements, tenancy contracts, asylum and visa papers and family letters sent to be translated, often bilingual side by side, with names transliterated between scripts, translators' notes and OCR errors; against UI strings and resource files (.po, XLIFF, JSON) with placeholders, glossaries, marketing copy, manuals, blank forms, subtitles and lyrics, public-domain documents, translation memories, MT quality reports and specimen certificates: 98.1% recall, 36.1% false positives when first measured; redact-pii 100% and 67%)",
    'tests/fixtures/labelled/redteam37.jsonl',
  ),
  labelledTable(
    "Thirty-eighth red-team set (written blind on 2026-11-30, aimed at small healthcare and care businesses: pharmacies' prescriptions, dispensing logs and deliveries, dentists' plans and recalls, opticians, physiotherapists, private psychologists' reminders and invoices, veterinarians' records naming owners, care homes' rotas, handovers and incident reports, home care, hearing-aid shops and funeral homes naming living relatives; against drug monographs, price lists, shops' contact blocks, catalogues, animals with no owner, care-home menus and activity plans, audits, training material, historical funeral notices and look-alikes with broken checksums: 97.0% recall, 37.0% false positives when first measured; redact-pii 97% and 83%)",
    'tests/fixtures/labelled/redteam38.jsonl',
  ),
  labelledTable(
    'Thirty-ninth red-team set (written blind on 2026-11-30, aimed at the public sector, civic life and politics: canvassing notes and party membership lists, petitions and their signatories, voter rolls, polling-station reports, ombudsman complaints, building, parking and event permits, traffic fines, civil registry, pensions and benefits, council minutes singling residents out, FOI requests; against election results, statistics, procurement notices, budgets, press releases, templates, blank forms, people long dead and look-alikes with broken checksums: 93.0% recall, 27.0% false positives when first measured; redact-pii 96% and 86%)',
    'tests/fixtures/labelled/redteam39.jsonl',
  ),
  labelledTable(
    "Fortieth red-team set (written blind on 2026-11-30, aimed at utilities, telecoms, property and the platform economy: smart-meter and medical-priority registers, disconnection notices, SIM registration and call records, caretakers' logs, tenant screening and rent arrears, couriers' and drivers' chats, deactivation appeals and accident reports, co-working and co-living, dating apps' moderation reports; against outage notices, tariffs, aggregate statistics, listings with agencies' contacts, telemetry, templates, streets named after people and look-alikes with broken checksums: 83.0% recall, 28.0% false positives when first measured; redact-pii 83% and 69%)",
    'tests/fixtures/labelled/redteam40.jsonl',
  ),
  labelledTable(
    "Forty-first red-team set (written blind on 2026-11-30, aimed at sport, fitness, wellness and personal care: gyms' health questionnaires, membership freezes and door logs, personal trainers' notes, wearables' and fitness apps' exports, amateur and youth clubs' registrations, injury reports, team doctors' notes, safeguarding, anti-doping and disciplinary decisions, race results, ski and swimming schools, spas, hair and beauty salons, tattoo studios; against training plans, nutrition facts, league tables, professional athletes' public results, timetables, price lists with companies' data, templates and telemetry: 85.0% recall, 37.0% false positives when first measured; redact-pii 89% and 68%)",
    'tests/fixtures/labelled/redteam41.jsonl',
  ),
  labelledTable(
    "Forty-second red-team set (written blind on 2026-11-30, aimed at non-profits, faith communities, volunteering and social support: donor databases, gift-aid declarations and direct-debit mandates, parish, mosque and synagogue registers, pastoral notes, volunteers' background checks, food banks' and shelters' intake forms and logs, refugee casework in Arabic and Persian, peer groups, LGBTQ+ helplines, scouts' consents and allergy lists; against sermons, annual reports, fundraising templates, organisations' numbers and accounts, saints, volunteer job ads, policies and fictional case studies: 92.0% recall, 37.0% false positives when first measured; redact-pii 87% and 74%)",
    'tests/fixtures/labelled/redteam42.jsonl',
  ),
  labelledTable(
    "Forty-third red-team set (written blind on 2026-12-01, aimed at emergency services, police, fire, ambulance, civil protection, search and rescue, lost and found, missing persons and road accidents: 112 calls transcribed in lower case, dispatch and radio logs, incident reports, police blotters and press releases, witness statements, coastguard and mountain-rescue logs, shelters' lists; against statistics, procedures, drills with dummies, call signs, fleet lists, hotlines, organisations' contacts, office holders in their roles and look-alikes with broken checksums: 78.0% recall, 35.0% false positives when first measured; redact-pii 82% and 84%)",
    'tests/fixtures/labelled/redteam43.jsonl',
  ),
  labelledTable(
    "Forty-fourth red-team set (written blind on 2026-12-01, aimed at online communities, gaming, dating and social apps, forums, moderation, fan communities and streaming: moderation queues and ban appeals, chat logs with handles, dating profiles and reports, GDPR exports, game servers' logs, tournament registrations, guild applications, trust-and-safety escalations, age verification; against game lore, fan fiction, bots, moderation statistics, patch notes, match and server ids, organisations' contacts, templates and look-alikes with broken checksums: 88.0% recall, 31.0% false positives when first measured; redact-pii 85% and 78%)",
    'tests/fixtures/labelled/redteam44.jsonl',
  ),
  labelledTable(
    "Forty-fifth red-team set (written blind on 2026-12-01, aimed at agriculture, veterinary practice, animals and rural life: subsidy applications, livestock movements, vets' records and invoices, pet and horse passports, hunting licences, co-operatives' minutes, village chats, animal-welfare prosecutions, farm accidents; against animals' names, pedigrees without owners, holding numbers of companies, subsidy statistics, agronomy advice, co-operatives' and agencies' contacts and officials in their roles: 81.0% recall, 33.0% false positives when first measured; redact-pii 92% and 82%)",
    'tests/fixtures/labelled/redteam45.jsonl',
  ),
  labelledTable(
    "Forty-sixth red-team set (written blind on 2026-12-01, aimed at insurance, pensions, credit, fintech KYC and AML, and debt collection: claims and adjusters' notes, life-cover medical questionnaires, loan applications, credit extracts, KYC checks, suspicious-activity reports, chargebacks, collection letters and call notes, insolvency notices; against product terms, premium tables, actuarial statistics, companies' accounts and VAT ids, documentation's sample IBANs and test cards, regulators' notices and templates: 87.0% recall, 38.0% false positives when first measured; redact-pii 94% and 80%)",
    'tests/fixtures/labelled/redteam46.jsonl',
  ),
  labelledTable(
    "Forty-seventh red-team set (written blind on 2026-12-01, aimed at travel, hospitality and mobility: hotels' guest registration and police uploads, airlines' booking records, passenger lists, cabin and ferry incident reports, special assistance, lost luggage, car rental damage and fines, ride-hailing and taxi transcripts, parking and tolls, tour operators' and hotels' staff memos; against booking references, flight numbers, timetables, fare tables, seat maps, hotels' and airlines' contacts and VAT ids, public test cards and specimen passports, literary and historical routes: 87.0% recall, 43.0% false positives when first measured; redact-pii 91% and 92%)",
    'tests/fixtures/labelled/redteam47.jsonl',
  ),
  labelledTable(
    "Forty-eighth red-team set (written blind on 2026-12-01, aimed at housing, real estate and property: tenancy applications, rent arrears and evictions, deposit disputes, viewings, condominium minutes, caretakers' work orders, smart-lock logs, neighbour disputes and building chats, social-housing allocation; against cadastral and land-register numbers without owners, listing and certificate numbers, rent indices, agencies' contacts and VAT ids, house rules, templates, historic houses and look-alikes with broken checksums: 95.0% recall, 37.0% false positives when first measured; redact-pii 88% and 86%)",
    'tests/fixtures/labelled/redteam48.jsonl',
  ),
  labelledTable(
    "Forty-ninth red-team set (written blind on 2026-12-01, aimed at death and what follows it: funeral arrangements, obituaries and death notices naming living relatives, condolences, wills and probate, life-insurance death claims, grave-plot holders, memorial sites, genealogy, hospice handovers, organ donation; against parish registers and genealogies of people dead for a century, historical figures' graves, mortality statistics, funeral homes' price lists and contacts, templates and look-alikes with broken checksums: 97.0% recall, 58.0% false positives when first measured; redact-pii 95% and 92%)",
    'tests/fixtures/labelled/redteam49.jsonl',
  ),
  labelledTable(
    "Fiftieth red-team set (written blind on 2026-12-01, aimed at childhood and parenting: nurseries' daily reports and allergy lists, pick-up authorisations, class parents' chats, report cards, special-needs plans, absence notes, bullying and child-protection reports, custody notes, childcare subsidies, camps, parenting and pregnancy apps, foster care; against class and group names, menus with allergen codes, schools' contacts, policies, name days and saints' days, children's books' characters, templates and look-alikes with broken checksums: 93.0% recall, 39.0% false positives when first measured; redact-pii 86% and 73%)",
    'tests/fixtures/labelled/redteam50.jsonl',
  ),
  labelledTable(
    "Fifty-first red-team set (written blind on 2026-12-01, aimed at migration, asylum, consular and integration services: asylum interview notes, reception and detention centres' logs, interpreters' job sheets, border incident notes, legal-aid intake, integration courses' registers, family reunification, caseworkers' chats, in 39 languages with Persian, Pashto and Somali; against asylum statistics, country-of-origin reports, policies, form guidance, templates, offices' contacts and look-alikes with broken checksums: 74.0% recall, 19.0% false positives when first measured; redact-pii 81% and 55%)",
    'tests/fixtures/labelled/redteam51.jsonl',
  ),
  labelledTable(
    "Fifty-second red-team set (written blind on 2026-12-01, aimed at manufacturing, construction and workplace safety: accident and near-miss reports, shift handovers, occupational-health referrals, alcohol tests, permits to work, toolbox talks, posted workers' lists, union minutes, site chats; against machine serials, part and batch numbers, standards, safety statistics, procedures, cranes named like people, companies' ids and look-alikes with broken checksums: 76.0% recall, 26.0% false positives when first measured; redact-pii 68% and 65%)",
    'tests/fixtures/labelled/redteam52.jsonl',
  ),
  labelledTable(
    "Fifty-third red-team set (written blind on 2026-12-01, aimed at armed forces, veterans, prisons, probation and private security: call-up letters, service records, medical boards, veterans' support files, prison wing logs, visitor lists, adjudications, parole summaries, guards' incident books, barracks chats; against units and ranks without persons, equipment numbers, prison statistics, regulations, war memorials of the long dead, ships named after people and look-alikes with broken checksums: 85.0% recall, 50.0% false positives when first measured; redact-pii 86% and 65%)",
    'tests/fixtures/labelled/redteam53.jsonl',
  ),
  labelledTable(
    "Fifty-fourth red-team set (written blind on 2026-12-01, aimed at cars and roads: garages' job cards, car sales and leasing files, fleet driver logs, rental damage reports, roadside assistance, fines and tolls, driving schools, licence medicals, accident report forms, private sellers' ads, car-sharing and charging support; against VINs, part and type-approval numbers, recalls, models named like people, dealers' details, fleet statistics, templates and look-alikes with broken checksums: 94.0% recall, 43.0% false positives when first measured; redact-pii 82% and 75%)",
    'tests/fixtures/labelled/redteam54.jsonl',
  ),
  labelledTable(
    "Fifty-fifth red-team set (written blind on 2026-12-01, aimed at schools, universities and adult education: teachers' and school nurses' notes, parents' chats, special needs plans, bullying and welfare referrals, exam appeals, Erasmus and student housing, staff meetings' minutes; against curricula, timetables, statistics, enrolment policies, prizes and buildings named after people, schools' ids and look-alikes with broken checksums: 86.0% recall, 25.0% false positives when first measured; redact-pii 76% and 67%)",
    'tests/fixtures/labelled/redteam55.jsonl',
  ),
  labelledTable(
    "Fifty-sixth red-team set (written blind on 2026-12-01, aimed at hotels, restaurants, bars, cruises and venues: guest complaints, reservations, allergy and dietary notes, front-desk handovers, lost and found, incident reports, staff rotas and sick leave, weddings, answers to reviews, door incidents, kitchen chats; against menus, allergen tables, room types and rates, templates, rooms and dishes named after people, occupancy statistics and venues' mailboxes: 93.0% recall, 48.0% false positives when first measured; redact-pii 75% and 63%)",
    'tests/fixtures/labelled/redteam56.jsonl',
  ),
  labelledTable(
    "Fifty-seventh red-team set (written blind on 2026-12-01, aimed at politics, elections, trade unions, activism and journalism: party and union membership lists, canvassing notes, shop stewards' notes, strike ballots, protest arrests, petitions, newsroom source notes, whistleblowers' tips, councillors' casework, campaign exports; against election results, manifestos, collective agreements, press releases quoting officials, polls, historic figures and parties' contacts: 80.0% recall, 25.0% false positives when first measured; redact-pii 72% and 55%)",
    'tests/fixtures/labelled/redteam57.jsonl',
  ),
  labelledTable(
    "Fifty-eighth red-team set (written blind on 2026-12-01, aimed at science and health research: clinical-trial site notes, adverse-event reports, biobank logs, genetic counselling letters, rare-disease registries, ethics committees' minutes, consent withdrawals, participants' emails, fertility clinics, study recruitment; against protocols, aggregated results, gene variants, drug names, unlinked sample ids, eponymous diseases and committees' mailboxes: 80.0% recall, 44.0% false positives when first measured; redact-pii 69% and 72%)",
    'tests/fixtures/labelled/redteam58.jsonl',
  ),
  labelledTable(
    'Fifty-ninth red-team set (written blind on 2026-12-02, aimed at mental health, psychotherapy, addiction services, sexual-health clinics, crisis lines and school counsellors: session notes, intake forms, referrals, crisis-line logs, group attendance, supervision notes, chats about a friend or a relative; against guidelines, anonymous vignettes, statistics, rooms named after Freud or Jung, eponymous conditions, helplines and templates: 73.0% recall, 26.0% false positives when first measured; redact-pii 60% and 47%)',
    'tests/fixtures/labelled/redteam59.jsonl',
  ),
  labelledTable(
    'Sixtieth red-team set (written blind on 2026-12-02, aimed at lawyers, notaries, courts, mediation, family law, inheritance, guardianship and debt advice: client intakes, letters, deeds, will drafts, custody minutes, hearing lists, conflict checks, legal-aid forms; against statutes, case law named after parties, firms named after founders, template wills, court statistics, fee schedules and company ids: 79.0% recall, 25.0% false positives when first measured; redact-pii 71% and 53%)',
    'tests/fixtures/labelled/redteam60.jsonl',
  ),
  labelledTable(
    'Sixty-first red-team set (written blind on 2026-12-02, aimed at libraries, archives, museums, genealogy and local history: loan notices, reading-room registrations, access requests, genealogy posts about living relatives, DNA matches, volunteer rotas, oral-history consents; against parish registers and soldiers dead for a century, catalogue records, exhibitions and halls named after people, visitor statistics and templates: 75.0% recall, 64.0% false positives when first measured; redact-pii 81% and 93%)',
    'tests/fixtures/labelled/redteam61.jsonl',
  ),
  labelledTable(
    "Sixty-second red-team set (written blind on 2026-12-02, aimed at aviation, airports, shipping, ferries, fishing and seafarers: crew rosters, pilots' medicals, fatigue and incident reports, assistance requests, baggage claims, ferry manifests, crew lists, welfare messages; against flight numbers, registrations, IMO and MMSI numbers, ships and airports named after people, NOTAMs, METARs and timetables: 72.0% recall, 31.0% false positives when first measured; redact-pii 70% and 62%)",
    'tests/fixtures/labelled/redteam62.jsonl',
  ),
  labelledTable(
    'Sixty-third red-team set (written blind on 2026-12-02, aimed at weddings, parties and events, event photography, casting, modelling and talent agencies: guest lists, seating plans, RSVP forms, photo-release requests, casting notes; against halls, rooms and cocktails named after people, brands, templates and statistics: 73.0% recall, 27.0% false positives when first measured; redact-pii 66% and 64%)',
    'tests/fixtures/labelled/redteam63.jsonl',
  ),
  labelledTable(
    'Sixty-fourth red-team set (written blind on 2026-12-02, aimed at creative writing as people send it to an AI: novels, screenplays, fan fiction, role-play and game characters (not personal), and memoirs, diaries and poems about a real grandmother or friend (personal): 78.0% recall, 54.0% false positives when first measured; redact-pii 60% and 71%)',
    'tests/fixtures/labelled/redteam64.jsonl',
  ),
  labelledTable(
    'Sixty-fifth red-team set (written blind on 2026-12-02, aimed at security operations: SOC alerts, SIEM and firewall logs, phishing reports, breach notifications, access reviews, password resets, post-mortems, DSARs; against IP ranges, hashes, malware names, buildings named after people, company ids and test data: 74.0% recall, 21.0% false positives when first measured; redact-pii 66% and 57%)',
    'tests/fixtures/labelled/redteam65.jsonl',
  ),
  labelledTable(
    'Sixty-sixth red-team set (written blind on 2026-12-02, aimed at community pharmacies, opticians, hearing-aid and dental labs, adverse-event reports, prescription messages, recalls and shortages; against PZN, AIC and EAN codes, lot numbers, wholesale orders, pharmacies and streets named after people: 80.0% recall, 31.0% false positives when first measured; redact-pii 66% and 75%)',
    'tests/fixtures/labelled/redteam66.jsonl',
  ),
  labelledTable(
    "Sixty-seventh red-team set (written blind on 2026-12-02, aimed at veterinary clinics, pet owners, animal shelters, pet insurance and dog walkers: owners' messages, claims, adoption forms, shelter notes; against pets with people's names, breeds named after people, placeholder names, statistics of pets' names, shelters' and clinics' contact details: 89.0% recall, 31.0% false positives when first measured; redact-pii 61% and 49%)",
    'tests/fixtures/labelled/redteam67.jsonl',
  ),
  labelledTable(
    'Sixty-eighth red-team set (written blind on 2026-12-02, aimed at driving schools, driving tests, traffic fines, parking enforcement, car workshops and vehicle registration: licence plates with owners, speeding tickets, driving bans, medical fitness to drive; against example plates, statistics, workshops and streets named after people: 90.0% recall, 23.0% false positives when first measured; redact-pii 63% and 40%)',
    'tests/fixtures/labelled/redteam68.jsonl',
  ),
  labelledTable(
    'Sixty-ninth red-team set (written blind on 2026-12-02, aimed at dating apps, matchmaking, personal ads, LGBTQ+ groups and relationship counselling: profiles, moderation reports, counselling notes; against templates, policies, statistics, fictional couples and agencies: 95.0% recall, 16.0% false positives when first measured; redact-pii 64% and 46%)',
    'tests/fixtures/labelled/redteam69.jsonl',
  ),
  labelledTable(
    "Seventieth red-team set (written blind on 2026-12-02, aimed at tax advisers, accountants and bookkeeping for sole traders and small firms: tax returns, payroll, invoices, sole traders' ids; against company data, placeholder names in textbooks, firms named after people and guidance: 87.0% recall, 23.0% false positives when first measured; redact-pii 72% and 68%)",
    'tests/fixtures/labelled/redteam70.jsonl',
  ),
  labelledTable(
    "Seventy-first red-team set (written blind on 2026-12-02, aimed at gyms, fitness studios, sports clubs and amateur athletes: memberships, injuries, doping, rosters, coaches; most personal payloads without an identifier; against statistics, rules, clubs' contacts and venues named after people: 60.0% recall, 26.0% false positives when first measured; redact-pii 47% and 54%)",
    'tests/fixtures/labelled/redteam71.jsonl',
  ),
  labelledTable(
    'Seventy-second red-team set (written blind on 2026-12-02, aimed at charities, food banks, NGOs, shelters for homeless people and volunteering: beneficiaries, donors, volunteers; against annual reports, policies, receipts and charities named after people: 68.0% recall, 16.0% false positives when first measured; redact-pii 49% and 43%)',
    'tests/fixtures/labelled/redteam72.jsonl',
  ),
  labelledTable(
    'Seventy-third red-team set (written blind on 2026-12-02, aimed at universities and clinical research: students, theses, exam boards, study participants, ethics committees, lab records; against regulations, templates, invalid test ids and institutes named after people: 69.0% recall, 22.0% false positives when first measured; redact-pii 43% and 41%)',
    'tests/fixtures/labelled/redteam73.jsonl',
  ),
  labelledTable(
    "Seventy-fourth red-team set (written blind on 2026-12-02, aimed at energy, water and telecom customer service: meter readings, disconnections, payment plans, hardship cases, call-centre notes; against example ids, utilities' contacts and firms named after people: 65.0% recall, 17.0% false positives when first measured; redact-pii 52% and 51%)",
    'tests/fixtures/labelled/redteam74.jsonl',
  ),
  labelledTable(
    "Seventy-fifth red-team set (written blind on 2026-12-02, aimed at hairdressers, beauty salons, nail bars, tattoo studios and cosmetic clinics: clients' notes, bookings, aftercare, staff chats; against aftercare FAQs in the first person, salons' contacts and salons named after their owners: 71.0% recall, 36.0% false positives when first measured; redact-pii 56% and 59%)",
    'tests/fixtures/labelled/redteam75.jsonl',
  ),
  labelledTable(
    "Seventy-sixth red-team set (written blind on 2026-12-02, aimed at debt collection, bailiffs, payday loans, consumer credit and debt counselling: debtors' letters, counselling notes, collectors' chats; against collection templates, FAQs, statistics and agencies' mailboxes: 77.0% recall, 25.0% false positives when first measured; redact-pii 53% and 53%)",
    'tests/fixtures/labelled/redteam76.jsonl',
  ),
  labelledTable(
    "Seventy-seventh red-team set (written blind on 2026-12-02, aimed at home care, nursing homes, carers' rotas and day centres for the elderly: handover notes, residents by their room, carers' messages; against care homes' contacts, policies and rota templates: 61.0% recall, 35.0% false positives when first measured; redact-pii 63% and 67%)",
    'tests/fixtures/labelled/redteam77.jsonl',
  ),
  labelledTable(
    "Seventy-eighth red-team set (written blind on 2026-12-02, aimed at public transport, taxis, ride-hailing drivers, ticket inspectors and lost property: drivers' and passengers' messages, inspectors' notes; against lost-property offices on streets named after people, timetables and novels: 67.0% recall, 23.0% false positives when first measured; redact-pii 54% and 58%)",
    'tests/fixtures/labelled/redteam78.jsonl',
  ),
  labelledTable(
    "Seventy-ninth red-team set (written blind on 2026-12-02, aimed at estate agents, lettings and property management: tenants' applications, viewings, landlords' and neighbours' chats, arrears; against agents' contacts, listings, tax FAQs and district statistics: 78.0% recall, 38.0% false positives when first measured; redact-pii 52% and 69%)",
    'tests/fixtures/labelled/redteam79.jsonl',
  ),
  labelledTable(
    'Eightieth red-team set (written blind on 2026-12-02, aimed at recruitment and HR: applications, sick-leave and leave requests, staff by shift and role, disciplinary and union matters; against job adverts, HR policies, placeholder names in exercises and aggregated figures: 59.0% recall, 23.0% false positives when first measured; redact-pii 39% and 57%)',
    'tests/fixtures/labelled/redteam80.jsonl',
  ),
  labelledTable(
    "Eighty-first red-team set (written blind on 2026-12-02, aimed at parcels and e-commerce: delivery chats, returns, couriers' notes, customers' complaints; against depots, lockers on streets named after people, tracking and route codes and shops' contacts: 64.0% recall, 16.0% false positives when first measured; redact-pii 55% and 44%)",
    'tests/fixtures/labelled/redteam81.jsonl',
  ),
  labelledTable(
    "Eighty-second red-team set (written blind on 2026-12-02, aimed at sports clubs: members' forms, coaches' and parents' chats, injuries, fees and minutes; against club policies, FAQs, grounds named after people and club mailboxes: 62.0% recall, 26.0% false positives when first measured; redact-pii 53% and 50%)",
    'tests/fixtures/labelled/redteam82.jsonl',
  ),
  labelledTable(
    "Eighty-third red-team set (written blind on 2026-12-03, aimed at home trades and household services: plumbers, electricians, cleaners, locksmiths, removals, chimney sweeps, gardeners and the households that hire them; against trades' letterheads, invoices and FAQs: 82.0% recall, 32.0% false positives when first measured; redact-pii 67% and 55%)",
    'tests/fixtures/labelled/redteam83.jsonl',
  ),
  labelledTable(
    "Eighty-fourth red-team set (written blind on 2026-12-03, aimed at gambling: betting shops, casinos, lotteries, online accounts, helplines and self-exclusion; against operators' imprints, draws and FAQs: 76.0% recall, 18.0% false positives when first measured; redact-pii 59% and 50%)",
    'tests/fixtures/labelled/redteam84.jsonl',
  ),
  labelledTable(
    'Eighty-fifth red-team set (written blind on 2026-12-03, aimed at youth work: scouts, camps, youth clubs, after-school clubs and tutoring; against camp policies, invoices and notices: 80.0% recall, 14.0% false positives when first measured; redact-pii 65% and 40%)',
    'tests/fixtures/labelled/redteam85.jsonl',
  ),
  labelledTable(
    'Eighty-sixth red-team set (written blind on 2026-12-03, aimed at hunting, shooting and angling clubs, firearms licences, gamekeepers and allotments; against club dues, invoices and rules: 79.0% recall, 21.0% false positives when first measured; redact-pii 61% and 55%)',
    'tests/fixtures/labelled/redteam86.jsonl',
  ),
  labelledTable(
    'Eighty-seventh red-team set (written blind on 2026-12-03, aimed at music schools, private music teachers, choirs, orchestras, brass bands, rock bands and rehearsal rooms; against fees, invoices, room rules and concerts: 86.0% recall, 37.0% false positives when first measured; redact-pii 69% and 65%)',
    'tests/fixtures/labelled/redteam87.jsonl',
  ),
  labelledTable(
    'Eighty-eighth red-team set (written blind on 2026-12-03, aimed at cleaning companies, facility management, caretakers, reception desks and security guards; against FAQs, quotes, tickets and invoices: 82.0% recall, 33.0% false positives when first measured; redact-pii 62% and 51%)',
    'tests/fixtures/labelled/redteam88.jsonl',
  ),
  labelledTable(
    "Eighty-ninth red-team set (written blind on 2026-12-03, aimed at bakeries, butchers, fishmongers, farmers' markets, small food shops and food-safety inspections; against allergen FAQs, supplier invoices and market notices: 75.0% recall, 28.0% false positives when first measured; redact-pii 56% and 56%)",
    'tests/fixtures/labelled/redteam89.jsonl',
  ),
  labelledTable(
    'Ninetieth red-team set (written blind on 2026-12-03, aimed at IT helpdesks and internal company support: password resets, laptops, onboarding and offboarding, printers, VPN and accounts; against password FAQs, inventories, supplier details and rooms named after people: 82.0% recall, 28.0% false positives when first measured; redact-pii 55% and 58%)',
    'tests/fixtures/labelled/redteam90.jsonl',
  ),
  labelledTable(
    'Ninety-first red-team set (written blind on 2026-12-03, aimed at laundries, dry cleaners, tailors, shoe repair and key cutting; against price lists, opening hours, company invoices and shops on streets named after people: 97.0% recall, 16.0% false positives when first measured; redact-pii 64% and 44%)',
    'tests/fixtures/labelled/redteam91.jsonl',
  ),
  labelledTable(
    "Ninety-second red-team set (written blind on 2026-12-03, aimed at neighbourhood apps, residents' associations, owners' meetings, allotments and community gardens; against house rules, managing agents' invoices and notices: 88.0% recall, 31.0% false positives when first measured; redact-pii 61% and 51%)",
    'tests/fixtures/labelled/redteam92.jsonl',
  ),
  labelledTable(
    'Ninety-third red-team set (written blind on 2026-12-03, aimed at language schools, private tutoring, homework help and exam preparation; against course FAQs, timetables, school invoices and halls named after people: 75.0% recall, 32.0% false positives when first measured; redact-pii 65% and 52%)',
    'tests/fixtures/labelled/redteam93.jsonl',
  ),
  labelledTable(
    'Ninety-fourth red-team set (written blind on 2026-12-03, aimed at theme parks, funfairs, circuses, zoos, aquariums, escape rooms and leisure centres; against ticket FAQs, group bookings and safety rules: 81.0% recall, 23.0% false positives when first measured; redact-pii 54% and 57%)',
    'tests/fixtures/labelled/redteam94.jsonl',
  ),
  labelledTable(
    "Ninety-fifth red-team set (written blind on 2026-12-03, aimed at print shops, copy shops, photo studios and photo labs; against price lists, print shops' invoices, shops and posters named after people: 84.0% recall, 33.0% false positives when first measured; redact-pii 60% and 48%)",
    'tests/fixtures/labelled/redteam95.jsonl',
  ),
  labelledTable(
    "Ninety-sixth red-team set (written blind on 2026-12-03, aimed at removal companies, self-storage, man-with-a-van services and furniture delivery; against FAQs, removal firms' invoices and firms named after people: 90.0% recall, 19.0% false positives when first measured; redact-pii 60% and 44%)",
    'tests/fixtures/labelled/redteam96.jsonl',
  ),
  labelledTable(
    'Ninety-seventh red-team set (written blind on 2026-12-03, aimed at ski schools, mountain guides, climbing gyms, huts and mountain rescue; against FAQs, trail notices and huts named after people: 61.0% recall, 23.0% false positives when first measured; redact-pii 51% and 48%)',
    'tests/fixtures/labelled/redteam97.jsonl',
  ),
  labelledTable(
    'Ninety-eighth red-team set (written blind on 2026-12-03, aimed at marinas, sailing schools, boat rentals, harbour offices and ferries; against berth fees, timetables, boats and ferries named after people: 78.0% recall, 26.0% false positives when first measured; redact-pii 56% and 48%)',
    'tests/fixtures/labelled/redteam98.jsonl',
  ),
  labelledTable(
    'Ninety-ninth red-team set (written blind on 2026-12-03, aimed at car sharing, bike repair shops, bicycle and e-scooter rental; against FAQs, price lists and shops named after people: 81.0% recall, 14.0% false positives when first measured; redact-pii 49% and 31%)',
    'tests/fixtures/labelled/redteam99.jsonl',
  ),
  labelledTable(
    "Hundredth red-team set (written blind on 2026-12-03, aimed at dentists, orthodontists, dental hygienists and dental labs; against FAQs, labs' invoices and practices named after people: 89.0% recall, 28.0% false positives when first measured; redact-pii 51% and 44%)",
    'tests/fixtures/labelled/redteam100.jsonl',
  ),
  labelledTable(
    'Hundred-and-first red-team set (written blind on 2026-12-03, aimed at gardening and landscaping firms, allotments, tree surgeons and garden centres; against quotes, price lists, nurseries and plants named after people: 93.0% recall, 32.0% false positives when first measured; redact-pii 55% and 54%)',
    'tests/fixtures/labelled/redteam101.jsonl',
  ),
  labelledTable(
    "Hundred-and-second red-team set (written blind on 2026-12-03, aimed at beekeeping associations, farm shops, farmers' markets and vegetable box schemes; against stall rotas, brands and squares named after people: 86.0% recall, 23.0% false positives when first measured; redact-pii 55% and 38%)",
    'tests/fixtures/labelled/redteam102.jsonl',
  ),
  labelledTable(
    'Hundred-and-third red-team set (written blind on 2026-12-04, aimed at volunteer fire brigades, mountain rescue, lifeguards and sea rescue; against drills, rescue statistics and stations named after people: 77.0% recall, 18.0% false positives when first measured; redact-pii 45% and 40%)',
    'tests/fixtures/labelled/redteam103.jsonl',
  ),
  labelledTable(
    "Hundred-and-fourth red-team set (written blind on 2026-12-04, aimed at riding stables, pony clubs, livery yards, farriers and equestrian competitions; against price lists, horses' names and trophies named after people: 69.0% recall, 18.0% false positives when first measured; redact-pii 43% and 51%)",
    'tests/fixtures/labelled/redteam104.jsonl',
  ),
  labelledTable(
    'Hundred-and-fifth red-team set (written blind on 2026-12-04, aimed at plumbers, electricians, carpenters, roofers and tradespeople doing home repairs; against quotes, firms named after their founders and function mailboxes: 88.0% recall, 24.0% false positives when first measured; redact-pii 61% and 47%)',
    'tests/fixtures/labelled/redteam105.jsonl',
  ),
  labelledTable(
    'Hundred-and-sixth red-team set (written blind on 2026-12-04, aimed at amateur theatre groups, community orchestras, brass bands and choirs; against programmes, halls and prizes named after composers: 72.0% recall, 17.0% false positives when first measured; redact-pii 51% and 43%)',
    'tests/fixtures/labelled/redteam106.jsonl',
  ),
  labelledTable(
    'Hundred-and-seventh red-team set (written blind on 2026-12-04, aimed at public swimming pools, saunas and spas, public baths, aqua-fitness and swimming lessons; against price lists, pool rules and baths named after people: 86.0% recall, 23.0% false positives when first measured; redact-pii 56% and 53%)',
    'tests/fixtures/labelled/redteam107.jsonl',
  ),
  labelledTable(
    'Hundred-and-eighth red-team set (written blind on 2026-12-04, aimed at chimney sweeps, window cleaners, pest control firms and municipal waste collection crews; against rounds, price lists and firms named after their founders: 78.0% recall, 18.0% false positives when first measured; redact-pii 50% and 50%)',
    'tests/fixtures/labelled/redteam108.jsonl',
  ),
  labelledTable(
    'Hundred-and-ninth red-team set (written blind on 2026-12-04, aimed at driving schools, driving instructors, learner drivers and vehicle test centres; against schools and awards named after people, price lists and exam notices: 89.0% recall, 28.0% false positives when first measured; redact-pii 54% and 58%)',
    'tests/fixtures/labelled/redteam109.jsonl',
  ),
  labelledTable(
    'Hundred-and-tenth red-team set (written blind on 2026-12-04, aimed at ski schools, mountain guides, mountain huts and alpine rescue; against huts, trails and trophies named after people: 75.0% recall, 20.0% false positives when first measured; redact-pii 54% and 55%)',
    'tests/fixtures/labelled/redteam110.jsonl',
  ),
  labelledTable(
    'Hundred-and-eleventh red-team set (written blind on 2026-12-04, aimed at marinas, harbour offices, ferry crews and sailing clubs; against regattas, cups and ships named after people: 80.0% recall, 23.0% false positives when first measured; redact-pii 53% and 46%)',
    'tests/fixtures/labelled/redteam111.jsonl',
  ),
  labelledTable(
    "Hundred-and-twelfth red-team set (written blind on 2026-12-04, aimed at photography studios, wedding photographers and photo labs; against studios' addresses, price lists and prints named after photographers: 81.0% recall, 19.0% false positives when first measured; redact-pii 49% and 41%)",
    'tests/fixtures/labelled/redteam112.jsonl',
  ),
  labelledTable(
    "Hundred-and-thirteenth red-team set (written blind on 2026-12-04, aimed at scout groups, youth clubs and children's summer camps; against huts, camps and awards named after people, rules and packing lists: 77.0% recall, 27.0% false positives when first measured; redact-pii 62% and 49%)",
    'tests/fixtures/labelled/redteam113.jsonl',
  ),
  labelledTable(
    'Hundred-and-fourteenth red-team set (written blind on 2026-12-04, aimed at hairdressers, barbers, nail and beauty salons; against salons named after people, price lists and booking mailboxes: 88.0% recall, 29.0% false positives when first measured; redact-pii 52% and 59%)',
    'tests/fixtures/labelled/redteam114.jsonl',
  ),
  labelledTable(
    "Hundred-and-fifteenth red-team set (written blind on 2026-12-05, aimed at tattoo and piercing studios; against studios' addresses, streets and monuments named after people, aftercare questions and booking mailboxes: 80.0% recall, 19.0% false positives when first measured; redact-pii 56% and 51%)",
    'tests/fixtures/labelled/redteam115.jsonl',
  ),
  labelledTable(
    'Hundred-and-sixteenth red-team set (written blind on 2026-12-05, aimed at chess, bridge and pub-quiz clubs; against memorial tournaments, cups and venues named after people, price lists and invoices: 77.0% recall, 21.0% false positives when first measured; redact-pii 54% and 45%)',
    'tests/fixtures/labelled/redteam116.jsonl',
  ),
  labelledTable(
    'Hundred-and-seventeenth red-team set (written blind on 2026-12-05, aimed at language schools, evening classes and reading groups; against libraries, rooms and centres named after writers, the books a group reads and their authors, price lists and invoices: 82.0% recall, 38.0% false positives when first measured; redact-pii 55% and 57%)',
    'tests/fixtures/labelled/redteam117.jsonl',
  ),
  labelledTable(
    'Hundred-and-eighteenth red-team set (written blind on 2026-12-05, aimed at bakeries, butchers, corner shops, kiosks and market stalls; against shops and markets named after people, price lists and order mailboxes: 85.0% recall, 26.0% false positives when first measured; redact-pii 55% and 55%)',
    'tests/fixtures/labelled/redteam118.jsonl',
  ),
  labelledTable(
    'Hundred-and-nineteenth red-team set (written blind on 2026-12-05, aimed at makerspaces, repair cafés, tool libraries and community workshops; against workshops, streets and libraries named after people, function mailboxes and donation notices: 83.0% recall, 13.0% false positives when first measured; redact-pii 44% and 46%)',
    'tests/fixtures/labelled/redteam119.jsonl',
  ),
  labelledTable(
    'Hundred-and-twentieth red-team set (written blind on 2026-12-05, aimed at dance schools, ballroom and folk-dance groups and competitions; against ensembles, trophies, balls and venues named after people, price lists, invoices and office phone lines: 86.0% recall, 26.0% false positives when first measured; redact-pii 54% and 51%)',
    'tests/fixtures/labelled/redteam120.jsonl',
  ),
  labelledTable(
    'Hundred-and-twenty-first red-team set (written blind on 2026-12-05, aimed at campsites, caravan parks, holiday cottages, B&Bs and hostels; against campsites, guesthouses and cabins named after people, reception lines and mailboxes: 86.0% recall, 28.0% false positives when first measured; redact-pii 46% and 49%)',
    'tests/fixtures/labelled/redteam121.jsonl',
  ),
  labelledTable(
    'Hundred-and-twenty-second red-team set (written blind on 2026-12-05, aimed at parishes, congregations, mosques, synagogues and other faith communities; against churches and mosques named after saints and people, mass times, invoices and office mailboxes: 85.0% recall, 25.0% false positives when first measured; redact-pii 52% and 42%)',
    'tests/fixtures/labelled/redteam122.jsonl',
  ),
  labelledTable(
    "Hundred-and-twenty-third red-team set (written blind on 2026-12-06, aimed at student halls of residence, dormitories and shared student flats; against halls and houses named after people, housing offices' mailboxes and lines, rent lists and house rules: 81.0% recall, 35.0% false positives when first measured; redact-pii 52% and 71%)",
    'tests/fixtures/labelled/redteam123.jsonl',
  ),
  labelledTable(
    "Hundred-and-twenty-fourth red-team set (written blind on 2026-12-06, aimed at coworking spaces, business centres and shared offices; against meeting rooms named after people, member firms' invoices and tax numbers, front desks' mailboxes and lines: 88.0% recall, 46.0% false positives when first measured; redact-pii 46% and 72%)",
    'tests/fixtures/labelled/redteam124.jsonl',
  ),
  labelledTable(
    "Hundred-and-twenty-fifth red-team set (written blind on 2026-12-06, aimed at restaurants, cafés, pubs, canteens and caterers; against dishes and drinks named after people, restaurants and pubs named after people, suppliers' invoices and tax numbers, booking mailboxes and lines, menus and price lists: 84.0% recall, 31.0% false positives when first measured; redact-pii 47% and 72%)",
    'tests/fixtures/labelled/redteam125.jsonl',
  ),
  labelledTable(
    "Hundred-and-twenty-sixth red-team set (written blind on 2026-12-06, aimed at museums, galleries, archives and public libraries; against museums, libraries and reading rooms named after people, exhibitions about artists, paintings and books with their authors, ticket offices' mailboxes and lines: 87.0% recall, 43.0% false positives when first measured; redact-pii 55% and 61%)",
    'tests/fixtures/labelled/redteam126.jsonl',
  ),
  labelledTable(
    "Hundred-and-twenty-seventh red-team set (written blind on 2026-12-07, aimed at household and trade services: removals, cleaning, laundries, plumbers, electricians, locksmiths, chimney sweeps; against firms named after their founders and their sons, company tax and register numbers, offices' mailboxes and lines, price lists and FAQs: 85.0% recall, 32.0% false positives when first measured; redact-pii 54% and 62%)",
    'tests/fixtures/labelled/redteam127.jsonl',
  ),
  labelledTable(
    "Hundred-and-twenty-eighth red-team set (written blind on 2026-12-07, aimed at second-hand marketplaces, classified ads, flea markets, antique dealers, pawn shops and collectors; against things and works named after their makers, auction lots with artists' names and dates, shops and markets named after people, dealers' mailboxes and price lists: 88.0% recall, 31.0% false positives when first measured; redact-pii 61% and 64%)",
    'tests/fixtures/labelled/redteam128.jsonl',
  ),
  labelledTable(
    'Hundred-and-twenty-ninth red-team set (written blind on 2026-12-07, aimed at wineries, vineyards, breweries, distilleries, cider makers, wine bars and tasting clubs; against wines, beers, spirits and estates named after people, prizes named after founders, price lists, licences and company numbers: 85.0% recall, 27.0% false positives when first measured; redact-pii 50% and 65%)',
    'tests/fixtures/labelled/redteam129.jsonl',
  ),
  labelledTable(
    "Hundred-and-thirtieth red-team set (written blind on 2026-12-07, aimed at theatres, opera and ballet houses, puppet theatres, cinemas, film clubs and their box offices; against plays, operas and films named after their characters, theatres, halls and prizes named after people, authors and composers in a public role, seat and booking numbers, box offices' mailboxes: 84.0% recall, 37.0% false positives when first measured; redact-pii 56% and 54%)",
    'tests/fixtures/labelled/redteam130.jsonl',
  ),
  labelledTable(
    'Hundred-and-thirty-first red-team set (written blind on 2026-12-07, aimed at zoos, aquariums, animal parks, wildlife rescue centres, museums and galleries; against animals with human names and their health, artworks, exhibits and halls named after people, artists and naturalists in a public role, ticket and membership numbers: 89.0% recall, 23.0% false positives when first measured; redact-pii 47% and 43%)',
    'tests/fixtures/labelled/redteam131.jsonl',
  ),
  labelledTable(
    'Hundred-and-thirty-second red-team set (written blind on 2026-12-07, aimed at public and school libraries, bookshops, second-hand bookshops, publishers, book clubs, literary festivals and translation offices; against books named after their characters, authors, translators and prize winners in a public role, libraries and prizes named after people, ISBNs, shelf marks and loan numbers: 84.0% recall, 36.0% false positives when first measured; redact-pii 49% and 56%)',
    'tests/fixtures/labelled/redteam132.jsonl',
  ),
  labelledTable(
    'Hundred-and-thirty-third red-team set (written blind on 2026-12-07, aimed at post offices, courier and parcel services, parcel lockers and pick-up points, delivery drivers, depots and warehouses, removal firms and self-storage; against tracking, waybill and locker codes, customs tariff codes, stamps honouring famous people, post offices, shops and firms named after people: 83.0% recall, 29.0% false positives when first measured; redact-pii 43% and 55%)',
    'tests/fixtures/labelled/redteam133.jsonl',
  ),
  labelledTable(
    'Hundred-and-thirty-fourth red-team set (written blind on 2026-12-07, aimed at blood and plasma donation centres, vaccination and travel clinics, occupational-health services, first-aid courses, lifeguards and screening buses; against vaccine lot numbers, donation and booking codes, blood-group statistics, centres, clinics and manoeuvres named after people, Pasteur, Jenner, Landsteiner and Dunant in a historical role: 90.0% recall, 14.0% false positives when first measured; redact-pii 47% and 45%)',
    'tests/fixtures/labelled/redteam134.jsonl',
  ),
  labelledTable(
    'Hundred-and-thirty-fifth red-team set (written blind on 2026-12-07, aimed at municipal waste collection and recycling centres, bulky-waste pick-ups, street cleaning and gritting crews, fuel stations, car washes and EV charging points; against bin, route and pump numbers, collection calendars, fuel prices and receipts, charger models, fleet lists, streets, depots and awards named after people: 84.0% recall, 14.0% false positives when first measured; redact-pii 53% and 48%)',
    'tests/fixtures/labelled/redteam135.jsonl',
  ),
  labelledTable(
    'Hundred-and-thirty-sixth red-team set (written blind on 2026-12-08, aimed at hairdressers and barbers, beauty, nail and tanning salons, tattoo and piercing studios, wig and hair-loss clinics and their training schools; against booking slots, chair numbers, dye codes, batch numbers, price lists, gift vouchers, salons and product lines named after their founders or famous stylists, streets and awards named after people: 88.0% recall, 18.0% false positives when first measured; redact-pii 55% and 46%)',
    'tests/fixtures/labelled/redteam136.jsonl',
  ),
  labelledTable(
    'Hundred-and-thirty-seventh red-team set (written blind on 2026-12-08, aimed at opticians and optometrists, hearing-aid acousticians, medical-supply and orthopaedic shops and their suppliers and schools; against lens prescriptions, frame and hearing-aid models, serial and batch numbers, claim numbers, price lists, chains and brands named after their founders, streets and awards named after people: 96.0% recall, 20.0% false positives when first measured; redact-pii 58% and 52%)',
    'tests/fixtures/labelled/redteam137.jsonl',
  ),
  robustnessTable(),
  wrappedTable(),
].join('\n');
writeFileSync(REPORT, report);
process.stdout.write(`${report}\nWritten to ${REPORT}\n`);
