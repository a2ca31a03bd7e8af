import { foldText } from './lexicon/fold.js';
import { isKnownName } from './lexicon/names.js';

// iCalendar attendees and organisers ("ATTENDEE;CN=Gareth Pryce;ROLE=…:mailto:…"): who is a
// person there, and who is a room, a resource, a group or a team.

/** An attendee, organiser or contact line: its parameters before CN, and its CN's two to four words. */
export const CALENDAR_PERSON =
  /^(?:ATTENDEE|ORGANIZER|CONTACT)((?:;[^:\n]*?)?);CN="?(\p{Lu}[\p{L}'’-]+(?:[ \t]\p{Lu}[\p{L}'’.-]*){1,3})(?=[";:( \t])/gmu;

/**
 * Parameters that make the entry no person: a room, a resource or a group. Not UNKNOWN, which
 * says the type is not known (fail closed).
 */
export const NOT_A_PERSON = /CUTYPE=(?:ROOM|RESOURCE|GROUP)/i;

// Words of a team's or a room's name ("Facilities Team", "Raum Kantine", "Ekipa Plačila"), in the
// EU languages; compared in lower case.
const TEAM_WORDS = new Set(
  ['team', 'room', 'group', 'calendar', 'facilities', 'support', 'meeting', 'conference']
    .concat(['department', 'office', 'sales', 'booking', 'system', 'resource', 'hall', 'board'])
    .concat(['committee', 'service', 'desk', 'helpdesk', 'noreply', 'staff', 'all', 'hr', 'it'])
    .concat(['raum', 'saal', 'besprechungsraum', 'abteilung', 'gruppe', 'salle', 'groupe'])
    .concat(['équipe', 'equipe', 'sala', 'grupo', 'equipo', 'gruppo', 'squadra', 'zaal', 'groep'])
    .concat(['grupa', 'zespół', 'zespol', 'dział', 'dzial', 'rum', 'gruppen', 'huone', 'tiimi'])
    .concat(['ekipa', 'soba', 'tim', 'tým', 'místnost', 'terem', 'csapat', 'echipa', 'echipă']),
);

const NAME_WORDS = /[ \t]+/;

/**
 * Whether a calendar entry's name is a team's or a room's: a team word in it, and no word that
 * is someone's name ('Marco Sala', 'Tim Weber', 'Jerry Hall', 'Lise Alle', "Schulz M. IT" stay
 * people: fail closed).
 */
export const namesTeam = (name: string): boolean => {
  const words = name.split(NAME_WORDS).map((word) => word.toLowerCase());
  return (
    words.some((word) => TEAM_WORDS.has(word)) && !words.some((word) => isKnownName(foldText(word)))
  );
};

const ENTRY_LINE = /^(?:ATTENDEE|ORGANIZER|CONTACT)[;:]/;
const ENTRY_REACH = 1000;
// The entry's own address ends its line: ':mailto:' right before it, nothing but blanks after.
const MAILTO_BEFORE = /:mailto:$/i;
const LINE_END_AFTER = /^[ \t]*(?:\r?\n|$)/;

/**
 * Whether the address spanning [start, end) is the value of an attendee, organiser or contact
 * entry that is a room, resource or group by its CUTYPE: the room's or the group's mailbox. Not an
 * address in a parameter (SENT-BY, DELEGATED-TO: a person acting for it), nor an entry only
 * named like a team.
 */
export const isNonPersonEntryAddress = (text: string, start: number, end: number): boolean => {
  if (!LINE_END_AFTER.test(text.slice(end, end + 3))) return false;
  // Read back to the line's start, at most ENTRY_REACH characters: an address on a longer line
  // is on no entry line (and each address costs a bounded read).
  let lineStart = start;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) {
    if (start - lineStart >= ENTRY_REACH) return false;
    lineStart -= 1;
  }
  const line = text.slice(lineStart, start);
  return ENTRY_LINE.test(line) && MAILTO_BEFORE.test(line) && NOT_A_PERSON.test(line);
};
