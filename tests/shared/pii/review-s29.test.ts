import { isPersonal as personal } from './helpers.js';

// The twenty-ninth session: what a reviewer who had not seen the code wrote against the rules
// the seventy-fifth (salons and tattoo studios), seventy-sixth (debt collection), seventy-seventh
// (care homes) and seventy-eighth (public transport) red-team sets brought: residents by their
// room, streets named after people, answered questions in the first person, Russian and
// Ukrainian relatives and possessives, role mailboxes. The sentences of the first two blocks were
// labelled wrong by the code before the session (and one near-miss, 'hennę'); the last two
// blocks hold near-misses the new rules could break.

describe('personal payloads found since', () => {
  it.each([
    'Pán z izby č. 5 dnes odmietol obed a celé popoludnie bol nepokojný.',
    'Pani z izby č. 12 sa pýtala, kedy príde jej syn.',
    'Beneficiara de la camera 6 a cerut din nou să fie sunată fiica ei.',
    'Beneficiarul din camera 3 a refuzat micul dejun azi-dimineață.',
    'Korisnik iz sobe 10 pao je noćas u kupaonici, obavijestili smo obitelj.',
    'Korisnica iz sobe 4 nije htjela doručkovati ni popiti čaj.',
    'Zotëria në dhomën 2 kërkoi një batanije shtesë mbrëmë.',
    'Zonja në dhomën 8 nuk pranoi të hante drekë sot.',
    'Heimilismaðurinn í herbergi 11 fékk heimsókn frá syni sínum í dag.',
    'Heimiliskonan í herbergi 3 vildi ekki fara í bað í morgun.',
    "Roedd y ddynes yn ystafell 6 yn ddryslyd iawn bore 'ma ac yn gofyn am ei gŵr.",
    "Mae'r dyn yn ystafell 2 wedi gwrthod ei frecwast eto.",
    'المقيم في الغرفة ٧ رفض تناول العشاء الليلة.',
    'المقيمة في الغرفة 12 طلبت التحدث مع ابنها.',
    'Подопечная из 5-й палаты снова жаловалась на соседку и плакала вечером.',
    'Підопічний з 3-ї палати відмовився від обіду і просив зателефонувати доньці.',
    'Usuario de la habitación 12: se ha levantado solo por la noche y se ha caído.',
    'La usuaria de la hab. 8 ha pedido cambiar el turno de ducha a la tarde.',
    'Client in room 3 has been very low today and kept talking about her late husband.',
    'Pensjonariuszka z pokoju nr 15 znowu upadła w nocy.',
    'Klientka z pokoje 8 dnes odmítla koupel.',
    'Stanovalka iz sobe 5 je ponoči dvakrat klicala na pomoč.',
    'O utente do quarto 4 recusou o banho esta manhã.',
    'Brukaren på rum 7 vill att hans dotter ringer honom ikväll.',
    'Дядото от стая 3 пак не иска да си пие хапчетата.',
    'Beboeren på rom 10 fikk besøk av datteren sin i dag.',
    'Borgeren på værelse 4 ønsker at tale med sin søn.',
    'Мой сосед с улицы Ивана Франко отбывает срок за кражу.',
    'Мой муж болеет диабетом уже пять лет.',
    'Её внук сидит за наркотики, она очень переживает.',
    'У меня диабет второго типа, какие продукты мне можно?',
    'Моя дочь лежит в больнице с пневмонией.',
    'Его жена после инсульта не может говорить.',
    'Мій чоловік приймає антидепресанти вже два роки.',
    "Його син зараз у в'язниці за крадіжку.",
    'Mano vyrą vakar paguldė į ligoninę dėl infarkto.',
    'Mano vyrui diagnozavo cukrinį diabetą.',
    'Viņa ir stāvoklī jau piekto mēnesi.',
    'Мъжът ми е с диабет и трябва да спазва диета.',
    'Vëllain tim e shtruan në spital me infarkt.',
    'Vjehrra ime ka diabet dhe zemër të dobët.',
    'Pabbi er með krabbamein og byrjar í lyfjameðferð á morgun.',
    'Mä oon ollut sairauslomalla masennuksen takia koko kevään.',
    'هو مريض بالسكري منذ سنوات ويحتاج إلى الإنسولين يومياً.',
    'Mano sūnus per rungtynes patyrė smegenų sukrėtimą.',
    'Сестра ми пие антидепресанти от миналата година.',
    'У моего брата игромания, он проиграл всю зарплату.',
    'Mannen min sliter med spilleavhengighet og har tatt opp lån.',
    'Mum was started on donepezil last month and seems a bit brighter.',
    'Moj otac, branitelj iz Vukovara, ima PTSP.',
    'Η μητέρα μου παίρνει χάπια για την καρδιά.',
    'Ich nehme seit März Methotrexat gegen mein Rheuma.',
    'Moja hči se zdravi zaradi anoreksije.',
    'Съседът ми е мюсюлманин и пости по време на Рамазан.',
    'Moja sestra je lezbejka i živi s partnerkom u Novom Sadu.',
    'Mae fy chwaer yn lesbiad ac yn byw yng Nghaerdydd.',
    'Mio cugino è in affidamento in prova ai servizi sociali fino a dicembre.',
    'Jej manžel je vo výkone trestu v Leopoldove.',
    'Мой сын отбывает срок в колонии под Тулой.',
    'Fratele meu a fost reținut de poliție aseară.',
  ])('%s', (text) => {
    expect(personal(text)).toBe(true);
  });
});

describe('non-sensitive payloads no longer flagged', () => {
  it.each([
    'Новата аптека е на ул. „Иван Вазов“ № 12, до пощата.',
    'Ремонтът на бул. „Христо Ботев“ ще продължи до края на юни.',
    'Радови у Улици Милована Ристића трајаће до петка.',
    'Нова пекара отворена је у Улици Милована Ристића 3.',
    'Pobočka se stěhuje do nové budovy v ulici Josefa Kratochvíla 5.',
    'Uzavírka v ulici Boženy Němcové potrvá do konce měsíce.',
    'Nová lekáreň je na ulici Jána Bottu 4.',
    'Rruga Dritan Hoxha do të mbyllet për punime deri të premten.',
    'Η λαϊκή αγορά γίνεται κάθε Τρίτη στην οδό Αριστείδη Κοντού.',
    'Κυκλοφοριακές ρυθμίσεις στη λεωφόρο Ανδρέα Παπανδρέου λόγω έργων.',
    'Bussen stopper ikke i Ingrid Bjerkes vei denne uka.',
    "Ahmet Rasim Sokak'taki fırın bugün kapalı.",
    "Can I get a tattoo if I'm diabetic? Many people with diabetes can get tattoos safely, but check your blood sugar first.",
    "Can I have a massage if I'm pregnant? Yes, after the first trimester and with a trained therapist.",
    'Posso fare la manicure se sono incinta? Sì, la manicure è sicura in gravidanza, basta arieggiare il locale.',
    'Puis-je faire un massage si je suis enceinte ? Oui, à partir du deuxième trimestre.',
    '¿Puedo teñirme el pelo si estoy embarazada? Sí, aunque se recomienda esperar al segundo trimestre.',
    'Czy mogę oddać krew, jeśli biorę antydepresanty? To zależy od leku i od tego, jak długo go przyjmujesz.',
    'Mohu cestovat letadlem, pokud jsem těhotná? Ano, obvykle do 36. týdne těhotenství.',
    'Mogu li se tetovirati ako imam dijabetes? Da, ali samo ako je šećer dobro reguliran.',
    'Μπορώ να κάνω τατουάζ αν έχω διαβήτη; Ναι, εφόσον το σάκχαρο είναι ρυθμισμένο.',
    'Kan jag ge blod om jag har diabetes? Nej, personer som behandlas med insulin kan inte ge blod.',
    'Må jeg dyrke motion, hvis jeg er gravid? Ja, moderat motion anbefales til de fleste gravide.',
    'Kan jeg ta vaksinen hvis jeg er gravid? Ja, vaksinen anbefales for gravide i andre og tredje trimester.',
    'Voinko luovuttaa verta, jos sairastan diabetesta? Kyllä, jos diabetes on hoitotasapainossa ilman insuliinia.',
    'Kas ma võin saunas käia, kui olen rase? Jah, kuid vältige väga kõrget temperatuuri.',
    'Vai es varu ziedot asinis, ja man ir diabēts? Nē, ja diabētu ārstē ar insulīnu.',
    'Ar galiu aukoti kraują, jei sergu diabetu? Ne, jei vartojate insuliną.',
    "Nista' nagħti d-demm jekk għandi d-dijabete? Iva, sakemm ma tkunx qed tieħu l-insulina.",
    'An féidir liom fuil a thabhairt má tá diaibéiteas orm? Braitheann sé ar an gcóireáil atá á fáil agat.',
    'Da li mogu da dam krv ako imam dijabetes? Ne, ako se lečite insulinom.',
    'Má ég gefa blóð ef ég er með sykursýki? Já, ef sykursýkin er meðhöndluð án insúlíns.',
    'Can I still exercise if I have high blood pressure? Usually yes, but start slowly and talk to your GP.',
    'A chaplain, imam, rabbi or other faith leader can visit on request.',
    'Invia il tuo curriculum a lavoraconnoi@ospedalesanmarco.it entro il 30 giugno.',
    'Candidatures spontanées : recrutement@mairie-annecy.fr',
    'Bei Fragen zu offenen Rechnungen wenden Sie sich an inkasso@stadtwerke-beispiel.de.',
    'Har du glemt noe på bussen? Send e-post til hittegods@busselskapet.no.',
    'Kontakta oss på kundtjanst@foretaget.se så hjälper vi dig.',
    'Pour toute question, écrivez à accueil@clinique-du-parc.fr.',
    'Oferty pracy: praca@firma-przyklad.pl',
  ])('%s', (text) => {
    expect(personal(text)).toBe(false);
  });
});

// Near-misses the new rules leave alone: a camera, a hotel's rooms, a wifi user, the imam in a
// list, 'мой' as "wash!", 'его' of a disease, the formal 'Ihr', a template's placeholder, henna
describe('generic sentences the new rules leave alone', () => {
  it.each([
    'Camera 6 in the car park has been offline since the storm.',
    'Our rooms cost €85 per night; room 6 has a sea view and a balcony.',
    'Rooms 3 to 6 will be repainted next week, please use the side entrance.',
    'Introduzca su usuario y el número de habitación (por ejemplo, 12) para conectarse al wifi.',
    'Na zahtjev pacijenta dolazi kapelan, imam, rabin ili drugi vjerski službenik.',
    'Мой руки перед едой и после прогулки.',
    'Диабет — хроническое заболевание, его лечение требует постоянного контроля.',
    'Wenn Ihr Kind hohes Fieber hat, rufen Sie bitte den Kinderarzt an.',
    'Predložak za NPC pismo: „Dragi {{ime}}, tvoj brat je daleko, a majka boluje od {{bolest}}.“',
    'Czy mogę zrobić hennę brwi w ciąży? Zasadniczo tak, ale zalecamy próbę uczuleniową.',
  ])('%s', (text) => {
    expect(personal(text)).toBe(false);
  });
});

// A customer's own question stays personal when the "answer" goes on in the first person, and
// the Croatian "I have" at a sentence's start stays a first person
describe('personal questions and first persons the new rules leave personal', () => {
  it.each([
    "Can I still come in if I'm pregnant? Yes, I found out yesterday, I'm about 8 weeks!",
    'Posso prenotare una pedicure se sono diabetica? Sì, lo sono da dieci anni e ho i piedi molto sensibili.',
    'Imam dijabetes tipa 2 i uzimam inzulin.',
  ])('%s', (text) => {
    expect(personal(text)).toBe(true);
  });
});
