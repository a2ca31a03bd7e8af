/**
 * Common given names and surnames that the locales of @faker-js/faker lack, added to the name
 * gazetteer by scripts/build-name-gazetteer.ts. Common given names and surnames of Ireland,
 * Greece, Finland, the Nordic countries, Czechia, Hungary, Romania, Bulgaria, Lithuania, Croatia,
 * Estonia, Malta, Wales, Catalonia, the Basque Country, Ukraine (in Latin script), Iceland,
 * the Faroe Islands and Luxembourg, and Portuguese and British surnames, compiled for this project
 * from general knowledge of the names in everyday use there (no external list copied): faker
 * has no Irish names at all (en_IE lists none), only formal Greek names ('Γεώργιος', not
 * 'Γιώργος') and 100 Finnish ones. Written as people write them; the build folds them.
 */

/** Given names. */
export const SUPPLEMENT_FIRST_NAMES: readonly string[] = [
  // Irish
  ...['Aoife', 'Siobhán', 'Niamh', 'Saoirse', 'Caoimhe', 'Aisling', 'Orla', 'Orlaith', 'Róisín'],
  ...[
    'Sinéad',
    'Clodagh',
    'Gráinne',
    'Eimear',
    'Áine',
    'Méabh',
    'Aoibheann',
    'Ailbhe',
    'Bláthnaid',
  ],
  ...['Dearbhla', 'Fiadh', 'Muireann', 'Nuala', 'Sadhbh', 'Síle', 'Bríd', 'Máire', 'Máiréad'],
  ...['Éabha', 'Deirdre', 'Mairéad', 'Ciara', 'Emer', 'Ciarán', 'Oisín', 'Cian', 'Darragh', 'Eoin'],
  ...[
    'Pádraig',
    'Séamus',
    'Cathal',
    'Colm',
    'Dónal',
    'Donal',
    'Fionn',
    'Tadhg',
    'Ruairí',
    'Ruairi',
  ],
  ...['Cillian', 'Seán', 'Diarmuid', 'Donncha', 'Feargal', 'Fiachra', 'Lorcan', 'Odhrán', 'Rónán'],
  ...['Senan', 'Tomás', 'Conall', 'Cormac', 'Declan', 'Niall', 'Éanna', 'Peadar', 'Micheál'],
  ...['Daithí', 'Aodhán', 'Caoimhín', 'Seosamh', 'Oisin', 'Ciaran', 'Padraig', 'Sean'],
  // Greek, as they are used every day (faker lists the formal forms only), and their vocatives
  // ('Γιώργο') from the build
  ...['Γιώργος', 'Γιάννης', 'Νίκος', 'Κώστας', 'Δημήτρης', 'Μανώλης', 'Θανάσης', 'Τάσος'],
  ...['Βαγγέλης', 'Λευτέρης', 'Στέλιος', 'Σπύρος', 'Μιχάλης', 'Τάκης', 'Λάμπρος', 'Χάρης'],
  ...['Φώτης', 'Μάριος', 'Αλέξης', 'Θοδωρής', 'Στάθης', 'Γρηγόρης', 'Πάνος', 'Αντώνης', 'Ηλίας'],
  ...['Νικόλαος', 'Παναγιώτης', 'Βασίλειος', 'Ευάγγελος', 'Χρήστος', 'Κωνσταντίνος', 'Απόστολος'],
  ...['Κατερίνα', 'Ελένη', 'Βάσω', 'Βασιλική', 'Γεωργία', 'Αγγελική', 'Φωτεινή', 'Δήμητρα'],
  ...['Μαρίνα', 'Στέλλα', 'Λένα', 'Μαίρη', 'Ξανθή', 'Όλγα', 'Πόπη', 'Αικατερίνη', 'Ευτυχία'],
  ...['Θεοδώρα', 'Κυριακή', 'Ευδοκία', 'Σταματία', 'Μυρτώ', 'Ιφιγένεια', 'Ραλλού', 'Αλίκη'],
  // Greek in Latin script, as passports, bookings and the diaspora write them (formal and
  // everyday forms)
  ...['Dimitrios', 'Georgios', 'Konstantinos', 'Ioannis', 'Nikolaos', 'Panagiotis', 'Vasileios'],
  ...['Christos', 'Athanasios', 'Evangelos', 'Spyridon', 'Stavros', 'Theodoros', 'Kyriakos'],
  ...['Charalampos', 'Charalambos', 'Apostolos', 'Stylianos', 'Emmanouil', 'Michail', 'Grigorios'],
  ...['Anastasios', 'Efstathios', 'Eleftherios', 'Dimitris', 'Giorgos', 'Yiorgos', 'Giannis'],
  ...['Yiannis', 'Nikos', 'Kostas', 'Thanasis', 'Vangelis', 'Lefteris', 'Stelios', 'Spyros'],
  ...['Sotiris', 'Panagiotis', 'Antonios', 'Periklis', 'Aristotelis', 'Themistoklis', 'Evangelia'],
  ...['Aikaterini', 'Ekaterini', 'Vasiliki', 'Paraskevi', 'Dimitra', 'Angeliki', 'Fotini'],
  ...['Despoina', 'Despina', 'Chrysoula', 'Panagiota', 'Kyriaki', 'Styliani', 'Konstantina'],
  ...['Georgia', 'Eleni', 'Ourania', 'Evanthia', 'Stamatia', 'Efthymia', 'Athanasia'],
  // Finnish
  ...['Jussi', 'Riikka', 'Tuomo', 'Jarmo', 'Jouni', 'Kimmo', 'Harri', 'Ilkka', 'Vesa', 'Teemu'],
  ...['Joni', 'Tommi', 'Olli', 'Sanna', 'Jenni', 'Kirsi', 'Merja', 'Outi', 'Noora', 'Henna'],
  ...['Venla', 'Aada', 'Iida', 'Kaisa', 'Niina', 'Piia', 'Terhi', 'Virpi', 'Marjo', 'Heli'],
  ...['Jyrki', 'Pasi', 'Arto', 'Jukka', 'Raimo', 'Reijo', 'Risto', 'Juho', 'Eetu', 'Onni'],
  ...['Leevi', 'Elias', 'Eino', 'Väinö', 'Aino', 'Helmi', 'Ellen', 'Siiri', 'Pihla', 'Veera'],
  // Swedish, Danish, Norwegian
  ...['Annika', 'Björn', 'Sven', 'Nils', 'Olof', 'Gunnar', 'Magnus', 'Mats', 'Ulf', 'Kerstin'],
  ...['Ingrid', 'Karin', 'Britt', 'Birgitta', 'Ebba', 'Elsa', 'Wilma', 'Alva', 'Freja', 'Signe'],
  ...['Astrid', 'Linnea', 'Tove', 'Sigrid', 'Solveig', 'Ole', 'Jens', 'Søren', 'Mette', 'Pia'],
  ...['Lise', 'Kirsten', 'Trine', 'Rasmus', 'Mads', 'Frederik', 'Kasper', 'Mikkel', 'Morten'],
  ...['Bjørn', 'Knut', 'Håkon', 'Eirik', 'Sindre', 'Øystein', 'Torbjørn', 'Ragnhild', 'Marit'],
  ...['Hilde', 'Kjersti', 'Silje', 'Ingvild', 'Thea', 'Viggo', 'Malthe', 'Asger', 'Ditte'],
  ...['Maja', 'Agnes', 'Stina', 'Jonna', 'Lovisa', 'Tuva', 'Hedda', 'Oskar', 'Sixten', 'Gustav'],
  // Czech
  ...['Jiří', 'Petr', 'Josef', 'Pavel', 'Tomáš', 'Jaroslav', 'Miroslav', 'Zdeněk', 'Václav'],
  ...['Michal', 'František', 'Jakub', 'Karel', 'Lukáš', 'Vladimír', 'Ondřej', 'Radek', 'Vojtěch'],
  ...['Matěj', 'Libor', 'Luboš', 'Zbyněk', 'Jana', 'Hana', 'Lenka', 'Kateřina', 'Lucie', 'Alena'],
  ...['Petra', 'Jaroslava', 'Jitka', 'Tereza', 'Ludmila', 'Zdeňka', 'Jarmila', 'Zuzana', 'Jiřina'],
  ...['Markéta', 'Eliška', 'Dagmar', 'Kristýna', 'Vlasta', 'Pavla', 'Šárka', 'Radka', 'Iveta'],
  ...['Klára', 'Libuše', 'Bohumila', 'Božena', 'Drahomíra', 'Stanislava', 'Miroslava'],
  // Hungarian
  ...['László', 'István', 'József', 'János', 'Zoltán', 'Sándor', 'Gábor', 'Ferenc', 'Attila'],
  ...['Péter', 'Tamás', 'Zsolt', 'Tibor', 'András', 'Csaba', 'Imre', 'Lajos', 'György', 'Balázs'],
  ...['Gyula', 'Mihály', 'Károly', 'Bence', 'Máté', 'Ádám', 'Dániel', 'Levente', 'Gergő'],
  ...['Krisztián', 'Ákos', 'Barnabás', 'Botond', 'Zsombor', 'Erzsébet', 'Katalin', 'Ilona'],
  ...['Zsuzsanna', 'Margit', 'Judit', 'Ágnes', 'Krisztina', 'Mónika', 'Edit', 'Szilvia', 'Eszter'],
  ...['Tímea', 'Ildikó', 'Zsófia', 'Réka', 'Nóra', 'Dóra', 'Boglárka', 'Lilla', 'Kitti', 'Fanni'],
  ...['Csilla', 'Enikő', 'Orsolya', 'Beáta', 'Noémi', 'Kinga', 'Piroska', 'Erika', 'Gabriella'],
  // Romanian
  ...['Andrei', 'Alexandru', 'Gheorghe', 'Mihai', 'Constantin', 'Vasile', 'Ioan', 'Nicolae'],
  ...['Florin', 'Marius', 'Adrian', 'Cristian', 'Ionuț', 'Bogdan', 'Ștefan', 'Răzvan', 'Sorin'],
  ...['Cătălin', 'Vlad', 'Radu', 'Alin', 'Ovidiu', 'Lucian', 'Cosmin', 'Claudiu', 'Tudor'],
  ...['Dragoș', 'Mircea', 'Petru', 'Dumitru', 'Ioana', 'Andreea', 'Mihaela', 'Daniela'],
  ...['Georgiana', 'Nicoleta', 'Ramona', 'Roxana', 'Florentina', 'Oana', 'Raluca', 'Larisa'],
  ...['Anca', 'Iuliana', 'Corina', 'Camelia', 'Loredana', 'Luminița', 'Mirela', 'Lavinia'],
  ...['Teodora', 'Sorina', 'Ileana', 'Rodica', 'Ecaterina'],
  // German and Dutch names faker lacks
  ...['Jürgen', 'Uwe', 'Günther', 'Ineke', 'Janneke'],
  // Polish diminutives in everyday use ('Kaśka z kadr', 'Tomek'): no ending rule derives them
  ...['Kasia', 'Kaśka', 'Basia', 'Gosia', 'Zosia', 'Bartek', 'Tomek', 'Wojtek', 'Franek'],
  ...['Maciek', 'Krzysiek', 'Staszek', 'Jola'],
  // Irish and Romanian short forms in everyday use ('Paddy Keane', 'Cristi de la vânzări')
  ...['Paddy', 'Eamon', 'Eamonn', 'Dermot', 'Finbarr', 'Fergal', 'Cristi', 'Ionel', 'Costel'],
  ...['Gigel', 'Nelu', 'Dorel', 'Viorel', 'Lenuța', 'Anișoara', 'Mioara'],
  // Spanish short forms and diminutives in everyday use
  ...['Manolo', 'Quique', 'Chema', 'Conchi', 'Charo', 'Juanito', 'Pepito'],
  ...['Mamen', 'Maripaz', 'Merche', 'Encarni', 'Inma', 'Loli', 'Toñi', 'Pili', 'Nacho', 'Paco'],
  // Welsh (faker's English lists are American: no Gareth, no Rhys)
  ...['Gareth', 'Rhys', 'Dafydd', 'Emyr', 'Gethin', 'Iwan', 'Huw', 'Ieuan', 'Owain', 'Aled'],
  ...['Bryn', 'Carwyn', 'Dewi', 'Gruffudd', 'Gwilym', 'Hywel', 'Idris', 'Meirion', 'Rhodri'],
  ...['Rhydian', 'Siôn', 'Steffan', 'Tudur', 'Wyn', 'Alun', 'Geraint', 'Glyn', 'Iolo', 'Elin'],
  ...['Carys', 'Cerys', 'Ffion', 'Gwen', 'Gwenllian', 'Lowri', 'Manon', 'Nia', 'Rhian'],
  ...['Rhiannon', 'Sioned', 'Siân', 'Angharad', 'Bethan', 'Catrin', 'Eleri', 'Heledd', 'Haf'],
  ...['Mererid', 'Nerys', 'Menna', 'Llinos', 'Eirlys', 'Elain', 'Mali', 'Efa', 'Tomos'],
  // Basque (faker has none)
  ...['Amaia', 'Ane', 'Nerea', 'Itziar', 'Maite', 'Ainhoa', 'Leire', 'Garazi', 'Irati', 'Uxue'],
  ...['Nahia', 'Haizea', 'Miren', 'Arantxa', 'Edurne', 'Idoia', 'Izaskun', 'Josune', 'Olatz'],
  ...['Oihana', 'Maialen', 'Iker', 'Unai', 'Asier', 'Aitor', 'Ander', 'Gorka', 'Mikel', 'Xabier'],
  ...['Iñaki', 'Koldo', 'Eneko', 'Julen', 'Oier', 'Joseba', 'Iñigo', 'Imanol', 'Urko', 'Xabi'],
  ...['Aritz', 'Gaizka', 'Peio', 'Kepa', 'Patxi', 'Andoni', 'Ekaitz', 'Txema', 'Arkaitz'],
  // Ukrainian in Latin script, as passports (the national transliteration) and the diaspora
  // write them (faker's uk lists are in Cyrillic)
  ...['Oksana', 'Olena', 'Iryna', 'Nataliia', 'Nataliya', 'Tetiana', 'Tetyana', 'Yuliia'],
  ...['Yuliya', 'Kateryna', 'Olha', 'Svitlana', 'Liudmyla', 'Lyudmyla', 'Halyna', 'Mariia'],
  ...['Viktoriia', 'Anastasiia', 'Daryna', 'Sofiia', 'Yaroslava', 'Khrystyna', 'Oleksandra'],
  ...['Nadiia', 'Larysa', 'Valentyna', 'Zoriana', 'Solomiia', 'Ulyana', 'Oleksandr', 'Oleksii'],
  ...['Oleksiy', 'Andrii', 'Andriy', 'Serhii', 'Serhiy', 'Dmytro', 'Mykola', 'Volodymyr'],
  ...['Vasyl', 'Yurii', 'Yuriy', 'Ihor', 'Bohdan', 'Petro', 'Pavlo', 'Maksym', 'Artem'],
  ...['Vitalii', 'Yevhen', 'Oleh', 'Vadym', 'Denys', 'Mykhailo', 'Stepan', 'Anatolii'],
  ...['Yaroslav', 'Rostyslav', 'Sviatoslav', 'Borys', 'Hryhorii', 'Fedir', 'Kostiantyn'],
  ...['Nazar', 'Danylo', 'Yehor', 'Taras', 'Ruslan'],
  // Icelandic and Faroese (faker has neither)
  ...['Sigurður', 'Guðrún', 'Ólafur', 'Þórður', 'Hildur', 'Sigríður', 'Árni', 'Halldór'],
  ...['Ragnheiður', 'Ingibjörg', 'Bjarni', 'Hallgrímur', 'Guðmundur', 'Pétur', 'Haraldur'],
  ...['Ásgeir', 'Birgir', 'Gísli', 'Hrafn', 'Hrafnhildur', 'Sigrún', 'Steinunn', 'Vigdís'],
  ...['Bryndís', 'Auður', 'Berglind', 'Brynja', 'Dagný', 'Erla', 'Eyrún', 'Guðný', 'Ragna'],
  ...['Rakel', 'Þórunn', 'Unnur', 'Valgerður', 'Arnar', 'Baldur', 'Egill', 'Eiður', 'Friðrik'],
  ...['Grímur', 'Gylfi', 'Hjalti', 'Hörður', 'Ingólfur', 'Ragnar', 'Sigmundur', 'Snorri'],
  ...['Sveinn', 'Tryggvi', 'Þorsteinn', 'Ægir', 'Bragi', 'Finnur', 'Guðni', 'Kolbeinn'],
  ...['Leifur', 'Skúli', 'Sturla', 'Rannvá', 'Jóannes', 'Sámal', 'Bárður', 'Rógvi', 'Turið'],
  ...['Sunnvá', 'Brandur', 'Heðin', 'Jógvan', 'Marjun', 'Herborg', 'Beinta', 'Rakul', 'Høgni'],
  ...['Tróndur', 'Sjúrður', 'Pætur', 'Eyðun', 'Símun', 'Teitur', 'Dánjal', 'Gunnvá', 'Jórunn'],
  // Luxembourgish short forms
  ...['Jang', 'Jemp', 'Jhemp', 'Fränz', 'Charel', 'Jeanny', 'Tessy', 'Josiane', 'Fernand'],
  // Bulgarian (faker has Russian and Ukrainian forms: 'Пётр', 'Петро', not 'Петър'), the names
  // of Bulgarian Turks, and the diminutives in everyday use ('Гошо' for Георги, 'Мими' for Мария)
  ...['Петър', 'Георги', 'Димитър', 'Николай', 'Христо', 'Стоян', 'Тодор', 'Йордан', 'Васил'],
  ...['Атанас', 'Красимир', 'Пламен', 'Цветан', 'Любомир', 'Румен', 'Калоян', 'Божидар'],
  ...['Стефан', 'Емил', 'Венцислав', 'Траян', 'Кирил', 'Методи', 'Благовест', 'Светослав'],
  ...['Йорданка', 'Иванка', 'Росица', 'Десислава', 'Цветелина', 'Радка', 'Снежана', 'Милена'],
  ...['Гергана', 'Веселина', 'Петя', 'Биляна', 'Стефка', 'Станка', 'Красимира', 'Виолета'],
  ...['Райна', 'Нели', 'Теменуга', 'Йоана', 'Деница', 'Мариела', 'Радостина', 'Цвета'],
  ...['Айше', 'Мехмед', 'Ахмед', 'Фатме', 'Хасан', 'Юсуф', 'Емине', 'Зейнеп', 'Хюсеин', 'Исмаил'],
  ...['Гошо', 'Мими', 'Пешо', 'Митко', 'Ванчо', 'Тошо', 'Краси', 'Наско', 'Сашо', 'Стефчо'],
  ...['Цеци', 'Жоро', 'Ицо', 'Пепи', 'Бобо', 'Данчо', 'Ники', 'Галя', 'Ваня', 'Ради'],
  // Lithuanian (faker has no Lithuanian locale)
  ...['Tomas', 'Mantas', 'Lukas', 'Darius', 'Mindaugas', 'Gintaras', 'Vytautas', 'Rimantas'],
  ...['Saulius', 'Andrius', 'Paulius', 'Giedrius', 'Aurimas', 'Tadas', 'Žygimantas', 'Algirdas'],
  ...['Kęstutis', 'Arūnas', 'Jonas', 'Rūta', 'Gabija', 'Ieva', 'Agnė', 'Gintarė', 'Jurgita'],
  ...['Inga', 'Asta', 'Austėja', 'Vaida', 'Birutė', 'Daiva', 'Jūratė', 'Rasa', 'Eglė', 'Aušra'],
  // Lithuanian names faker's lists lack
  ...['Dovilė', 'Ugnė', 'Indrė', 'Aistė', 'Aldona', 'Danutė', 'Audronė', 'Sigita', 'Giedrė'],
  ...['Milda', 'Vaiva', 'Miglė', 'Urtė', 'Akvilė', 'Deimantė', 'Skaistė', 'Živilė', 'Domantas'],
  ...['Dominykas', 'Nojus', 'Jokūbas', 'Kajus', 'Benas', 'Emilis', 'Nerijus', 'Ričardas'],
  ...['Vytenis', 'Ignas', 'Karolis', 'Deividas', 'Rokas', 'Povilas', 'Egidijus', 'Evaldas'],
  ...['Donatas', 'Vaidas', 'Artūras', 'Arvydas', 'Valdas', 'Edvardas', 'Raimondas', 'Šarūnas'],
  ...['Algimantas', 'Vidmantas', 'Gediminas', 'Laimonas', 'Audrius'],
  // Latvian names faker's lists lack ('Juris' also SUPPLEMENT_AMBIGUOUS: Latin "of law")
  ...['Ilze', 'Inese', 'Dace', 'Evija', 'Dagnija', 'Baiba', 'Vija', 'Daiga', 'Gunta', 'Aija'],
  ...['Aivars', 'Juris', 'Raivis', 'Gints', 'Uldis', 'Valdis', 'Guntis', 'Armands', 'Kaspars'],
  ...['Rihards', 'Oskars', 'Dainis', 'Normunds', 'Ivars'],
  // Hungarian names faker's lists lack
  ...['Edina', 'Adrienn', 'Györgyi', 'Hajnalka', 'Irén', 'Julianna', 'Magdolna', 'Nikolett'],
  ...['Nikoletta', 'Szabina', 'Tünde', 'Zsanett', 'Anikó', 'Ágota', 'Bernadett', 'Dalma'],
  ...['Emőke', 'Etelka', 'Gizella', 'Jolán', 'Mariann', 'Sebestyén', 'Tivadar', 'Zsigmond'],
  ...['Ernő', 'Dezső', 'Kálmán', 'Gyöngyi'],
  // Hungarian diminutives ('Pisti' for István, 'Laci' for László)
  ...['Pisti', 'Laci', 'Jóska', 'Feri', 'Józsi', 'Gyuri', 'Sanyi', 'Zoli', 'Bandi', 'Jancsi'],
  ...['Erzsi', 'Zsuzsa', 'Zsuzsi', 'Marika', 'Juci', 'Pali', 'Misi', 'Béla', 'Jenő', 'Kati'],
  // Estonian (faker has no Estonian locale)
  ...['Kadri', 'Mari', 'Liis', 'Kristi', 'Triin', 'Kertu', 'Kätlin', 'Piret', 'Tiina', 'Anu'],
  ...['Ene', 'Maie', 'Malle', 'Helgi', 'Reet', 'Kaja', 'Külli', 'Katrin', 'Merle', 'Marju'],
  ...['Siiri', 'Maarja', 'Grete', 'Elis', 'Liisa', 'Mirjam', 'Kärt', 'Ülle', 'Jaan', 'Jüri'],
  ...['Toomas', 'Tõnu', 'Andres', 'Indrek', 'Margus', 'Priit', 'Rein', 'Mart', 'Peeter'],
  ...['Tarmo', 'Urmas', 'Aivar', 'Siim', 'Rasmus', 'Kristjan', 'Raul', 'Ülo', 'Enn', 'Heino'],
  ...['Kalev', 'Lembit', 'Tanel', 'Taavi', 'Kaspar', 'Ott', 'Meelis', 'Madis', 'Rain', 'Tiit'],
  // Maltese
  ...['Ġużeppi', 'Guzeppi', 'Ġanni', 'Ġorġ', 'Pawlu', 'Marija', 'Graziella', 'Charlene'],
  // Communities from outside Europe living in the EU, as names are written in Latin script there:
  // Arabic and Maghrebi, Somali and East African, West African, South Asian, Afghan and
  // Persian, Chinese (pinyin), Vietnamese (faker's locales hold few or none of them)
  ...['Faisal', 'Karim', 'Karima', 'Farida', 'Fatma', 'Khadija', 'Aicha', 'Aïcha', 'Nadia'],
  ...['Samira', 'Souad', 'Latifa', 'Naima', 'Zineb', 'Meryem', 'Yousra', 'Hanane', 'Rachid'],
  ...['Mustapha', 'Abdelkarim', 'Abdelaziz', 'Hicham', 'Khalid', 'Tarik', 'Driss', 'Mourad'],
  ...['Nabil', 'Bilal', 'Hamza', 'Zakaria', 'Soufiane', 'Ayoub', 'Anouar', 'Redouane', 'Samir'],
  ...['Hodan', 'Hibaaq', 'Ayaan', 'Ubah', 'Sahra', 'Faadumo', 'Abdirahman', 'Abdullahi', 'Liban'],
  ...['Yonas', 'Tesfaye', 'Berhane', 'Semhar', 'Selam', 'Abebe', 'Dawit', 'Mekonnen', 'Tsegaye'],
  ...['Chidi', 'Chinedu', 'Chiamaka', 'Ngozi', 'Obinna', 'Emeka', 'Ifeoma', 'Oluwaseun', 'Tunde'],
  ...['Adebayo', 'Folake', 'Kwame', 'Kofi', 'Akosua', 'Abena', 'Mamadou', 'Moussa', 'Ousmane'],
  ...['Aminata', 'Fatou', 'Awa', 'Ibrahima', 'Cheikh', 'Mariama', 'Seydou', 'Boubacar'],
  ...['Raghav', 'Arjun', 'Rohan', 'Vikram', 'Sanjay', 'Rajesh', 'Suresh', 'Ramesh', 'Anil'],
  ...['Deepika', 'Anjali', 'Pooja', 'Sneha', 'Lakshmi', 'Meera', 'Kavya', 'Shreya', 'Nisha'],
  ...['Imran', 'Asif', 'Tariq', 'Usman', 'Zeeshan', 'Shahid', 'Adnan', 'Waqas', 'Sana'],
  ...['Ayesha', 'Rukhsana', 'Shabnam', 'Nasreen', 'Farhan', 'Rahim', 'Sabina', 'Taslima'],
  ...['Mohammad', 'Ahmad', 'Mahmoud', 'Reza', 'Ali', 'Hossein', 'Mehdi', 'Arash', 'Dariush'],
  ...['Shirin', 'Parisa', 'Maryam', 'Zahra', 'Fereshteh', 'Nazanin', 'Farzaneh', 'Roya'],
  ...['Wei', 'Jing', 'Xiaoming', 'Xiaoyan', 'Yan', 'Ying', 'Hui', 'Jun', 'Lei', 'Qiang', 'Jie'],
  ...['Fang', 'Lan', 'Ling', 'Mei', 'Xin', 'Yu', 'Hao', 'Bo', 'Tao', 'Chen', 'Zhen', 'Ming'],
  ...['Thi', 'Huong', 'Hoa', 'Linh', 'Trang', 'Thu', 'Thuy', 'Phuong', 'Ngoc', 'Hanh', 'Hien'],
  ...['Minh', 'Tuan', 'Duc', 'Quang', 'Hung', 'Thanh', 'Hieu', 'Khanh', 'Trung', 'Dung', 'Van'],
  // Bulgarian names faker's bg lists lack
  ...['Иво', 'Цветелин', 'Цветелина', 'Светослав', 'Десислава', 'Радослав', 'Пламен', 'Милен'],
  // Catalan (faker's es lists are Castilian)
  ...['Montserrat', 'Montse', 'Núria', 'Mireia', 'Meritxell', 'Roser', 'Mercè', 'Neus', 'Glòria'],
  ...['Queralt', 'Carme', 'Eulàlia', 'Assumpta', 'Txell', 'Aina', 'Ariadna', 'Laia', 'Berta'],
  ...['Jordi', 'Pere', 'Josep', 'Pau', 'Arnau', 'Oriol', 'Jaume', 'Lluís', 'Francesc', 'Quim'],
  ...['Biel', 'Martí', 'Enric', 'Narcís', 'Sergi', 'Xavi', 'Joan', 'Ramon', 'Carles', 'Ferran'],
  // Names that are also words (listed again in SUPPLEMENT_AMBIGUOUS)
  ...['Ζωή', 'Νίκη', 'Ειρήνη', 'Χαρά', 'Αθηνά', 'Suvi'],
];

// Estonian surnames, many of them nouns (oak, island, smith, hill, birch: SUPPLEMENT_AMBIGUOUS).
const ESTONIAN_SURNAMES: readonly string[] = [
  ...['Tamm', 'Saar', 'Sepp', 'Mägi', 'Kask', 'Kukk', 'Rebane', 'Ilves', 'Pärn', 'Koppel'],
  ...['Lepik', 'Kuusk', 'Karu', 'Kallas', 'Lõhmus', 'Luik', 'Kaasik', 'Raudsepp', 'Vaher'],
  ...['Lepp', 'Kivi', 'Mets', 'Oja', 'Laur', 'Teder', 'Järve', 'Kütt', 'Põder', 'Kull'],
  ...['Mölder', 'Jõgi', 'Kangur', 'Sild', 'Kivisild', 'Ots', 'Pukk', 'Toom', 'Rand', 'Tamme'],
];

const BULGARIAN_SURNAMES: readonly string[] = [
  ...['Иванов', 'Георгиев', 'Димитров', 'Петров', 'Николов', 'Христов', 'Стоянов', 'Тодоров'],
  ...['Илиев', 'Василев', 'Атанасов', 'Петков', 'Колев', 'Йорданов', 'Маринов', 'Стефанов'],
  ...['Михайлов', 'Кръстев', 'Костов', 'Димов', 'Павлов', 'Янков', 'Митев', 'Цветков'],
  ...['Мехмедов', 'Хасанов', 'Ахмедов', 'Алиев', 'Ибрямов', 'Юсеинов', 'Райчев', 'Генчев'],
  ...['Найденов', 'Младенов', 'Русев', 'Пенев', 'Славов', 'Божилов', 'Кирилов'],
];

const LITHUANIAN_SURNAMES: readonly string[] = [
  ...['Kazlauskas', 'Jankauskas', 'Petrauskas', 'Stankevičius', 'Vasiliauskas', 'Žukauskas'],
  ...['Butkus', 'Paulauskas', 'Urbonas', 'Kavaliauskas', 'Petraitis', 'Navickas', 'Ramanauskas'],
  ...['Baranauskas', 'Savickas', 'Rimkus', 'Sakalauskas', 'Adomaitis', 'Mockus', 'Kairys'],
  ...['Malinauskas', 'Jonaitis', 'Lukošius', 'Šimkus', 'Vaitkus', 'Stonkus'],
];

/**
 * A Lithuanian surname's married form: the ending off, '-ienė' on ('Kazlauskas' → 'Kazlauskienė',
 * 'Stankevičius' → 'Stankevičienė', 'Butkus' → 'Butkienė').
 */
const wifeOf = (name: string): string => `${name.replace(/(?:ius|as|is|ys|us)$/, '')}ienė`;

/**
 * A Lithuanian surname's unmarried form: '-as' → '-aitė', '-is' and '-ys' → '-ytė', '-ius' →
 * '-iūtė', '-us' → '-utė' ('Kazlauskas' → 'Kazlauskaitė', 'Petraitis' → 'Petraitytė',
 * 'Stankevičius' → 'Stankevičiūtė', 'Butkus' → 'Butkutė').
 */
const daughterOf = (name: string): string =>
  name
    .replace(/ius$/, 'iūtė')
    .replace(/as$/, 'aitė')
    .replace(/(?:is|ys)$/, 'ytė')
    .replace(/us$/, 'utė');

/** Surnames. Irish ones in English and in Irish ('Ó Briain', 'Ní Bhriain': the particle apart). */
export const SUPPLEMENT_LAST_NAMES: readonly string[] = [
  ...['Murphy', 'Kelly', "O'Sullivan", 'Walsh', "O'Brien", 'Byrne', 'Ryan', "O'Connor", "O'Neill"],
  ...["O'Reilly", 'Doyle', 'McCarthy', 'Gallagher', "O'Doherty", 'Kennedy', 'Lynch', 'Murray'],
  ...['Quinn', 'McLoughlin', "O'Carroll", 'Connolly', 'Daly', "O'Connell", 'Dunne', 'Brennan'],
  ...['Burke', 'Collins', 'Hughes', "O'Farrell", 'Fitzgerald', 'Maguire', 'Nolan', 'Flynn'],
  ...["O'Callaghan", "O'Donnell", 'Duffy', "O'Mahony", 'Boyle', 'Healy', "O'Shea", 'Sweeney'],
  ...['Kavanagh', 'McGrath', 'Moran', 'Brady', 'Casey', 'Foley', 'Fitzpatrick', "O'Leary"],
  ...['McDonnell', 'MacMahon', 'Donnelly', 'Donovan', 'Flanagan', 'Cunningham', 'Kenny'],
  ...['Sheehan', 'Whelan', 'Cullen', 'Keane', 'Maher', 'McKenna', 'Hogan', "O'Keeffe", 'Magee'],
  ...['McNamara', 'Moloney', "O'Rourke", 'Buckley', "O'Dwyer", 'Ó Briain', 'Ní Bhriain'],
  ...['Ó Murchú', 'Ní Mhurchú', 'Ó Súilleabháin', 'Ní Shúilleabháin', 'Ó Ceallaigh'],
  ...['Ní Cheallaigh', 'Ó Néill', 'Ní Néill', 'Mac Cárthaigh', 'Nic Cárthaigh', 'Ó Conchúir'],
  ...['Ní Chonchúir', 'Breathnach', 'Ó Dónaill', 'Ní Dhónaill', 'Ó Raghallaigh'],
  ...['Ó Broin', 'Ní Bhroin', 'Ó Floinn', 'Ní Fhloinn', 'Mac Gearailt'],
  // Bulgarian, masculine and (with '-а') feminine: 'Иванов', 'Иванова'
  ...BULGARIAN_SURNAMES,
  ...BULGARIAN_SURNAMES.map((name) => `${name}а`),
  // Lithuanian, masculine; the wife's ('-ienė') and the daughter's ('-aitė', '-ytė', '-ūtė')
  // forms are made of the stem
  ...LITHUANIAN_SURNAMES,
  ...LITHUANIAN_SURNAMES.map(wifeOf),
  ...LITHUANIAN_SURNAMES.map(daughterOf),
  ...['Petraitytė', 'Kazlauskaitė', 'Jankauskaitė', 'Petrauskaitė', 'Butkutė', 'Mockutė'],
  // Croatian (faker's hr lists few of the commonest)
  ...['Horvat', 'Kovačević', 'Babić', 'Marić', 'Jurić', 'Novak', 'Kovačić', 'Knežević', 'Vuković'],
  ...['Marković', 'Petrović', 'Matić', 'Tomić', 'Pavlović', 'Božić', 'Blažević', 'Grgić', 'Pavić'],
  ...['Radić', 'Perić', 'Kovač', 'Šarić', 'Lovrić', 'Vidović', 'Perković', 'Popović', 'Bošnjak'],
  // Estonian
  ...ESTONIAN_SURNAMES,
  // Maltese
  ...['Borg', 'Camilleri', 'Vella', 'Farrugia', 'Zammit', 'Galea', 'Grech', 'Attard', 'Spiteri'],
  ...['Azzopardi', 'Micallef', 'Cassar', 'Agius', 'Sammut', 'Caruana', 'Mifsud', 'Gauci'],
  ...['Abela', 'Fenech', 'Mizzi', 'Schembri', 'Bonnici', 'Muscat', 'Debono', 'Xuereb'],
  ...['Cutajar', 'Buttigieg', 'Aquilina', 'Portelli', 'Psaila', 'Bugeja', 'Cauchi', 'Ellul'],
  ...['Tabone', 'Saliba', 'Pace'],
  // British surnames faker's American lists lack (Welsh, Scottish, English)
  ...['Pritchard', 'Pugh', 'Prosser', 'Powell', 'Parry', 'Bowen', 'Davies', 'Griffiths', 'Rees'],
  ...['Howells', 'Vaughan', 'Humphreys', 'Bevan', 'Edwards', 'Phillips', 'Watkins', 'Probert'],
  ...['Pryce', 'Llewellyn', 'Gwynne', 'Macdonald', 'Campbell', 'Robertson', 'Thomson'],
  ...['Paterson', 'Morrison', 'Fraser', 'Ferguson', 'Kerr', 'Mackay', 'Sinclair', 'Munro'],
  ...['Wright', 'Clarke', 'Simpson', 'Chapman', 'Webb', 'Holmes', 'Stevens', 'Dixon', 'Palmer'],
  ...['Pearson', 'Atkinson', 'Andrews', 'Hart', 'Pearce', 'Barnes', 'Nicholls', 'Payne'],
  ...['Cox', 'Newman', 'Shaw', 'Hussain', 'Begum', 'Wood', 'Hill', 'Hall', 'Bird', 'Young'],
  ...['Butler', 'Baker', 'Knight', 'Barker', 'Booth', 'Fox'],
  // Communities from outside Europe living in the EU (see the given names)
  ...['Chaudhry', 'Chaudhary', 'Qureshi', 'Siddiqui', 'Malik', 'Hussain', 'Akhtar', 'Rashid'],
  ...['Warsame', 'Farah', 'Abdi', 'Mohamud', 'Jama', 'Osman', 'Okonkwo', 'Okafor', 'Adeyemi'],
  ...['Nwosu', 'Eze', 'Mensah', 'Owusu', 'Boateng', 'Diallo', 'Ndiaye', 'Diop', 'Traoré'],
  ...['Raghunathan', 'Krishnan', 'Subramanian', 'Iyer', 'Nair', 'Menon', 'Reddy', 'Rao'],
  ...['Sharma', 'Verma', 'Gupta', 'Patel', 'Singh', 'Kaur', 'Banerjee', 'Chatterjee', 'Das'],
  ...['El Amrani', 'Benali', 'Bouzid', 'Haddad', 'Mansour', 'Khalil', 'Saleh', 'Yousef'],
  ...['Hosseini', 'Ahmadi', 'Rahimi', 'Karimi', 'Mohammadi', 'Rezaei', 'Nazari', 'Sadeghi'],
  ...['Wang', 'Zhang', 'Liu', 'Chen', 'Huang', 'Zhao', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu'],
  ...['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Phan', 'Vu', 'Dang', 'Bui', 'Do', 'Ngo'],
  // Catalan
  ...['Puigdomènech', 'Domènech', 'Puig', 'Vila', 'Serra', 'Ferrer', 'Soler', 'Pujol', 'Casals'],
  ...['Riera', 'Bosch', 'Masip', 'Ribas', 'Rovira', 'Sabaté', 'Torrent', 'Farré', 'Llopis'],
  ...['Capdevila', 'Bertran', 'Solé', 'Mestres', 'Figueras', 'Oliveras', 'Planas', 'Parera'],
  ...['Gironès', 'Fabregat', 'Estruch', 'Balcells', 'Castells', 'Carbonell', 'Vives', 'Vilanova'],
  ...['Puigcercós', 'Vilaró', 'Sunyer', 'Batlle', 'Comas', 'Camprubí', 'Prats', 'Badia'],
  // Basque
  ...['Goikoetxea', 'Etxeberria', 'Etxebarria', 'Agirre', 'Zubizarreta', 'Arrieta', 'Urrutia'],
  ...['Garmendia', 'Aranburu', 'Elizondo', 'Bengoetxea', 'Larrañaga', 'Olano', 'Iturbe'],
  ...['Arregi', 'Zabala', 'Uriarte', 'Mendizabal', 'Otegi', 'Gorostiaga', 'Eguren', 'Mugika'],
  ...['Irigoien', 'Ormazabal', 'Aramendi', 'Aizpurua', 'Arrizabalaga', 'Ugarte', 'Zuloaga'],
  // Ukrainian in Latin script
  ...['Melnyk', 'Shevchenko', 'Kovalenko', 'Bondarenko', 'Tkachenko', 'Kravchenko', 'Boiko'],
  ...['Boyko', 'Kovalchuk', 'Oliinyk', 'Shevchuk', 'Polishchuk', 'Lysenko', 'Marchenko'],
  ...['Rudenko', 'Savchenko', 'Petrenko', 'Ponomarenko', 'Kravets', 'Tkachuk', 'Klymenko'],
  ...['Pavlenko', 'Levchenko', 'Kharchenko', 'Karpenko', 'Savchuk', 'Vasylenko', 'Kuzmenko'],
  ...['Zinchenko', 'Sydorenko', 'Hrytsenko', 'Honcharenko', 'Melnychuk', 'Koval', 'Kushnir'],
  ...['Ivanenko', 'Romaniuk', 'Tymoshenko', 'Pavliuk', 'Nazarenko', 'Yurchenko', 'Fedorenko'],
  ...['Prykhodko', 'Hnatiuk', 'Didenko', 'Lytvynenko', 'Lytvyn', 'Ostapenko', 'Yakovenko'],
  ...['Demchenko', 'Kostenko', 'Ivashchenko'],
  // Faroese (the Icelandic are patronymics: person-names.ts reads them by their ending)
  ...['Joensen', 'Johannesen', 'Mikkelsen', 'Højgaard', 'Zachariasen', 'Midjord', 'Niclasen'],
  ...['Djurhuus', 'Lamhauge', 'Patursson', 'Ellefsen', 'Skaale', 'Isaksen', 'Justinussen'],
  ...['Heinesen', 'Dalsgaard', 'Magnussen', 'Simonsen', 'Danielsen', 'Jacobsen', 'Poulsen'],
  // Luxembourgish
  ...['Reuter', 'Schmit', 'Thill', 'Kieffer', 'Schiltz', 'Reding', 'Goedert', 'Faber', 'Kremer'],
  ...['Majerus', 'Theisen', 'Wirtz', 'Kayser', 'Scholtes', 'Weydert', 'Schaack', 'Bettendorf'],
  ...['Flammang', 'Krier', 'Hilger', 'Kinsch', 'Thinnes', 'Biver', 'Gloden', 'Lentz'],
  ...['Pletschette', 'Wiltzius', 'Gengler'],
  // Portuguese, beyond faker's lists
  ...['Ferraz', 'Magalhães', 'Guimarães', 'Vasconcelos', 'Sampaio', 'Sequeira', 'Lobo'],
  ...['Seixas', 'Quintela', 'Brandão', 'Cabral', 'Falcão', 'Portela', 'Valente', 'Pimentel'],
  ...['Queirós', 'Fontes'],
  // Greek surnames that no ending tells (those in -ου, -πουλος, -άκης, -ίδης are told by theirs)
  ...['Παπάς', 'Οικονόμου', 'Βλάχος', 'Αλεξίου', 'Κωνσταντίνου', 'Αντωνίου', 'Γεωργίου'],
  // and in Latin script
  ...['Pappas', 'Vlachos', 'Makris', 'Karagiannis', 'Georgiou', 'Nikolaou', 'Oikonomou'],
  ...['Ioannou', 'Dimitriou', 'Konstantinou', 'Antoniou', 'Alexiou', 'Papageorgiou'],
  ...['Christodoulou', 'Theodorou', 'Athanasiou', 'Papanikolaou', 'Triantafyllou'],
  ...['Vasileiou', 'Panagiotou', 'Papadopoulos', 'Papadopoulou', 'Papadakis', 'Nikolaidis'],
];

/**
 * Names (of the lists above, or of faker's) that are also everyday words or places: weak evidence
 * of a person alone. The build's own test (faker's word and place lists of EN, DE, FR, PT) does
 * not see Greek, Finnish or Hungarian words.
 */
export const SUPPLEMENT_AMBIGUOUS: readonly string[] = [
  // Greek: life, victory, peace, joy, Athens, bright, blonde (and Xanthi), Sunday, royal,
  // happiness, a marina, priest, Vlach; vocatives that are nouns: angel, cross, wreath
  ...['Ζωή', 'Νίκη', 'Ειρήνη', 'Χαρά', 'Αθηνά', 'Φωτεινή', 'Ξανθή', 'Κυριακή', 'Βασιλική'],
  ...['Ευτυχία', 'Μαρίνα', 'Παπάς', 'Βλάχος', 'Άγγελο', 'Σταύρο', 'Στέφανο'],
  // Finnish: summer, happiness, henna; Hungarian 'Edit', 'Máté' (edit, mate); Swedish 'Mats';
  // French 'signe' (sign); Spanish 'orla', Italian 'arto' (limb); a Romanian
  // name that is a currency, an Irish one that is 'cyan' in Romanian and Spanish
  ...['Suvi', 'Onni', 'Henna', 'Edit', 'Máté', 'Mats', 'Signe', 'Orla', 'Arto'],
  ...['Florin', 'Cian'],
  // Lithuanian: dew (and Romanian 'race'), fir tree, dawn
  ...['Rasa', 'Eglė', 'Aušra'],
  // Latvian 'Juris' (Latin: "Doctor Juris", "sui juris")
  ...['Juris'],
  // Bulgarian: the capital (also a name)
  ...['София'],
  // Estonian surnames that are nouns: oak, island, smith, hill, birch, rooster, fox, lynx,
  // linden, spruce, bear, shore, swan, alder, stone, forest, brook, hunter, elk, hawk, river,
  // bridge, beach; Maltese 'Pace' (Italian
  // peace), 'Borg' (castle, in Nordic place names); Portuguese wolf, brave, springs
  ...['Tamm', 'Saar', 'Sepp', 'Mägi', 'Kask', 'Kukk', 'Rebane', 'Ilves', 'Pärn', 'Kuusk'],
  ...['Karu', 'Kallas', 'Luik', 'Lepp', 'Kivi', 'Mets', 'Oja', 'Kütt', 'Põder', 'Kull', 'Jõgi'],
  ...['Sild', 'Rand', 'Pace', 'Borg', 'Lobo', 'Valente', 'Fontes', 'Ott', 'Rain'],
  // British surnames that are English words (Dutch 'hart', Swedish 'webb'); Welsh 'Bryn' (hill),
  // 'Glyn' (valley); a country; Spanish 'miren' (look); Turkish 'nazar' (the evil eye)
  ...['Wood', 'Hill', 'Hall', 'Bird', 'Young', 'Butler', 'Baker', 'Knight', 'Barker', 'Booth'],
  ...['Fox', 'Hart', 'Webb', 'Cox', 'Parry', 'Palmer', 'Bryn', 'Glyn', 'Mali', 'Miren', 'Nazar'],
  // Catalan names that are words or places: stream (and a street word), peace (and a paw), a
  // mountain, castles, meadows, snows, torrent, hill, bay, commas ('Vila', 'Serra' and 'Roser'
  // were clear names of faker's lists before: left so)
  ...['Riera', 'Pau', 'Montserrat', 'Castells', 'Prats', 'Neus', 'Torrent', 'Puig', 'Badia'],
  ...['Comas'],

  // Short Chinese and Vietnamese names that are words elsewhere: English fang, sun, van, thou;
  // German 'Hui'; 'Do', 'Le', 'Ma', 'Yu', 'Xu'; Das (German 'the'). Names that were clear in
  // faker's lists before ('Ali', 'Malik', 'Awa', 'Bo', 'Tao') are left clear.
  ...['Fang', 'Lan', 'Ling', 'Mei', 'Yu', 'Hao', 'Van', 'Thu', 'Dung', 'Hung', 'Sun', 'Ma'],
  ...['Le', 'Do', 'Xu', 'Vu', 'Das', 'Rao', 'Jun', 'Lei', 'Yan', 'Hui', 'Eze', 'Jama', 'Wang'],
  ...['Chen', 'Bui', 'Ngo', 'Dang', 'Ming', 'Xin', 'Jie'],
];
