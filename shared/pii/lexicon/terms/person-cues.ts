// Words that point at one individual, per kind. Same notation as the special categories (folded,
// '*' continues a word); per language EN, DE, FR, ES, IT, NL, PL, PT, SV. Pronouns that are also
// impersonal or plural in some language ('il est', Italian 'sono', Dutch 'er', 'zijn') are left
// out or written as an unambiguous pair.
export const PERSON_CUES = {
  /** First-person predicates: "I have", "ich leide", "j'ai"; a term may follow within 5 words. */
  self: [
    ...['sono omosessuale', 'sono gay', 'sono lesbica', 'sono bisessuale', 'sono musulmano'],
    ...['sono musulmana', 'sono cattolico', 'sono cattolica', 'sono ebreo', 'sono ebrea'],
    ...['i have', "i've", 'i had', "i'd", 'i suffer', 'i take', 'i was', 'i got', 'i get'],
    ...["i'm taking", "i'm suffering", 'diagnosed me', 'i live', 'i voted', 'i vote', 'i joined'],
    ...['ich habe', 'ich hab', 'ich hatte', 'ich leide', 'ich nehme', 'ich war', 'ich wurde'],
    ...['bei mir', 'mir wurde', 'mir wurden', 'ich wohne', 'ich wähle', 'ich trete'],
    ...["j'ai", "j'avais", 'je souffre', 'je prends', "j'étais", "on m'a", "j'habite", 'je vote'],
    ...['tengo', 'tuve', 'tenía', 'sufro', 'padezco', 'tomo', 'me diagnosticaron', 'vivo en'],
    ...['mi hijo', 'mi hija', 'mi madre', 'mi padre', 'mi marido', 'mi mujer', 'mi esposa'],
    ...['mi esposo', 'mi hermano', 'mi hermana', 'mi pareja', 'mi novio', 'mi novia', 'mis hijos'],
    ...['mi médico', 'ma fille', 'ma mère', 'ma femme', 'ma sœur', 'ma copine', 'ma grand-mère'],
    ...['me han diagnosticado', 'me operaron', 'me han operado', 'fui', 'he votado', 'voto a'],
    ...['ho', 'avevo', 'ho avuto', 'soffro', 'prendo', 'mi hanno', 'mi è stato', 'mi è stata'],
    ...['sono stato', 'sono stata', 'sono affetto', 'sono affetta', 'sono malato', 'sono malata'],
    ...['sono incinta', 'sono iscritto', 'sono iscritta', 'abito', 'ho votato'],
    ...['ik heb', 'ik had', 'ik lijd', 'ik neem', 'ik werd', 'bij mij', 'heb ik', 'ik woon'],
    ...['ik stem', 'mam', 'miałem', 'miałam', 'cierpię', 'choruję', 'biorę', 'u mnie'],
    ...['zdiagnozowano u mnie', 'mieszkam', 'głosuję', 'zostałem', 'zostałam'],
    ...['tenho', 'tive', 'sofro', 'tomei', 'moro', 'votei'],
    ...['jag har', 'jag hade', 'jag lider', 'jag tar', 'jag fick', 'jag blev', 'jag var'],
    ...['jag bor', 'jag röstade', 'jag röstar', 'jag dömdes', 'jag greps'],
  ],
  /** Third-person predicates about one individual: "she has", "er leidet", "il souffre". */
  other: [
    ...['er sitzt', 'sie sitzt', 'er saß', 'sie saß', 'él estuvo', 'ella estuvo', 'he is in'],
    ...['he has', 'she has', 'he had', 'she had', 'he was', 'she was', 'he suffers', 'she suffers'],
    ...['he takes', 'she takes', "he's been", "she's been", 'he got', 'she got', 'diagnosed him'],
    ...['he lives', 'she lives', 'he voted', 'she voted'],
    ...['er hat', 'sie hat', 'er hatte', 'sie hatte', 'er leidet', 'sie leidet', 'er nimmt'],
    ...['sie nimmt', 'er wurde', 'sie wurde', 'er war', 'sie war', 'bei ihm', 'ihm wurde'],
    ...['er wohnt', 'sie wohnt', 'er wählt', 'sie wählt'],
    ...['il souffre', 'elle souffre', 'il prend', 'elle prend', 'il a été', 'elle a été'],
    ...[
      'il est atteint',
      'elle est atteinte',
      'il était',
      'elle était',
      'il habite',
      'elle habite',
    ],
    ...['él tiene', 'ella tiene', 'él sufre', 'ella sufre', 'le diagnosticaron', 'ella vive'],
    ...['lui ha', 'lei ha', 'lui soffre', 'lei soffre', 'gli hanno', 'gli è stato', 'gli è stata'],
    ...['le è stato', 'le è stata', 'lui abita', 'lei abita'],
    ...['hij heeft', 'zij heeft', 'ze heeft', 'hij had', 'zij had', 'hij lijdt', 'zij lijdt'],
    ...['ze lijdt', 'hij neemt', 'zij neemt', 'bij hem', 'hij werd', 'zij werd', 'hij woont'],
    ...['zij woont', 'ze woont'],
    ...['on ma', 'ona ma', 'on miał', 'ona miała', 'on cierpi', 'ona cierpi', 'u niego', 'u niej'],
    ...['on mieszka', 'ona mieszka'],
    ...['ele tem', 'ela tem', 'ele teve', 'ela teve', 'ele sofre', 'ela sofre', 'ele mora'],
    ...['ela mora'],
    ...['han har', 'hon har', 'han hade', 'hon hade', 'han lider', 'hon lider', 'han tar'],
    ...['hon tar', 'han fick', 'hon fick', 'han blev', 'hon blev', 'han bor', 'hon bor'],
    ...['han dömdes', 'hon dömdes', 'han greps', 'hon greps', 'han sitter', 'hon sitter'],
    ...['han satt', 'hon satt', 'han röstade', 'hon röstade'],
  ],
  /** "I am", "ich bin": a term may follow within 3 words ("I am a practising Catholic"). */
  selfCopula: [
    ...['i am', "i'm", 'ich bin', 'je suis', 'soy', 'estoy', 'io sono', 'ik ben', 'jestem'],
    ...['byłem', 'byłam', 'sou', 'estou', 'jag är'],
  ],
  /** "He is", "sie ist": as selfCopula, for a third person. */
  otherCopula: [
    ...['he is', 'she is', "he's", "she's", 'er ist', 'sie ist', 'él es', 'ella es', 'él está'],
    ...['ella está', 'lui è', 'lei è', 'hij is', 'zij is', 'ze is', 'on jest', 'ona jest', 'ele é'],
    ...['ela é', 'ele está', 'ela está', 'han är', 'hon är'],
  ],
  /** Unambiguous possessives: a term may follow within 3 words ("my type 2 diabetes"). */
  possessive: [
    ...['my', 'his', 'her', 'mein', 'meine', 'meinen', 'meinem', 'meiner', 'meines'],
    ...['seine', 'seinen', 'seinem', 'seiner', 'ihre', 'ihren', 'ihrem', 'ihrer', 'mon', 'mio'],
    ...['mia', 'miei', 'mie', 'mis', 'mijn', 'haar', 'mój', 'moja', 'moje', 'mojego', 'mojej'],
    ...['moją', 'moim', 'moich', 'jego', 'jej', 'meu', 'minha', 'meus', 'minhas', 'dele', 'dela'],
    ...['mitt', 'mina', 'hans', 'hennes'],
  ],
  /**
   * Cues that must touch the term, or a kin word right after them: possessives that are also other
   * words or mean "its" ('ma', 'min', 'sein', 'suo', 'seu'); not 'su', Italian for "on".
   */
  tight: [
    // 'zijn' is also 'to be': only touching a term or a kin word ('zijn vader').
    ...['zijn'],
    ...['mi', 'ma', 'sa', 'son', 'ses', 'min', 'został', 'została', 'sein', 'suo', 'sua', 'suoi'],
    ...['sue', 'seu', 'seus', 'suas', 'sus'],
  ],
  /** Relatives and close people: "mi primo", "ma voisine", "min granne" point at one person. */
  kin: [
    ...['kollege', 'kollegin', 'collega', 'kollega', 'kolega', 'koleżanka', 'colega'],
    ...['compañero', 'compañera', 'marito'],
    ...['son', 'daughter', 'mother', 'father', 'mum', 'mom', 'dad', 'husband', 'wife', 'partner'],
    ...['brother', 'sister', 'cousin', 'uncle', 'aunt', 'grandmother', 'grandfather', 'neighbour'],
    ...['neighbor', 'boss', 'friend', 'boyfriend', 'girlfriend', 'flatmate', 'colleague'],
    ...['sohn', 'tochter', 'mutter', 'vater', 'mann', 'frau', 'bruder', 'schwester', 'cousine'],
    ...['onkel', 'tante', 'oma', 'opa', 'nachbar', 'nachbarin', 'chef', 'chefin', 'freund'],
    ...['freundin', 'fils', 'fille', 'mère', 'père', 'mari', 'femme', 'frère', 'sœur', 'soeur'],
    ...['oncle', 'grand-mère', 'grand-père', 'voisin', 'voisine', 'patron', 'patronne', 'copain'],
    ...['copine', 'ami', 'amie', 'collègue', 'hijo', 'hija', 'madre', 'padre', 'marido', 'mujer'],
    ...['esposa', 'esposo', 'hermano', 'hermana', 'primo', 'prima', 'tío', 'tía', 'abuelo'],
    ...['abuela', 'vecino', 'vecina', 'jefe', 'jefa', 'amigo', 'amiga', 'novio', 'novia'],
    ...['pareja', 'cuñado', 'cuñada', 'suegro', 'suegra', 'sobrino', 'sobrina', 'figlio', 'figlia'],
    ...['moglie', 'fratello', 'sorella', 'cugino', 'cugina', 'zio', 'zia', 'nonno', 'nonna'],
    ...['vicino', 'vicina', 'capo', 'zoon', 'dochter', 'moeder', 'vader', 'man', 'vrouw', 'broer'],
    ...['zus', 'neef', 'nicht', 'oom', 'buurman', 'buurvrouw', 'syn', 'córka', 'matka', 'ojciec'],
    ...['mąż', 'żona', 'brat', 'siostra', 'kuzyn', 'kuzynka', 'sąsiad', 'sąsiadka', 'szef'],
    ...['szefowa', 'filho', 'filha', 'mãe', 'pai', 'irmão', 'irmã', 'tio', 'tia', 'avó', 'avô'],
    ...['vizinho', 'vizinha', 'chefe', 'cunhado', 'cunhada', 'namorado', 'namorada', 'dotter'],
    ...['mamma', 'pappa', 'make', 'fru', 'bror', 'syster', 'kusin', 'granne', 'sambo'],
  ],
  /** Generic references ("his or her"): pronoun cues inside them do not count. */
  generic: [
    ...['he or she', 'she or he', 'his or her', 'her or his', 'him or her', 'his/her', 'he/she'],
    ...['s/he', 'er oder sie', 'sie oder er', 'er/sie', 'sein oder ihr', 'seine oder ihre'],
    ...['il ou elle', 'elle ou il', 'lui o lei', 'él o ella', 'hij of zij', 'hij/zij'],
    ...['zijn of haar', 'on lub ona', 'on/ona', 'jego lub jej', 'ele ou ela', 'dele ou dela'],
    ...['han eller hon', 'hon eller han', 'hans eller hennes'],
  ],
  /** One individual by role, with a determiner or in a language without one ("the patient"). */
  role: [
    ...['the candidate', 'our candidate', 'the colleague', 'der kollege', 'die kollegin'],
    ...['le collègue', 'la collègue', 'il collega', 'la collega', 'el compañero', 'la compañera'],
    ...['de collega', 'o colega', 'a colega', 'kollegan'],
    ...['the patient', 'our patient', 'my patient', 'this patient', 'our employee', 'the employee'],
    ...['our colleague', 'the applicant', 'the defendant', 'the suspect', 'the accused'],
    ...['the tenant', 'our tenant', 'my tenant', 'our caretaker', 'our driver', 'our intern'],
    ...['our trainee', 'our nurse', 'unser hausmeister', 'unser fahrer', 'unser praktikant'],
    ...['unsere praktikantin', 'unser azubi', 'unsere auszubildende', 'notre stagiaire'],
    ...['notre chauffeur', 'nuestro becario', 'nuestro conductor', 'il nostro stagista'],
    ...['onze stagiair', 'nasz stażysta', 'o nosso estagiário', 'vår praktikant'],
    ...['der patient', 'die patientin', 'patientin', 'unser mitarbeiter'],
    ...['unsere mitarbeiterin', 'der mitarbeiter', 'die mitarbeiterin', 'der bewerber'],
    ...['die bewerberin', 'der beschuldigte', 'die beschuldigte', 'der angeklagte'],
    ...['die angeklagte', 'unser kollege', 'unsere kollegin', 'le patient', 'la patiente'],
    ...['notre employé', 'notre employée', 'le salarié', 'la salariée', 'notre salarié'],
    ...['notre salariée', 'le candidat', 'la candidate', 'le prévenu', 'la prévenue', "l'accusé"],
    ...['il paziente', 'la paziente', 'il nostro dipendente', 'la nostra dipendente'],
    ...['il dipendente', 'la dipendente', 'il candidato', 'la candidata', "l'imputato"],
    ...["l'imputata", "l'indagato", "l'indagata", 'el paciente', 'la paciente', 'nuestro empleado'],
    ...['nuestra empleada', 'el empleado', 'la empleada', 'el candidato', 'el acusado'],
    ...['la acusada', 'el detenido', 'la detenida', 'de patiënt', 'onze medewerker'],
    ...['onze medewerkster', 'de werknemer', 'de sollicitant', 'de kandidaat', 'de verdachte'],
    ...['pacjent', 'pacjentka', 'pacjenta', 'pacjentki', 'nasz pracownik', 'nasza pracownica'],
    ...['pracownik', 'pracownica', 'kandydat', 'kandydatka', 'podejrzany', 'podejrzana'],
    ...['o paciente', 'a paciente', 'o nosso funcionário', 'a nossa funcionária', 'o funcionário'],
    ...['a funcionária', 'o candidato', 'o arguido', 'a arguida', 'o suspeito', 'a suspeita'],
    ...['vår anställd', 'den anställde', 'vår medarbetare', 'sökanden', 'den misstänkte'],
    ...['den åtalade'],
  ],
  /** Role nouns that name a person only when a known name follows ("Mitarbeiter Jan Weber"). */
  roleNoun: [
    ...['patient', 'employee', 'colleague', 'applicant', 'tenant', 'customer', 'client', 'student'],
    ...['pupil', 'mitarbeiter', 'mitarbeiterin', 'bewerber', 'bewerberin', 'kollege', 'kollegin'],
    ...['kunde', 'kundin', 'mieter', 'mieterin', 'schüler', 'schülerin', 'patiente', 'salarié'],
    ...['salariée', 'employé', 'employée', 'collègue', 'locataire', 'élève', 'paziente'],
    ...['dipendente', 'collega', 'inquilino', 'inquilina', 'paciente', 'empleado', 'empleada'],
    ...['compañero', 'compañera', 'cliente', 'patiënt', 'medewerker', 'medewerkster', 'werknemer'],
    ...['sollicitant', 'huurder', 'klant', 'leerling', 'klient', 'klientka', 'najemca', 'uczeń'],
    ...['uczennica', 'funcionário', 'funcionária', 'colaborador', 'colaboradora', 'aluno', 'aluna'],
    ...['anställd', 'medarbetare', 'klienten', 'hyresgäst', 'elev', 'kollega'],
  ],
  /** Salutations that are followed by a name and little else ("Herr", "Mme", "Sra."). */
  salutation: [
    ...['mr', 'mr.', 'mrs', 'mrs.', 'herr', 'herrn', 'frau', 'mme', 'mme.', 'madame', 'monsieur'],
    ...['mlle', 'mademoiselle', 'sig.', 'sig.ra', 'sig.na', 'signor', 'signora', 'signorina'],
    ...['sra.', 'srta.', 'señor', 'señora', 'señorita', 'doña', 'dhr.', 'dhr', 'mevr.', 'mevr'],
    ...['mevrouw', 'meneer', 'mw.', 'senhor', 'senhora', 'sr.ª', 'exmo.', 'exma.', 'herra'],
    ...['rouva', 'fru'],
  ],
  /** Titles and short forms that are also other words: a known name must follow. */
  title: [
    ...['dr', 'dr.', 'prof', 'prof.', 'professor', 'doktor', 'dott.', 'dott.ssa', 'ing.', 'avv.'],
    ...['mag.', 'mgr', 'lic.', 'ir.', 'drs.', 'ms', 'ms.', 'miss', 'sr.', 'sr', 'sra', 'don'],
    ...['m.', 'hr.', 'fr.', 'pan', 'pani', 'panie', 'panią', 'pana', 'panu', 'panem'],
  ],
  /** Greetings before a first name ("Hallo Anna", "Dear Tom", "Cześć Kasia"). */
  greeting: [
    ...['hi', 'hey', 'hello', 'dear', 'good morning', 'good afternoon', 'thanks', 'thank you'],
    ...['morning', 'afternoon', 'evening', 'buenas', 'buen día', 'bom dia', 'goedemiddag'],
    ...['hallo', 'liebe', 'lieber', 'guten tag', 'guten morgen', 'moin', 'servus', 'danke'],
    ...['bonjour', 'bonsoir', 'salut', 'cher', 'chère', 'coucou', 'merci'],
    ...['ciao', 'caro', 'cara', 'gentile', 'salve', 'buongiorno', 'buonasera', 'grazie'],
    ...['hola', 'querido', 'querida', 'estimado', 'estimada', 'buenos días', 'buenas tardes'],
    ...['gracias', 'beste', 'hoi', 'dag', 'goedemorgen', 'goedemiddag', 'bedankt'],
    ...['cześć', 'witaj', 'witam', 'drogi', 'droga', 'szanowny', 'szanowna', 'dzień dobry'],
    ...['dziękuję', 'olá', 'prezado', 'prezada', 'bom dia', 'boa tarde', 'obrigado', 'obrigada'],
    ...['hej', 'hejsan', 'hallå', 'kära', 'god morgon', 'tack'],
  ],
  /** Closings before a signature ("Viele Grüße\nAnna Weber"). */
  closing: [
    ...['best regards', 'kind regards', 'warm regards', 'regards', 'best wishes', 'best'],
    ...['cheers', 'thanks', 'many thanks', 'thank you', 'sincerely', 'yours sincerely'],
    ...['yours faithfully', 'yours', 'viele grüße', 'beste grüße', 'liebe grüße'],
    ...['herzliche grüße', 'freundliche grüße', 'mit freundlichen grüßen', 'mit besten grüßen'],
    ...['gruß', 'grüße', 'lg', 'vg', 'mfg', 'cordialement', 'bien cordialement', 'bien à vous'],
    ...['salutations', 'amitiés', 'bises', 'bisous', 'à bientôt', 'merci', 'cordiali saluti'],
    ...['distinti saluti', 'saluti', 'un saluto', 'a presto', 'grazie', 'saludos', 'un saludo'],
    ...['saludos cordiales', 'atentamente', 'un abrazo', 'gracias', 'met vriendelijke groet'],
    ...['met vriendelijke groeten', 'vriendelijke groet', 'groeten', 'groetjes', 'mvg'],
    ...['hartelijke groet', 'pozdrawiam', 'z poważaniem', 'pozdrowienia', 'serdecznie pozdrawiam'],
    ...['atenciosamente', 'cumprimentos', 'com os melhores cumprimentos', 'abraços', 'beijos'],
    ...['obrigado', 'obrigada', 'med vänliga hälsningar', 'vänliga hälsningar', 'hälsningar'],
    ...['mvh', 'hälsning', 'tack', 'med venlig hilsen', 'venlig hilsen', 'ystävällisin terveisin'],
  ],
  /** Field labels for a whole name ("Name:", "\"fullName\":", "Nom :"). */
  labelName: [
    ...['name', 'full name', 'customer name', 'patient name', 'employee name', 'contact name'],
    ...['contact person', 'account holder', 'cardholder', 'card holder', 'beneficiary'],
    ...['name des kunden', 'vollständiger name', 'ansprechpartner', 'ansprechpartnerin'],
    ...['kontoinhaber', 'kontoinhaberin', 'nom', 'nom complet', 'titulaire', 'nombre'],
    ...['nombre completo', 'nome', 'nome completo', 'intestatario', 'naam', 'volledige naam'],
    ...['contactpersoon', 'rekeninghouder', 'imię i nazwisko', 'osoba kontaktowa', 'namn'],
    ...['fullständigt namn', 'kontaktperson', 'kontoinnehavare'],
  ],
  /** Field labels for a first name. */
  labelFirst: [
    ...['first name', 'given name', 'forename', 'vorname', 'prénom', 'nombre de pila'],
    ...['primeiro nome', 'nome próprio', 'voornaam', 'imię', 'förnamn'],
  ],
  /** Field labels for a surname. */
  labelLast: [
    ...['last name', 'surname', 'family name', 'nachname', 'familienname', 'nom de famille'],
    ...['apellido', 'apellidos', 'cognome', 'achternaam', 'nazwisko', 'apelido', 'sobrenome'],
    ...['efternamn'],
  ],
} as const satisfies Record<string, readonly string[]>;

export type PersonCueKind = keyof typeof PERSON_CUES;
