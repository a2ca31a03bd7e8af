import { classify } from '../../../shared/pii/classify.js';

// A review of the nineteenth session: people singled out by a pseudonym, a number or a code rather
// than a name (GDPR recital 26), in 25 languages. 1,191 probes, 895 of them lost before this
// session; a sample of those found now (each non-sensitive on the session's starting code), by
// the pattern the reviewer grouped them in, and the near-misses written with them: the same
// shapes about no one.
describe('people named by a number or a code', () => {
  it.each([
    ['role-number-verb (en)', 'Claimant 6624 owes 2,300 EUR in rent arrears.'],
    ['role-number-verb (de)', 'Nutzer 818 hat sich im Team als schwul geoutet.'],
    ['role-number-verb (fr)', "Le mineur 3351 a commencé l'insuline pour un diabète de type 2."],
    ['role-number-verb (es)', 'El donante 96225 ha empezado con insulina por diabetes tipo 2.'],
    ['role-number-comma (en)', 'Offender 385, practising Muslim, requests halal meals'],
    ['role-number-comma (de)', 'Klient 90276, HIV-positiv'],
    ['role-number-comma (fr)', 'Locataire 00849, 19 ans, origine ethnique : rom'],
    ['role-number-comma (es)', 'Cliente 241412, 55 años, antecedentes penales: robo (2021)'],
    ['role-number-period (en)', 'Service user 49137. Practising Muslim, requests halal meals.'],
    ['role-number-period (de)', 'Antragsteller 47326. HIV-positiv.'],
    ['role-number-period (fr)', 'Patient 96962. Burn-out, arrêt maladie.'],
    ['role-number-period (es)', 'Beneficiario 78795. Dependencia del alcohol, acude a AA.'],
    ['role-number-colon (en)', 'Resident 00790: identifies as bisexual'],
    ['role-number-colon (de)', 'Antragsteller 6784: vorbestraft wegen Diebstahl'],
    ['role-number-colon (fr)', 'Détenu 8560: burn-out, arrêt maladie'],
    ['role-number-colon (es)', 'Alumno 7292: diabetes tipo 2, inicia insulina'],
    ['role-number-eol (en)', 'Claimant 9530\nAddiction: alcohol'],
    ['role-number-eol (de)', 'Gefangener 968\nVorbestraft wegen Diebstahl'],
    ['role-number-eol (fr)', 'Étudiant 3163\nJours absence: 14'],
    ['role-number-eol (es)', 'Usuario 294\nDeuda de alquiler: 2.300 EUR'],
    ['role-number-tab (en)', 'Minor 4632\tethnic origin: Roma'],
    ['role-number-tab (de)', 'Angeklagter 916879\tvorbestraft wegen Diebstahl'],
    ['role-number-tab (fr)', 'Mineur 717813\tmusulman pratiquant, repas halal'],
    ['role-number-tab (nl)', 'Gebruiker 167524\thomoseksueel'],
    ['role-number-paren (en)', 'Claimant 2356 (19 y) has a previous conviction for burglary.'],
    ['role-number-paren (de)', 'Bewohner 4861 (Alkoholabhängigkeit, AA-Gruppe)'],
    ['role-number-paren (fr)', 'Le suspect 3931 (H, 21 ans) a déjà été condamné pour vol.'],
    ['role-number-paren (es)', 'El residente 9104 (71a) es portador de una mutación BRCA1.'],
    [
      'role-marker-verb (en)',
      'Service user ID 64464 is a practising Muslim and asked for prayer breaks.',
    ],
    ['role-marker-verb (fr)', "L'abonné no 00861 est séropositif."],
    ['role-marker-verb (es)', 'El socio número 2123 debe 2.300 EUR de alquiler.'],
    ['role-marker-verb (it)', "Il minore nr. 4168 ha iniziato l'insulina per diabete di tipo 2."],
    ['role-marker-punct (en)', 'Child No. 84933\nDiagnosis: E11 type 2 diabetes'],
    ['role-marker-punct (de)', 'Bewerber-Nr. 82085; Typ-2-Diabetes, Insulin begonnen'],
    ['role-marker-punct (fr)', 'Client nº 3922; arriérés de loyer : 2 300 EUR'],
    ['role-marker-punct (es)', 'Residente n.º 4099, depresión grave, de baja'],
    ['abbrev-role (en)', 'Pt. 4704, 71 y, type 2 diabetes, insulin started'],
    ['abbrev-role (de)', 'Pt. 67331, 72 J., bisexuell'],
    ['abbrev-role (fr)', 'pt. 7579, 46 ans, burn-out, arrêt maladie'],
    ['abbrev-role (sv)', 'pat. 00608, 32å, hivpositiv'],
    ['clinical-note (en)', 'Pt 8775: CD4 320, HIV positive'],
    ['clinical-note (de)', 'Pt. #6206-37 HbA1c 9.1 – Typ-2-Diabetes, Insulin begonnen'],
    ['clinical-note (fr)', 'Pt 4517: CD4 320, séropositif (VIH)'],
    ['clinical-note (es)', 'pac. #E96661 HbA1c 9.1 – diabetes tipo 2, inicia insulina'],
    ['role-code-verb (en)', 'Resident 6722-29 carries a BRCA1 mutation.'],
    ['role-code-verb (de)', 'Spender N44761 trägt eine BRCA1-Mutation.'],
    ['role-code-verb (it)', 'Imputato EF-73-523 è di etnia rom.'],
    ['role-code-verb (nl)', 'Minderjarige 4362-48 is gestart met insuline voor diabetes type 2.'],
    ['role-letter (en)', 'Tenant Z has a previous conviction for burglary.'],
    ['role-letter (de)', 'Proband A, 84-jährig, BRCA1-Mutation nachgewiesen.'],
    ['role-letter (es)', 'Menor A, 12a, homosexual.'],
    ['role-letter (it)', 'Paziente A ha detto al team di essere gay.'],
    ['initials-art10 (en)', 'Ms T.: on probation until 03/2026'],
    ['initials-art10 (fr)', 'J.-P. R., 28 ans, antécédent judiciaire : vol (2021).'],
    ['initials-art10 (nl)', 'Dhr. B. staat tot maart 2026 onder reclasseringstoezicht.'],
    ['initials-art10 (et)', 'Pr M.: kriminaalhooldus kuni 03/2026'],
    ['key-value-log (en)', 'employeeNumber=18052 salary=3850'],
    ['key-value-log (de)', 'level=info msg="record updated" student_id=PT-000892 herkunft=Sinti'],
    ['key-value-log (fr)', 'level=info msg="record updated" id_eleve=V-6507 jours_absence=14'],
    [
      'key-value-log (es)',
      '2025-03-27T12:12:13Z INFO case-svc update num_empleado=8890 sindicato=UGT',
    ],
    ['json-flat (en)', '{"mrn":37156,"diagnosis":"depression","updated":"2025-03-14"}'],
    ['json-flat (de)', '{"personalnummer":2482,"partei":"Die Linke","updated":"2025-03-14"}'],
    ['json-flat (fr)', '{"id_utilisateur":"P983Z","parti":"RN","updated":"2025-03-14"}'],
    ['json-flat (es)', '{"id_alumno":"EL-48-997","dias_baja":"14","updated":"2025-03-14"}'],
    ['json-nested (en)', '{"client":{"id":"3381","sexual_orientation":"bisexual"}}'],
    ['json-nested (de)', '{"employee":{"id":"JF-11-222","vorstrafen":"Diebstahl 2021"}}'],
    [
      'json-nested (fr)',
      '{\n  "patient": {\n    "id": "SW-41-996",\n    "addiction": "alcool"\n  }\n}',
    ],
    ['json-nested (es)', '{"client":{"id":"PAT-96457","antecedentes":"robo 2021"}}'],
    [
      'sql-row (en)',
      "INSERT INTO inmates (offender_id, criminal_record) VALUES (69584, 'burglary 2021');",
    ],
    ['sql-row (de)', "UPDATE inmates SET diagnose = 'Burnout' WHERE inmate_no = 00128;"],
    ['sql-row (fr)', "INSERT INTO pupils (id_eleve, origine) VALUES (9229, 'rom');"],
    ['sql-row (es)', "UPDATE subjects SET diagnostico = 'diabetes tipo 2' WHERE id_sujeto = 7597;"],
    ['chat (en)', '[20:13] HR: fyi tenant 00906, prior conviction: burglary (2021)'],
    ['chat (de)', '[18:26] Personal: fyi angeklagter 6152, HIV-positiv'],
    ['chat (es)', '[18:52] RRHH: fyi socio 352, deuda de alquiler: 2.300 EUR'],
    ['chat (it)', 'abbonato #8976 - omosessuale!!'],
    ['role-number-dash (de)', 'Nutzer 915657 – Parteimitglied (Die Linke)'],
    ['role-number-dash (fr)', "Prévenu 979 - dépendance à l'alcool, suivi AA"],
    ['role-number-dash (es)', 'Sujeto 96452 - VIH positivo'],
    ['role-number-dash (it)', 'Imputato 95120 – depressione maggiore, in malattia'],
    ['compound-label (de)', 'Bewohner-Nr. 27207: HIV-positiv'],
    ['compound-label (fr)', 'N° patient 4234, séropositif (VIH)'],
    ['compound-label (es)', 'Nº de socio 2273, depresión grave, de baja'],
    ['compound-label (pt)', 'ID participante 138: portador de mutação BRCA1'],
    ['role-code-punct (de)', 'Spender HB-97-802\nGentest: BRCA1 positiv'],
    ['role-code-punct (fr)', 'Élève GE-80-570\torigine ethnique : rom'],
    ['role-code-punct (es)', 'Residente PAT-32097; diabetes tipo 2, inicia insulina'],
    ['role-code-punct (it)', 'Donatore 8075-42\nTest genetico: BRCA1 positivo'],
    [
      'role-yearlike-code (de)',
      'Mitarbeiterin 310/2022 bekommt seit heute Insulin wegen Typ-2-Diabetes.',
    ],
    ['role-yearlike-code (pl)', 'Podopieczny 900/2025: orientacja: homoseksualna'],
    ['role-yearlike-code (sv)', 'Elev 698/2024 har börjat med insulin för typ 2-diabetes.'],
    ['role-yearlike-code (fi)', 'Tilaaja 541/2019 kertoi tiimille olevansa homo.'],
    ['initials-ordinary (de)', 'Hr. B. hat eine Abmahnung wegen Minderleistung erhalten.'],
    ['initials-ordinary (fr)', 'Mr K., 61 ans, arriérés de loyer : 2 300 EUR.'],
    ['initials-ordinary (es)', 'El Sr. G.: 14 días de baja en marzo'],
    ['initials-ordinary (it)', 'Il sig. R., 47 anni, stipendio lordo 2.450 EUR.'],
    ['ticket (de)', '[HR-8971] Proband 48320 ist HIV-positiv.'],
    ['ticket (es)', '[HR-8007] Sujeto 609573 es VIH positivo.'],
    ['ticket (it)', '[HR-5395] Donatore 2678 è sieropositivo.'],
    ['ticket (sv)', 'Ticket #36960 – Brukare 6640: utmattningssyndrom, sjukskriven'],
    [
      'inflected-role (de)',
      'Dem Mitarbeiter mit der Personalnummer 37170 wurde wegen Diebstahls gekündigt.',
    ],
    ['inflected-role (es)', 'Al alumno n.º 37130 le han diagnosticado TDAH.'],
    ['inflected-role (it)', "L'alunno n. 9093 ha una certificazione per ADHD."],
    ['inflected-role (pt)', 'Ao doente n.º 8410 foi diagnosticado VIH.'],
    ['role-hash-uuid (fr)', 'Abonné c45f6c3f: arriérés de loyer : 2 300 EUR'],
    ['role-hash-uuid (nl)', 'Donor 05f0665d: hiv-positief'],
    ['role-hash-uuid (pl)', 'Mieszkaniec 684ece09 jest zakażony HIV.'],
    ['role-hash-uuid (pt)', 'Doente 6ed0d3ea: muçulmano praticante, dieta halal'],
    ['csv-header (it)', 'customer_id;dipendenza;date\n1597;alcol;2025-03-14'],
    [
      'csv-header (nl)',
      'pupil_id\tseksuele_geaardheid\tdate\n5085\tbiseksueel\t2025-03-14\n00385\tbiseksueel\t2025-03-14',
    ],
    ['csv-header (pl)', 'patient_id;rozpoznanie;date\n8670;HIV;2025-03-14\n3182;HIV;2025-03-14'],
    [
      'csv-header (pt)',
      'id_cliente\tregisto_criminal\tdate\n49739\tfurto 2021\t2025-03-14\n138184\tfurto 2021\t2025-03-14',
    ],
    ['role-number-semicolon (nl)', 'Proefpersoon 590; diabetes type 2, insuline gestart'],
    ['role-number-semicolon (pt)', 'Doente 24460; depressão, de baixa médica'],
    ['role-number-semicolon (da)', 'Donor 979565; bærer af BRCA1-mutation'],
    ['role-number-semicolon (no)', 'Beboer 5065; bærer av BRCA1-mutasjon'],
    ['initials-art9 (lt)', 'P. J. yra romų kilmės.'],
  ])('keeps %s personal', (_case, text) => {
    expect(classify(text).classification).toBe('personal');
  });

  it.each([
    ['nm-ranking (sv)', 'Månadens medarbetare nr 1: nattlogistiken.'],
    ['nm-ranking (da)', 'Månedens medarbejder nr. 1: natlogistikken.'],
    ['nm-ranking (lt)', 'Mėnesio darbuotojas Nr. 1: naktinė logistikos komanda.'],
    ['nm-ranking (lv)', 'Mēneša darbinieks Nr. 1: nakts loģistikas komanda.'],
    ['nm-ranking (et)', 'Kuu töötaja nr 1: öine logistikameeskond.'],
    ['nm-per-role-amount (en)', 'Average cost per patient 4471 EUR in 2023, up 6% on 2022.'],
    ['nm-per-role-amount (en)', 'Budget per pupil 7431 EUR, per student 9120 EUR.'],
    ['nm-per-role-amount (de)', 'Durchschnittliche Kosten pro Patient 4471 EUR im Jahr 2023.'],
    ['nm-per-role-amount (de)', 'Umsatz je Mitarbeiter 20931 EUR, Vorjahr 19870 EUR.'],
    ['nm-per-role-amount (fr)', 'Coût moyen par patient 4471 EUR en 2023.'],
    ['nm-per-role-amount (es)', 'Coste medio por paciente 4471 EUR en 2023.'],
    ['nm-per-role-amount (it)', 'Costo medio per paziente 4471 EUR nel 2023.'],
    ['nm-per-role-amount (nl)', 'Gemiddelde kosten per patiënt 4471 euro in 2023.'],
    ['nm-per-role-amount (sv)', 'Genomsnittlig kostnad per patient 4471 kr år 2023.'],
    ['nm-per-role-amount (da)', 'Gennemsnitlig udgift pr. patient 4471 kr. i 2023.'],
    ['nm-product-name (en)', 'Patient 360 dashboard: release notes for version 4.2.'],
    ['nm-product-name (en)', 'Employee 360 feedback template (Q3).'],
    ['nm-object-number (en)', 'Room 2860 is closed for cleaning until Monday.'],
    ['nm-object-number (en)', 'Ticket 38472: printer on the 3rd floor is broken.'],
    ['nm-aggregate-count (en)', '42821 patients tested HIV positive in the region last year.'],
    ['nm-aggregate-count (de)', '44599 Patienten wurden im letzten Jahr HIV-positiv getestet.'],
    ['nm-study-stat (en)', 'Study 12 showed an HIV prevalence of 3% among blood donors.'],
    ['nm-study-stat (de)', 'Studie 12 zeigte eine HIV-Prävalenz von 3 % unter Blutspendern.'],
    ['nm-role-year (en)', 'Patient 2024 survey: 78% rated the ward as good.'],
    ['nm-role-year (en)', 'Union membership rose by 4% in 2023 across the sector.'],
    ['nm-ranking (en)', 'Employee #1 of the month: the night logistics team.'],
    ['nm-ranking (de)', 'Mitarbeiter des Monats #1: das Logistikteam der Nachtschicht.'],
    ['nm-case-topic (en)', 'Case 4/2024 on VAT refunds was closed by the tax court.'],
    ['nm-case-topic (de)', 'Verfahren 4/2024 zur Umsatzsteuererstattung wurde eingestellt.'],
    ['nm-product-model (en)', 'Model 2291 insulin pump recall: firmware update required.'],
    ['nm-product-model (de)', 'Rückruf Insulinpumpe Modell 2291: Firmware-Update erforderlich.'],
    ['nm-product-name (en)', 'Client 7 SDK released with TLS 1.3 support.'],
    ['nm-product-name (en)', 'User 2.0 API deprecates the legacy login endpoint.'],
    ['nm-policy-text (en)', 'Each patient number must have exactly 6 digits.'],
    ['nm-policy-text (de)', 'Jede Patientennummer muss genau 6 Stellen haben.'],
    ['nm-topic-other (en)', 'Ward 4 has 28 beds and 3 isolation rooms.'],
    ['nm-topic-other (en)', 'Employee handbook section 12 covers sick leave rules.'],
    [
      'nm-log-object (en)',
      '2025-03-14T09:12:44Z INFO order-svc order_id=20931 status=shipped carrier=DHL',
    ],
    ['nm-log-object (en)', 'room_id=4471 status=closed reason=cleaning'],
    ['nm-json-object (en)', '{"ticket": 4471, "issue": "printer broken", "floor": 3}'],
    ['nm-json-object (en)', '{"ward": 4, "patients": 4471, "hiv_positive": 12, "year": 2024}'],
    ['nm-csv-aggregate (en)', 'ward;patients;hiv_positive\n3;4471;12\n4;3980;9'],
    [
      'nm-csv-aggregate (en)',
      'department,employees,union_members,avg_sick_days\nLogistics,212,88,6.1\nSales,97,12,3.4',
    ],
    ['nm-sql-object (en)', "SELECT count(*) FROM patients WHERE diagnosis = 'HIV';"],
    ['nm-sql-object (en)', "UPDATE orders SET status = 'shipped' WHERE order_id = 20931;"],
    ['nm-chat-object (en)', '[10:42] IT: ticket 4471 closed, printer fixed 👍'],
    [
      'nm-chat-object (en)',
      '[09:03] Facilities: room 4471 flooded again, patients moved to ward 5',
    ],
    ['nm-config (en)', 'max_users=5000\nsession_timeout=30\npatient_id_length=6'],
    ['nm-role-plural-number (en)', 'Patients 1–20 of 4471 shown. Sort by admission date.'],
    ['nm-role-plural-number (en)', 'Employees: 4471 (2023), 4692 (2024).'],
    ['nm-per-role-amount (en)', 'Revenue per employee: 20931 EUR (FY2024).'],
    ['nm-per-role-amount (pl)', 'Średni koszt na pacjenta 4471 zł w 2023 r.'],
    [
      'nm-software-role (en)',
      'WARNING: [pool www] child 4471 exited on signal 9 (SIGKILL) after 12.3 seconds from start',
    ],
    ['nm-software-role (en)', 'nginx: worker process 4471 exited on signal 11'],
  ])('keeps %s non-sensitive', (_case, text) => {
    expect(classify(text).classification).toBe('non-sensitive');
  });
});

describe('the pseudonym rules, by hand', () => {
  it.each([
    ['a number then a comma', 'Patient 4471, 54 y, HIV positive'],
    ['a number then a full stop', 'patient 4471. HIV positive'],
    ['a compound label', 'Mitarbeiter-Nr. 20931 ist wegen Burnout krankgeschrieben'],
    ['a code after a number sign', 'Pt. #A-2291 HbA1c 9.1, insulin started'],
    ['a key and a value in a log line', 'user_id=88213 diagnosis=depression'],
    ['a key in JSON', '{"patient_id": 4471, "diagnosis": "HIV positive"}'],
    ['a hash after its key', '{"user_id": "3f9a2c1b", "event": "login"}'],
    ['a column in SQL', "UPDATE employees SET diagnose='Burnout' WHERE emp_no=20931"],
    ['a salutation and an initial', 'Hr. B. hat eine Abmahnung wegen Minderleistung erhalten.'],
    ['a title and an initial', 'Ms T.: on probation until 03/2026'],
    ['a child in care', 'Child 90393, 14 sick days in March'],
    ['a patient without the dot', 'Pt 8775: CD4 320, HIV positive'],
    // Set 36's two misses
    [
      'a Latvian name in the accusative',
      'Jelgavas tiesa otrdien atzina par vainīgu 34 gadus veco Artūru Kalniņu, kurš sita kaimiņu.',
    ],
    [
      'a Catalan mayor of a named town',
      "l'alcaldessa de Terrassa, ingressada per un càncer de mama",
    ],
    // Set 37's two misses
    ["a surname whose 'ó' OCR read as '6'", 'A gyermek neve: Szab6 Bence Márk'],
    ["a surname whose last 'o' OCR read as '0'", 'Apja neve: Szab0 Gergely'],
    ['an Arabic birth date after the birthplace', 'مواليد حلب ١٢/٠٤/١٩٨٨'],
    // Set 38's three misses: a care-home resident singled out by the room
    ['a resident by the room in Norwegian', 'Rom 212: beboer (mann, 88) med langtkommen demens'],
    ['a resident by the room in English', 'Person affected: resident of Room 14, female, 82'],
    ['a resident by the room in Irish', "Seomra 9: an cónaitheoir (bean, 91 bliain d'aois)"],
    // A Smart-ID subject's number in a log written in lower case (set 4's rt4-231 so written)
    [
      'an eIDAS personal number in lower case',
      'method=smart-id subject=pnoee-39205270210 result=ok',
    ],
  ])('keeps %s personal', (_case, text) => {
    expect(classify(text).classification).toBe('personal');
  });

  it.each([
    ['a cost per patient', 'Average cost per patient 4471 EUR'],
    ['a cost per patient in German', 'Kosten pro Patient 4471 EUR'],
    ['a product named for a view of every patient', 'Patient 360 dashboard'],
    ['a ranking with the month first', 'Månadens medarbetare nr 1'],
    ['a child process', 'child 4471 exited'],
    ['a load test account', 'Loadtest User 0042 logged in'],
    ['a release candidate', 'Release candidate 4471 passed all integration tests.'],
    ['a Portuguese VAT number', 'NIF da empresa PT 500 019 720, fatura FT 2024/332'],
    ['a placeholder initial', 'Herr X. kauft 3 Äpfel und 2 Birnen.'],
    ['a version after a name', 'install win10 and sha1 on x86'],
    ['a word like an eIDAS type', 'see taxes-2024-report and pasde-final.pdf'],
    ['an employee in a room', 'Room 101: employee training at 10'],
    ['an empty room in a handover', 'Rom 214: tomt etter utskrivning, vask bestilt.'],
    ['a number then a decimal', 'employee 1,234 euros'],
  ])('keeps %s non-sensitive', (_case, text) => {
    expect(classify(text).classification).toBe('non-sensitive');
  });
});

// Keys that name one person's id in records, tables and queries (person-key.ts), a role noun
// keying a JSON object with an id, and a role noun with a letter as a cue
describe('a person keyed by an id in a record', () => {
  it.each([
    ['a key in a log line', 'level=info msg="record updated" offender_id=82805 diagnose=HIV'],
    ['a key before the person word', '{"id_utilisateur":"P983Z","parti":"RN"}'],
    ['a column in a WHERE clause', "UPDATE pupils SET etnia = 'cigana' WHERE num_aluno = 940321;"],
    [
      'a column of an INSERT',
      "INSERT INTO inmates (offender_id, criminal_record) VALUES (69584, 'burglary 2021');",
    ],
    ['a column of a table', 'member_id;diagnose;date\n4482;depression;2025-03-14'],
    ['an object keyed by a role noun', '{"client":{"id":"3381","sexual_orientation":"bisexual"}}'],
    ['a role noun and a letter before a crime', 'Tenant Z has a previous conviction for burglary.'],
    [
      'a role noun and a letter before a condition',
      'Proband A, 84-jährig, BRCA1-Mutation nachgewiesen.',
    ],
    ['a record under its pseudonym', 'Patientin 90884 hat eine Alkoholabhängigkeit'],
    ['a file about a minor', 'Le dossier n° 2021/0670 concerne un mineur placé en foyer.'],
    ['a file about a minor in Polish', 'Sprawa nr 74404 dotyczy małoletniego w pieczy zastępczej.'],
    [
      'a safeguarding case',
      'Safeguarding case 2024/0693 - the child discloses abuse by a stepfather.',
    ],
    [
      "a file's applicant and a crime",
      'Vorgang 976: Der Antragsteller ist wegen Körperverletzung vorbestraft.',
    ],
  ])('keeps %s personal', (_case, text) => {
    expect(classify(text).classification).toBe('personal');
  });
});

// A second review, of the rules above in the texts a gateway reads most: 409 near-misses in 26
// languages, 360 flagged by the rules' first version; these stay non-sensitive.
describe('numbers after the same words that are no one', () => {
  it.each([
    ['a container account', 'By default the container runs as user 1001, a non-root account.'],
    ['a Dockerfile', 'FROM bitnami/redis:7.2\nUSER 1001\nEXPOSE 6379'],
    ['a container account in German', 'Der Container läuft standardmäßig als Benutzer 1001.'],
    ['a spec', 'User #1 sends a message to User #2; User #2 must receive it within 5 seconds.'],
    ['a count in a report', 'Anzahl Teilnehmer 120, davon 45 % weiblich.'],
    ['counts in a list', 'Gemeindeprofil: Bewohner 850, Fläche 12 km², Höhe 420 m.'],
    ['a table of counts', 'Q3 2026\nTeilnehmer\t120\nQuote\t64 %'],
    ['a price per member', 'Jahresbeitrag: Mitglied 120 Euro, ermäßigt 60 Euro.'],
    ['a PHP worker', '[30-Nov-2026 10:01:02] NOTICE: [pool www] child 12345 started'],
    ['a resistance thermometer', 'Temperaturfühler Pt 100, Klasse A, 4-Leiter-Schaltung.'],
    ["a law's article", 'Član 101. Zakona o radu propisuje pravo na godišnji odmor.'],
    ['an opinion in German', 'Das ist m. E. nicht mit der Datenschutzrichtlinie vereinbar.'],
    ['a degree', 'Voraussetzung: abgeschlossenes Studium (M. A.) in Wirtschaftsinformatik.'],
    ['an Italian company', 'Fornitore: Leonardo S. p. A.'],
    ['a declared fictional case', 'Case study (fictional): Ms. A. and Mr. B. share a flat.'],
    ['a placeholder id', '{"user_id": "0000", "role": "admin", "enabled": true}'],
    [
      'an id counting up',
      '{"patient_id": 12345678, "note": "sample payload from the API reference"}',
    ],
    ["an API reference's UUID", '{"user_id": "3fa85f64-5717-4562-b3fc-2c963f66afa6"}'],
    ['an etcd member', 'etcd: local member 8e9e05c5d0f2a1b3 is now leader'],
    ['a cluster member id', 'raft.node: member 8e9e05c5d0f2a1b3 elected leader at term 2'],
    ["a calendar event's id", 'BEGIN:VEVENT\nUID:release-2025-04@ops\nDTSTART:20250415'],
    ["an OAuth application's id", 'client_id=abc123def456&redirect_uri=https://app.example'],
    ["a company's customer number", 'Kundennummer: 10045873 (Müller Logistik GmbH)'],
    [
      'a block device',
      'Block devices use major 8; partitions of the second disk are minor 16 to 31, the 9th disk starts at minor 128.',
    ],
    [
      'a famous prisoner',
      'In the musical, Inmate 24601 is released on parole in the opening number.',
    ],
    ['a fixture', 'Fixture users: user 1001 (admin), user 1002 (editor), user 1003 (viewer).'],
    ['a case about a topic', 'Case 4/2024 on VAT refunds was closed by the tax court.'],
    ['a test case', 'Case 404: the child component renders twice'],
    ['a year, not a file', 'Dossier 2024 : les mineurs isolés en France'],
  ])('keeps %s non-sensitive', (_case, text) => {
    expect(classify(text).classification).toBe('non-sensitive');
  });
});
