import { foldText } from './lexicon/fold.js';
import { isKnownName } from './lexicon/names.js';

// iCalendar attendees and organisers ("ATTENDEE;CN=Gareth Pryce;ROLE=…:mailto:…"): who is a
// person there, and who is a room, a resource, a group or a team.

/** An attendee, organiser or contact line: its parameters before CN, and its CN's two to four words. */
export const CALENDAR_PERSON =
  /^(?:ATTENDEE|ORGANIZER|CONTACT)((?:;[^:\n]*?)?);CN="?(\p{Lu}[\p{L}'’-]+(?:[ \t]\p{Lu}[\p{L}'’.-]*){1,3})(?=[";:( \t])/gmu;

/** Parameters that make the entry no person. */
export const NOT_A_PERSON = /CUTYPE=(?:ROOM|RESOURCE|GROUP|UNKNOWN)/i;

// Words of a team's, a room's or a list's name ("Raum Kantine Halle B", "Ekipa Plačila", "Alle
// Mitarbeitenden"), in the EU languages; compared in lower case.
const TEAM_WORDS = new Set(
  ['team', 'room', 'group', 'calendar', 'facilities', 'support', 'meeting', 'conference']
    .concat(['department', 'office', 'sales', 'booking', 'system', 'resource', 'hall', 'board'])
    .concat(['committee', 'service', 'desk', 'helpdesk', 'noreply', 'staff', 'all', 'hr', 'it'])
    .concat(['raum', 'saal', 'besprechungsraum', 'abteilung', 'gruppe', 'alle', 'salle', 'groupe'])
    .concat(['équipe', 'equipe', 'sala', 'grupo', 'equipo', 'gruppo', 'squadra', 'zaal', 'groep'])
    .concat(['grupa', 'zespół', 'zespol', 'dział', 'dzial', 'rum', 'gruppen', 'huone', 'tiimi'])
    .concat(['ekipa', 'soba', 'tim', 'tým', 'místnost', 'terem', 'csapat', 'echipa', 'echipă']),
);

/**
 * Whether a calendar entry's name is a team's, a room's or a list's: a team word in it that is
 * no one's name as well ('Marco Sala', 'Tim Weber', 'Jerry Hall' stay people: fail closed).
 */
export const namesTeam = (name: string): boolean =>
  name.split(/[ \t]/).some((word) => {
    const lower = word.toLowerCase();
    return TEAM_WORDS.has(lower) && !isKnownName(foldText(lower));
  });

const ENTRY_LINE = /^(?:ATTENDEE|ORGANIZER|CONTACT)[;:]/;
const ENTRY_REACH = 1000;
const CN_VALUE = /;CN="?([^";:\n]*)/;

/**
 * Whether the offset stands on an attendee, organiser or contact line that is no person's (a
 * room, resource or group by CUTYPE, or named as a team): its mailto address is theirs.
 */
export const onNonPersonEntry = (text: string, at: number): boolean => {
  // Read back to the line's start, at most ENTRY_REACH characters: an address on a longer line
  // is on no entry line (and each address costs a bounded read).
  let start = at;
  while (start > 0 && text.charCodeAt(start - 1) !== 10) {
    if (at - start >= ENTRY_REACH) return false;
    start -= 1;
  }
  const line = text.slice(start, at);
  if (!ENTRY_LINE.test(line)) return false;
  if (NOT_A_PERSON.test(line)) return true;
  const name = CN_VALUE.exec(line)?.[1];
  return name !== undefined && namesTeam(name);
};
