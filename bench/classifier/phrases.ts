// Sentences written for this benchmark. Slots in braces are filled per payload: {name}, {email},
// {phone}, {iban}, {card}, {id}, {ip} are personal; {order}, {sku}, {isbn}, {uuid}, {hash},
// {amount}, {date}, {time}, {version}, {count} are the near-misses a classifier must pass over.

export const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'pt', 'sv'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The words of one language the corpus builder draws on. */
export interface Phrases {
  readonly firstNames: readonly string[];
  readonly lastNames: readonly string[];
  readonly domains: readonly string[];
  /** Sentences with no personal data (near-misses allowed). */
  readonly neutral: readonly string[];
  /** Sentences naming a person without any identifier. */
  readonly person: readonly string[];
  /** Sentences with an identifier (and often a name). */
  readonly identified: readonly string[];
}

export const PHRASES: Readonly<Record<Language, Phrases>> = {
  en: {
    firstNames: ['Oliver', 'Amelia', 'George', 'Isla', 'Harry', 'Emily'],
    lastNames: ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson'],
    domains: ['example.co.uk', 'mail.example.com'],
    neutral: [
      'The quarterly report shows revenue grew by {count}% while costs stayed flat.',
      'Order {order} was shipped on {date} and should arrive within three working days.',
      'Please review the attached draft before the meeting at {time} on Thursday.',
      'Release {version} fixes the upload timeout and updates the ISBN {isbn} catalogue entry.',
      'The build for commit {hash} passed all {count} checks in the pipeline.',
      'Invoice total: {amount}, due in 30 days; reference {sku}.',
      'Our warehouse in Leeds processed {count} parcels last week despite the storm.',
      'Request {uuid} completed successfully after two retries.',
    ],
    person: [
      'Dear Mrs {last}, thank you for your letter about the delayed delivery.',
      'Our employee {name} will visit the site next Tuesday to check the meters.',
      'Kind regards, {name}',
    ],
    identified: [
      'You can reach {name} at {email} or on {phone} during office hours.',
      'Please refund the amount to my account {iban}, thank you.',
      'The patient’s NHS number is {id}; the referral is attached.',
      'Charge the card {card} for the renewal, expiry next year.',
      'Login by {email} from {ip} was blocked after three attempts.',
    ],
  },
  de: {
    firstNames: ['Lukas', 'Anna', 'Jonas', 'Lea', 'Felix', 'Marie'],
    lastNames: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Becker'],
    domains: ['beispiel.de', 'post.example.de'],
    neutral: [
      'Die Bestellung {order} wurde am {date} versandt und trifft in drei Werktagen ein.',
      'Der Umsatz stieg im dritten Quartal um {count} Prozent, die Kosten blieben stabil.',
      'Bitte prüfen Sie den Entwurf vor der Besprechung um {time} Uhr.',
      'Version {version} behebt den Fehler beim Hochladen großer Dateien.',
      'Rechnungsbetrag: {amount}, zahlbar innerhalb von 30 Tagen, Artikel {sku}.',
      'Das Lager in Leipzig hat letzte Woche {count} Pakete bearbeitet.',
      'Die Anfrage {uuid} wurde nach zwei Wiederholungen erfolgreich abgeschlossen.',
      'Das Buch mit der ISBN {isbn} ist wieder lieferbar.',
    ],
    person: [
      'Sehr geehrte Frau {last}, vielen Dank für Ihr Schreiben vom {date}.',
      'Herr {last} aus der Buchhaltung meldet sich morgen bei Ihnen.',
      'Mit freundlichen Grüßen, {name}',
    ],
    identified: [
      'Sie erreichen {name} unter {email} oder telefonisch unter {phone}.',
      'Bitte überweisen Sie den Betrag auf mein Konto {iban}.',
      'Meine Steuer-ID lautet {id}, bitte für die Abrechnung verwenden.',
      'Die Kreditkarte {card} soll für die Verlängerung belastet werden.',
      'Die Anmeldung von {ip} mit {email} wurde nach drei Versuchen gesperrt.',
    ],
  },
  fr: {
    firstNames: ['Léa', 'Hugo', 'Chloé', 'Louis', 'Manon', 'Gabriel'],
    lastNames: ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Petit'],
    domains: ['exemple.fr', 'courriel.example.fr'],
    neutral: [
      'La commande {order} a été expédiée le {date} et arrivera sous trois jours ouvrés.',
      "Le chiffre d'affaires a progressé de {count} % au troisième trimestre.",
      'Merci de relire le projet avant la réunion de {time}.',
      'La version {version} corrige le délai d’attente lors du téléversement.',
      'Montant de la facture : {amount}, payable sous 30 jours, article {sku}.',
      "L'entrepôt de Lyon a traité {count} colis la semaine dernière.",
      'La requête {uuid} a abouti après deux tentatives.',
    ],
    person: [
      'Madame {last}, nous vous remercions de votre courrier du {date}.',
      'Notre collaborateur {name} passera jeudi pour relever les compteurs.',
      'Bien cordialement, {name}',
    ],
    identified: [
      'Vous pouvez joindre {name} à {email} ou au {phone}.',
      'Merci de rembourser le montant sur mon compte {iban}.',
      'Mon numéro de sécurité sociale est {id}.',
      'Veuillez débiter la carte {card} pour le renouvellement.',
    ],
  },
  es: {
    firstNames: ['Lucía', 'Hugo', 'Martina', 'Mateo', 'Sofía', 'Pablo'],
    lastNames: ['García', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Pérez'],
    domains: ['ejemplo.es', 'correo.example.es'],
    neutral: [
      'El pedido {order} se envió el {date} y llegará en tres días laborables.',
      'Las ventas crecieron un {count} % en el tercer trimestre.',
      'Revise el borrador antes de la reunión de las {time}.',
      'La versión {version} corrige el error al subir archivos grandes.',
      'Importe de la factura: {amount}, a pagar en 30 días, artículo {sku}.',
      'El almacén de Valencia gestionó {count} paquetes la semana pasada.',
      'La solicitud {uuid} terminó correctamente tras dos reintentos.',
    ],
    person: [
      'Estimada Sra. {last}, gracias por su carta del {date}.',
      'Nuestro empleado {name} visitará la obra el martes.',
      'Un saludo, {name}',
    ],
    identified: [
      'Puede contactar con {name} en {email} o en el {phone}.',
      'Por favor, devuelvan el importe a mi cuenta {iban}.',
      'Mi DNI es {id}, lo necesitan para la factura.',
      'Carguen la tarjeta {card} para la renovación.',
    ],
  },
  it: {
    firstNames: ['Giulia', 'Leonardo', 'Sofia', 'Francesco', 'Aurora', 'Alessandro'],
    lastNames: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano'],
    domains: ['esempio.it', 'posta.example.it'],
    neutral: [
      "L'ordine {order} è stato spedito il {date} e arriverà entro tre giorni lavorativi.",
      'Il fatturato è cresciuto del {count}% nel terzo trimestre.',
      'Si prega di rivedere la bozza prima della riunione delle {time}.',
      'La versione {version} corregge il timeout durante il caricamento.',
      'Importo della fattura: {amount}, da pagare entro 30 giorni, articolo {sku}.',
      'Il magazzino di Bologna ha gestito {count} pacchi la settimana scorsa.',
      'La richiesta {uuid} è stata completata dopo due tentativi.',
    ],
    person: [
      'Gentile Sig.ra {last}, la ringraziamo per la sua lettera del {date}.',
      'Il nostro dipendente {name} passerà martedì per la lettura dei contatori.',
      'Cordiali saluti, {name}',
    ],
    identified: [
      'Potete contattare {name} a {email} oppure al {phone}.',
      "Vi prego di rimborsare l'importo sul mio conto {iban}.",
      'Il mio codice fiscale è {id}.',
      'Addebitate la carta {card} per il rinnovo.',
    ],
  },
  nl: {
    firstNames: ['Daan', 'Emma', 'Sem', 'Julia', 'Lucas', 'Mila'],
    lastNames: ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser'],
    domains: ['voorbeeld.nl', 'mail.example.nl'],
    neutral: [
      'Bestelling {order} is op {date} verzonden en komt binnen drie werkdagen aan.',
      'De omzet steeg in het derde kwartaal met {count} procent.',
      'Graag het concept doorlezen voor het overleg om {time}.',
      'Versie {version} lost de time-out bij het uploaden op.',
      'Factuurbedrag: {amount}, te betalen binnen 30 dagen, artikel {sku}.',
      'Het magazijn in Utrecht verwerkte vorige week {count} pakketten.',
      'Verzoek {uuid} is na twee pogingen geslaagd.',
    ],
    person: [
      'Geachte mevrouw {last}, dank voor uw brief van {date}.',
      'Onze medewerker {name} komt dinsdag de meters opnemen.',
      'Met vriendelijke groet, {name}',
    ],
    identified: [
      'U kunt {name} bereiken via {email} of op {phone}.',
      'Graag het bedrag terugstorten op mijn rekening {iban}.',
      'Mijn BSN is {id}, nodig voor de aangifte.',
      'Schrijf het bedrag af van creditcard {card}.',
    ],
  },
  pl: {
    firstNames: ['Zuzanna', 'Antoni', 'Julia', 'Jan', 'Maja', 'Aleksander'],
    lastNames: ['Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kamińska', 'Lewandowski'],
    domains: ['przyklad.pl', 'poczta.example.pl'],
    neutral: [
      'Zamówienie {order} zostało wysłane {date} i dotrze w ciągu trzech dni roboczych.',
      'Przychody wzrosły o {count}% w trzecim kwartale.',
      'Proszę przejrzeć projekt przed spotkaniem o {time}.',
      'Wersja {version} naprawia błąd przy wysyłaniu dużych plików.',
      'Kwota faktury: {amount}, płatna w ciągu 30 dni, artykuł {sku}.',
      'Magazyn w Poznaniu obsłużył w zeszłym tygodniu {count} paczek.',
      'Żądanie {uuid} zakończyło się sukcesem po dwóch próbach.',
    ],
    person: [
      'Szanowna Pani {last}, dziękujemy za list z dnia {date}.',
      'Nasz pracownik {name} odwiedzi budowę we wtorek.',
      'Z poważaniem, {name}',
    ],
    identified: [
      'Z {name} można się skontaktować pod adresem {email} lub pod numerem {phone}.',
      'Proszę zwrócić kwotę na moje konto {iban}.',
      'Mój PESEL to {id}.',
      'Proszę obciążyć kartę {card} za odnowienie.',
    ],
  },
  pt: {
    firstNames: ['Maria', 'Francisco', 'Leonor', 'Santiago', 'Matilde', 'Tomás'],
    lastNames: ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa'],
    domains: ['exemplo.pt', 'correio.example.pt'],
    neutral: [
      'A encomenda {order} foi enviada em {date} e chega em três dias úteis.',
      'As receitas cresceram {count}% no terceiro trimestre.',
      'Por favor revejam o rascunho antes da reunião das {time}.',
      'A versão {version} corrige o erro ao carregar ficheiros grandes.',
      'Valor da fatura: {amount}, a pagar em 30 dias, artigo {sku}.',
      'O armazém do Porto tratou {count} encomendas na semana passada.',
      'O pedido {uuid} foi concluído após duas tentativas.',
    ],
    person: [
      'Exma. Sra. {last}, agradecemos a sua carta de {date}.',
      'O nosso colaborador {name} visita a obra na terça-feira.',
      'Com os melhores cumprimentos, {name}',
    ],
    identified: [
      'Pode contactar {name} através de {email} ou pelo {phone}.',
      'Por favor devolvam o valor para a minha conta {iban}.',
      'O meu NIF é {id}.',
      'Debitem o cartão {card} para a renovação.',
    ],
  },
  sv: {
    firstNames: ['Alice', 'William', 'Maja', 'Hugo', 'Elsa', 'Oscar'],
    lastNames: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson'],
    domains: ['exempel.se', 'post.example.se'],
    neutral: [
      'Order {order} skickades {date} och kommer fram inom tre arbetsdagar.',
      'Intäkterna ökade med {count} procent under tredje kvartalet.',
      'Läs gärna utkastet före mötet klockan {time}.',
      'Version {version} rättar felet vid uppladdning av stora filer.',
      'Fakturabelopp: {amount}, att betala inom 30 dagar, artikel {sku}.',
      'Lagret i Göteborg hanterade {count} paket förra veckan.',
      'Begäran {uuid} slutfördes efter två försök.',
    ],
    person: [
      'Hej {first}, tack för ditt brev från {date}.',
      'Vår medarbetare {name} kommer på tisdag för att läsa av mätarna.',
      'Med vänliga hälsningar, {name}',
    ],
    identified: [
      'Du når {name} på {email} eller på {phone}.',
      'Betala tillbaka beloppet till mitt konto {iban}.',
      'Mitt personnummer är {id}.',
      'Debitera kortet {card} för förnyelsen.',
    ],
  },
};
