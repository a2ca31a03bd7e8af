import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readLabelledCorpus } from '../../../bench/accuracy/labelled.js';
import { classify } from '../../../shared/pii/classify.js';

// Metamorphic checks: a personal payload stays personal when it is pasted the ways payloads reach
// the classifier: as a JSON string, a quoted CSV cell, in quotes, quoted in a mail reply, with
// Windows line ends, other spaces, or text around it. Every personal row of every labelled
// fixture that is found as written is tried in each form; the rows a form still loses are listed
// (each is explained in the session notes on issue 3), so that a change losing one more fails.
const DIR = 'tests/fixtures/labelled';
const rows = readdirSync(DIR)
  .filter((file) => file.endsWith('.jsonl'))
  .sort()
  .flatMap((file) => readLabelledCorpus(join(DIR, file)));
const isPersonal = (text: string): boolean => classify(text).classification === 'personal';
const found = rows.filter((row) => row.label === 'personal' && isPersonal(row.text));

const FORMS: Readonly<Record<string, (text: string) => string>> = {
  'a JSON string': (text) => JSON.stringify({ message: text }),
  'a quoted CSV cell': (text) => `id;text\n1;"${text.replace(/"/g, '""')}"`,
  'single quotes after a request': (text) => `Reply to this for me:\n\n'${text}'`,
  'double quotes': (text) => `"${text}"`,
  'a mail reply quoting it': (text) =>
    text
      .split('\n')
      .map((line) => `> ${line}`)
      .join('\n'),
  'CRLF line ends': (text) => text.replace(/\n/g, '\r\n'),
  'no-break spaces': (text) => text.replace(/ /g, '\u00a0'),
  'a request before it': (text) => `Please help me with the following text.\n\n${text}`,
  'a greeting after it': (text) => `${text}\n\nThanks a lot, and have a nice weekend.`,
  'a label before it': (text) => `Info: ${text}`,
};

// What each form still loses: names found only by their place in a line or sentence that the
// form moves (a chat export's layout, a bed list's dashes, a boarding pass's spacing, a JSON
// record's keys with their quotes doubled in a CSV cell).
const STILL_LOST: Readonly<Record<string, readonly string[]>> = {
  // Names in lower case read only in a paragraph or a line written in lower case, which the label
  // breaks ('ivana iz računovodstva je trudna' read as "Info: ivana …"; a chat's speakers in lower
  // case, rt41-184, under a heading whose label adds capitals; "ο θείος ο μπάμπης", "dis à
  // mamadou": rt63-97, rt65-27; "андрій з харківського NOC", rt65-194, is found since in any
  // form by "у нього контузія", "he has a concussion"). A canvass sheet's street and house
  // number read only as two cells of a table under 'street' and 'door' (rt39-43), which each form
  // but a line-by-line one breaks: the label joins the header's first cell, the JSON string puts
  // the table on one line, a quote opening the text quotes the header's commas; so do names read
  // under a 'debitor' or a 'beboer' header (rt46-118, rt48-106) in a quoted CSV cell (those under
  // a 'naam' header, rt42-131, are found in one since the thirty-seventh session, as "Ciccio
  // Esposito" in a JSON string is, rt4-77, since 'Ciccio' is a name). A teacher's suspended sentence told two clauses after "our school's new PE teacher"
  // (rt55-92) is found in every form since the forty-first session, by "onaj trener iz
  // rukometnog kluba", a coach pointed at. An alarm in capitals,
  // "HITNO: ANA IZ SOBE 5 ODBIJA TERAPIJU" (rt59-132), is found as written only: 'ANA' is read as the value of the label
  // 'HITNO' opening the text only. A first name signing
  // the text after a dash on its last line ("– Sindre", "– Sanne": rt68-45, rt68-70, whose
  // drink-driving and ADHD medication are told in the first person) is read as a signature only
  // where it ends the text: a form that puts something after it, or writes it on one line, breaks
  // it. A caller in a call-centre note written in lower case ("ringde Lasse från Kiruna", rt74-55)
  // is read as a name only where the note opens the text, not after a quote glued to its first
  // word. A nail technician named after a note's label ("Megjegyzés: Zsófi, a műkörmös", rt75-85)
  // is read as the label's value after another label or a JSON key too since the forty-second
  // session; a staff absence list's
  // names under a 'medarbejder' header (rt77-81) are lost in a quoted CSV cell as the other
  // headers' are. A sports club's chats to the coach (rt82-25, rt82-54, rt82-56,
  // rt82-128, rt82-186; rt82-122 is found in every form since the thirty-eighth session) are found only by their greeting read as a name ("hi trainer", "moien
  // trainer", "labas treneri", "kaixo entrenatzaile", "καλησπέρα κόουτς", "bonġu kowċ"), which
  // holds only where the greeting opens the text: the injury told after it has no cue of its own
  // near enough (a child by first name, 'nire alabak' far from the torn ligament). Lower-case
  // chats opened by a name: "rubén el del bombo", "kjell i andre etasje", "nea costel de la scara
  // B" (rt87-121, rt92-58, rt92-100) only where it opens the text, "en Jordi, el vigilant de nit"
  // (rt88-41) not after a quote glued to its first word; nor a first name after the vocative that
  // opens a chat ("holky, Verča z druhýho boxu …", "hele, Pepa z trumpet …", "hele, Pepa z místa
  // 11 …" (rt124-28, the forty-fourth session), "fetelor, Ionuț de
  // la bas …", "ljudi, Dragan iz duvačkog …", "ekipa, Mladen iz limene glazbe …": rt104-31,
  // rt106-183, rt106-59, rt106-64, rt106-97; "дівчата, Оксанка сьогодні …", rt107-97; "hæ, Siggi
  // ökukennari …", "jongens, Sanne appte net …", "badakizue Josu, …": rt109-46, rt110-175,
  // rt111-78, though 'Siggi' after 'hæ,' is read in single quotes since the forty-first session;
  // "kaixo neskak, Miren … ospitalean", "kızlar Serpil abla …": rt117-175, rt117-158, found as
  // written by a first name after the greeting that opens the chat, or by the greeting read as a
  // name; "bok, Lovru danas …", rt113-78, whose greeting names Lovro only where it opens the
  // text, in a JSON string, quotes or a CSV cell too: all lost the same way by the session's
  // start, f959f69), which
  // opens the line no more after the quote. A sick-leave table's first names under an 'imie'
  // header (rt108-116) are read only as its cells, which a JSON string, a CSV cell and a label
  // break as they break the 'street' table's; so are a camp's children under 'first_name'
  // (rt113-96) in a quoted CSV cell. A lower-case "tu peux dire à nico"
  // (rt101-14) is read as a name only in a paragraph written in lower case, which the label breaks.
  'a label before it': [
    // A lower-case paragraph's name ("lisa sa att ebbe i kassan …"), as rt101-14
    'rt131-14',
    // A lower-case short name after the vocative that opens a chat ("мацка, чу ли? гошо от
    // осветлението …"), read only where the chat opens the text
    'rt130-194',
    'rt101-14',
    'rt108-116',
    ...['rt82-25', 'rt82-54', 'rt82-56', 'rt82-128', 'rt82-186'],
    'rt87-121',
    ...['rt92-58', 'rt92-100'],
    'rt-135',
    'rt2-37',
    'rt2-38',
    'rt2-60',
    'rt2-62',
    'rt29-141',
    'rt39-43',
    'rt4-81',
    'rt41-184',
    'rt59-132',
    'rt63-97',
    'rt65-27',
    'rt117-175',
  ],
  'a JSON string': [
    ...['rt39-43', 'rt5-94', 'rt59-132', 'rt68-45', 'rt68-70', 'rt108-116', 'rt113-78'],
    'rt7-30',
    ...['rt82-25', 'rt82-54', 'rt82-56', 'rt82-128', 'rt82-186'],
    'rt117-175',
  ],
  'a quoted CSV cell': [
    'rt-135',
    'rt10-216',
    'rt13-8',
    'rt17-108',
    'rt39-43',
    'rt4-148',
    'rt4-196',
    'rt46-118',
    'rt108-116',
    'rt113-78',
    'rt113-96',
    'rt48-106',
    'rt68-45',
    'rt68-70',
    'rt77-81',
    ...['rt82-25', 'rt82-54', 'rt82-56', 'rt82-128', 'rt82-186'],
    'rt117-175',
    // A seller's column, an employee's column ('djelatnik'): in one cell, no header heads it
    'rt128-117',
    'rt131-194',
  ],
  'double quotes': [
    ...['rt39-43', 'rt68-45', 'rt68-70', 'rt113-78'],
    ...['rt82-25', 'rt82-54', 'rt82-56', 'rt82-128', 'rt82-186'],
    'rt117-175',
  ],
  'single quotes after a request': [
    ...['rt68-45', 'rt68-70', 'rt74-55'],
    ...['rt82-25', 'rt82-54', 'rt82-56', 'rt82-128', 'rt82-186'],
    'rt88-41',
    ...['rt104-31', 'rt106-59', 'rt106-64', 'rt106-97', 'rt106-183', 'rt107-97'],
    ...['rt110-175', 'rt111-78', 'rt113-78'],
    'rt117-158',
    'rt117-175',
    'rt124-28',
    // The Catalan article before a name, the quote before the article ('la Montse de la parada')
    'rt128-92',
    // A greeting's quote before it, a name the greeting alone reads ("'hele Pepa z popelářů …";
    // rt129-18's "'привіт, Оксанка з …" is found since 'діабет' is a Ukrainian term, session 54)
    'rt135-131',
    // … and the vocative that opens a chat ("'ljudi, Jeca je sinoć …"; rt130-21's
    // "'дівчата, Оксанка з гардеробу …" is found since set 131's rules)
    'rt130-46',
    // … and the Czech demonstrative before a name that opens a chat, the quote before it ("'ten
    // Vašek z antikvariátu …", read as a sentence's subject only where it opens the text; so "'ten
    // Honza z úterního kurzu první pomoci …", rt134-142)
    'rt132-54',
    'rt134-142',
  ],
  'a greeting after it': ['rt68-45', 'rt68-70'],
};

describe('a personal payload pasted in another form', () => {
  it('is tried on enough rows', () => {
    expect(found.length).toBeGreaterThan(2000);
  });

  it.each(Object.entries(FORMS))('stays personal as %s', (form, wrap) => {
    const lost = found.filter((row) => !isPersonal(wrap(row.text))).map((row) => row.id);
    expect(lost.sort()).toEqual([...(STILL_LOST[form] ?? [])].sort());
  });
});

// Text wholly in capitals (OCR of forms, telex-style notes) or in lower case (speech to text,
// chat): no capital tells a name there, and a known first name or surname stands for it only
// with a cue (shouted.ts reads lines in capitals as lower case). Many rows are still lost, most
// of them names with no cue and people singled out by role; their number may not grow. Measured
// when these were added: 158 and 190 of 2,285 rows (260 and 230 of 2,192 the session before);
// 162 and 194 of 2,400 with the nineteenth red-team set's rows, 162 and 196 of 2,484 with the
// twentieth's, 166 and 203 of 2,594 with the twenty-first's (the code before its fixes loses the
// same numbers: all of them are its machine formats' rows), 170 and 207 of 2,704 with the
// twenty-second's (171 and 208 with the code before its fixes), 173 and 209 of 2,809 with the
// twenty-third's (174 and 213 with the code before its fixes), 176 and 212 of 2,914 with the
// twenty-fourth's (the same with the code before its fixes), 177 and 215 of 3,112 with the
// twenty-fifth's and twenty-sixth's (176 and 216 of 3,102 with the session's code before them;
// the one more is a ward's dashboard found as written only by its title, 'Daily Ward Snapshot'),
// 177 and 216 of 3,210 with the twenty-seventh's, 178 and 217 of 3,308 with the twenty-eighth's,
// 180 and 220 of 3,398 with the twenty-ninth's (of 3,399 once spoken German's 'der ist' is a
// pronoun), 179 and 220 of 3,499 with the thirtieth's, 182 and 224 of 3,599 with the
// thirty-first's (the session's code before its changes loses 183 and 225 of 3,598: the three and
// four more are the new sets' own rows), 184 and 227 of 3,699 with the thirty-second's (its one
// and three more are its own rows), 183 and 227 after the seventeenth session's review (an AMKA
// labelled in Latin letters is read in capitals too), 188 and 232 of 3,796 with the
// thirty-third's (the session's code before its changes loses 188 and 231 of the 3,793 it finds:
// of the three rows found now, one is lost in lower case), 187 and 231 of 3,895 with the
// thirty-fourth's (the eighteenth session's code before its changes loses 191 and 235 of the 3,894
// it finds: four rows each way are found in one case now, by the special-category words added),
// 187 and 234 of 3,996 with the thirty-fifth's (the same with the code before its rows were added:
// the three more are its own rows, names in lower case with nothing else to tell them), 186 and 234
// of 4,097 with the thirty-sixth's (the nineteenth session's code before its changes loses 187 and
// 234 of the 4,095 it finds), 190 and 238 of 4,200 with the thirty-seventh's (the code before the
// session's second changes loses 190 and 238 of the 4,198 it finds: its own rows, and 'Subject
// No.: 104-017', no numbered role since 'subject' is also a topic, in capitals; a Smart-ID
// subject's 'pnoee-39205270210' is read in lower case now), 191 and 239 of 4,300 with the
// thirty-eighth's (one of its own rows each way), 202 and 255 of 4,495 with the thirty-ninth's and
// fortieth's (the twentieth session's code before its changes loses 200 and 252 of the 4,476 it
// finds among the same rows, the new sets' own rows lost in one case; of the rows found since, a
// caretaker at a school "Collodi" and "kuller Andrus" are found by their capitals only, a canvass
// sheet's 'Larkhill Road' in lower case is no street), 214 and 268 of 4,687 with the forty-first's
// and forty-second's (the code before their rules loses 212 and 266 of the 4,672 it finds: their
// own rows, and "Eetu (15 v.)" and "Guðrún, sem kom …" found since by their capitals only), 227
// and 290 of 4,883 with the forty-third's and forty-fourth's (the twenty-first session's code
// before its changes loses 224 and 282 of the 4,854 it finds among the same rows: of the 29 rows
// found since, a suspect's first name and initial, a nickname, a first name filling a field, a
// Hungarian accusative and the like are told by their capitals only), 228 and 291 of 4,884 once
// names declined in Cyrillic are read (capitalised words both), 240 and 305 of 5,068 with the
// forty-fifth's and forty-sixth's (the session's code before its changes loses 232 and 291 of
// the 5,022 it finds among the same rows), 256 and 325 of 5,460 with the forty-seventh's to
// fiftieth's (the twenty-second session's code before its changes loses 253 and 322 of the 5,441
// it finds among the same rows: of the 19 rows found since, a patronymic, a surname in the
// allative, a name in an Estonian or Basque case and the like are told by their capitals only),
// 314 and 389 of 5,837 with the fifty-first's to fifty-fourth's (the twenty-third session's code
// before its changes loses 284 and 359 of the 5,789 it finds among the same rows: each of the 30
// rows lost more is one found since, by a name in two of its cases, a rank before a surname, an
// Irish or Serbian surname and the like, which the capitals tell), 376 and 449 of 6,227 with the
// fifty-fifth's to fifty-eighth's (the twenty-third session's code loses 355 and 429 of the
// 6,176 it finds among the same rows: each of the 21 and 20 rows lost more is one found since,
// by a title, a surname told by its ending, a first name and its class in brackets or "who"
// after it, and the like, which the capitals tell), 438 and 512 of 6,599 with the fifty-ninth's
// to sixty-second's (the twenty-fourth session's code loses 412 and 486 of the 6,526 it finds among
// the same rows, and the new code keeps every row it keeps; of the 73 rows found since, 33 and 34
// are told by their capitals only: a surname after a title, a captain's rank, a family's name and
// the like), 481 and 558 of 6,953 with the sixty-third's to sixty-sixth's (the twenty-fifth
// session's code loses 473 and 550 of the 6,904 it finds among the same rows; the new code keeps
// every row it keeps but two, rt10-119 and rt32-5, which it found in capitals only by reading
// "HIEN HUET", Luxembourgish for "he has", as a name: a cue for a person now), 519 and 604 of
// 7,338 with the sixty-seventh's to seventieth's (the twenty-sixth session's code loses 526 and 612
// of the 7,316 it finds among the same rows; the new code keeps every row it keeps but rt59-145,
// found in capitals only by reading "ÄLÄ", Finnish for "don't", as a name), 526 and 613 of 7,701
// with the seventy-first's to seventy-fourth's (the twenty-seventh session's code loses 537 and
// 623 of the 7,600 it finds among the same rows, and the new code 523 and 610 of those: it keeps
// every row the old code keeps), 547 and 634 of 8,049 with the seventy-fifth's to seventy-eighth's
// (the twenty-eighth session's code loses 557 and 644 of the 7,977 it finds among the same rows,
// and the new code 547 and 634 of those; it keeps every row the old code keeps but rt53-172, a
// prison's note found in lower case and in capitals only by reading "hien hat", Luxembourgish for
// "he had", as a name: a cue for a person now), 558 and 646 of 8,405 with the seventy-ninth's to
// eighty-second's (not compared with the old code this time; among the new rows lost, sports
// clubs' chats found only by a greeting to the coach read as a name, as in the forms above), 603
// and 687 of 8,775 with the eighty-third's to eighty-sixth's (the thirtieth session's code loses
// 597 and 685 of the 8,722 it finds among the same rows; the new code keeps every row it keeps
// but four Irish ones, rt31-28, rt47-58, rt63-157 and rt69-175, found in capitals only by reading
// 'MÁIRE' as the French 'maire', a mayor: that word is read as written now; of the rows found
// since, children told by their group after their first name are told by its capital only), 656
// and 746 of 9,146 with the eighty-seventh's to ninetieth's (the thirty-first session's code
// loses 655 and 741 of the 9,100 it finds among the same rows, and the new code keeps every row
// it keeps; of the rows found since, a colleague told by a department after a first name, or a
// part in brackets, is told by the name's capital only), 718 and 811 of 9,533 with the
// ninety-first's to ninety-fourth's (the thirty-second session's code loses 700 and 792 of the
// 9,487 it finds among the same rows, and the new code keeps every row it keeps), 783 and 877 of
// 9,890 with the ninety-fifth's to ninety-eighth's (the thirty-third session's code loses 780 and
// 874 of the 9,846 it finds among the same rows, and the new code keeps every row it keeps), 818
// and 915 of 10,263 with the ninety-ninth's to hundred-and-second's (the thirty-fourth session's
// code loses 844 and 941 of the 10,238 it finds among the same rows, and the new code keeps every
// row it keeps: Welsh and Irish verbs before a name are read in capitals and in lower case too),
// 901 and 1,002 of 10,826 with the hundred-and-third's to hundred-and-eighth's (the thirty-sixth
// session's last code, dfb6dd3, loses 921 and 1,022 of the 10,722 it finds among the same rows,
// and the new code 875 and 976 of those; it keeps every row the old code keeps but rt2-42, "de man
// van ineke", found in both cases only by reading the Dutch 'van' as the Swedish 'vän', a friend:
// that word is read as written now), 990 and 1,093 of 11,201 with the hundred-and-ninth's to
// hundred-and-twelfth's (the thirty-seventh session's last code, f959f69, loses 967 and 1,070 of
// the 11,151 it finds among the same rows, and the new code 966 and 1,069 of those; it keeps every
// row the old code keeps in both forms), 1,028 and 1,132 of 11,387 with the hundred-and-thirteenth's
// and -fourteenth's (f959f69 loses 1,003 and 1,107 of the 11,314 it finds among the same rows, and
// the new code 1,000 and 1,104 of those; it keeps every row the old code keeps in both forms),
// 1,056 and 1,161 of 11,595 with the hundred-and-fifteenth's and -sixteenth's (the forty-first
// session's start, 771c79d, loses 1,052 and 1,157 of the 11,544 it finds among the same rows, and
// the new code 1,042 and 1,146 of those; it keeps every row the old code keeps in both forms),
// 1,083 and 1,188 of 11,778 with the hundred-and-seventeenth's and -eighteenth's (771c79d loses
// 1,077 and 1,182 of the 11,707 it finds among the same rows, and the new code 1,066 and 1,170
// of those; it keeps every row the old code keeps in both forms), 1,122 and 1,227 of 11,966 with
// the hundred-and-nineteenth's and -twentieth's (the forty-second session's start, 626328d, loses
// 1,117 and 1,222 of the 11,947 it finds among the same rows, and the new code 1,114 and 1,219 of
// those; it keeps every row the old code keeps in both forms but three: rt28-34 and rt36-44, 'Rok'
// and a surname, since 'Rok', also the Croatian "deadline" and the Czech, Slovak and Polish
// "year", is an ambiguous name now, and rt64-92, kept only by reading "rok mala", "had a year", as
// a name), 1,141 and 1,248 of 12,170 with the hundred-and-twenty-first's and -second's (the
// forty-third session's b43eb57 loses 1,157 and 1,264 of the 12,140 it finds among the same rows,
// and the new code 1,139 and 1,246 of those; it keeps every row the old code keeps in both forms
// but six: rt32-3, rt66-171 and rt83-127, Slovene rows kept in one case only by reading 'Ali',
// "whether", as a name, now an ambiguous one, and rt59-152, rt66-145 and rt87-176, which the new
// code no longer finds at all, as they were found only by reading a saint's name or 'ali' as a
// person), 1,201 and 1,309 of 12,356 with the hundred-and-twenty-third's and -fourth's (the
// forty-fourth session's c8ee414 loses 1,192 and 1,300 of the 12,339 it finds among the same
// rows, and the new code 1,192 and 1,300 of those; it keeps every row the old code keeps in both
// forms), 1,241 and 1,352 of 12,540 with the hundred-and-twenty-fifth's and -sixth's (the
// forty-fifth session's start, 29085a2, loses 1,235 and 1,346 of the 12,526 it finds among the
// same rows, and the new code 1,234 and 1,345 of those; it keeps every row the old code keeps in
// both forms), 1,268 and 1,382 of 12,644 with the hundred-and-twenty-seventh's (the forty-seventh
// session's last code, edeb894, loses 1,256 and 1,370 of the 12,626 it finds among the same rows,
// and the new code 1,255 and 1,369 of those; it keeps every row the old code keeps in both forms),
// 1,296 and 1,419 of 12,836 with the hundred-and-twenty-eighth's and -ninth's (the forty-eighth
// session's last code, 0a9c835, loses 1,300 and 1,415 of the 12,817 it finds among the same rows,
// and the new code 1,291 and 1,412 of those; it keeps every row the old code keeps in both forms),
// 1,315 and 1,437 of 12,950 with the hundred-and-thirtieth's (the forty-ninth session's last
// code, 6933bc1, loses 1,315 and 1,438 of the 12,920 it finds among the same rows, and the new
// code 1,312 and 1,434 of those; it keeps every row the old code keeps in both forms), 1,350 and
// 1,472 of 13,049 with the hundred-and-thirty-first's (5d4204e, the same session's, loses 1,345
// and 1,467 of the 13,039 it finds among the same rows, and the new code 1,344 and 1,466 of those;
// it keeps every row the old code keeps in both forms), 1,369 and 1,492 of 13,150 with the
// hundred-and-thirty-second's (9f65bf1, the same session's, loses 1,369 and 1,491 of the 13,133 it
// finds among the same rows, and the new code 1,368 and 1,490 of those; it keeps every row the old
// code keeps in both forms), 1,380 and 1,503 of 13,255 with the hundred-and-thirty-third's
// (edef320, the fifty-first session's last code, loses 1,379 and 1,502 of the 13,233 it finds
// among the same rows, and the new code 1,373 and 1,496 of those; it keeps every row the old code
// keeps in both forms), 1,411 and 1,533 of 13,353 with the hundred-and-thirty-fourth's (8ebdae1,
// the fifty-second session's last code, loses 1,412 and 1,535 of the 13,345 it finds among the
// same rows, and the new code 1,409 and 1,531 of those; it keeps every row the old code keeps in
// both forms), 1,430 and 1,552 of 13,453 with the hundred-and-thirty-fifth's (73aeebd, the
// fifty-third session's last code, loses 1,439 and 1,562 of the 13,437 it finds among the same
// rows, and the new code 1,426 and 1,548 of those; it keeps every row the old code keeps in both
// forms), 1,452 and 1,574 of 13,559 with the hundred-and-thirty-sixth's (f32da74, the
// fifty-fourth session's last code, loses 1,447 and 1,569 of the 13,541 it finds among the same
// rows, and the new code 1,445 and 1,567 of those; it keeps every row the old code keeps in both
// forms), 1,470 and 1,593 of 13,660 with the hundred-and-thirty-seventh's (6b1775b, the
// fifty-fifth session's last code, loses 1,471 and 1,594 of the 13,655 it finds among the same
// rows, and the new code 1,468 and 1,591 of those; it keeps every row the old code keeps in both
// forms).
const CASE_FORMS: Readonly<Record<string, readonly [(text: string) => string, number]>> = {
  'wholly in capitals': [(text) => text.toUpperCase(), 1470],
  'wholly in lower case': [(text) => text.toLowerCase(), 1593],
};

describe('a personal payload written in one case', () => {
  it.each(Object.entries(CASE_FORMS))('loses no more rows %s', (_form, [rewrite, most]) => {
    const lost = found.filter((row) => !isPersonal(rewrite(row.text)));
    expect(lost.length).toBeLessThanOrEqual(most);
  });
});
