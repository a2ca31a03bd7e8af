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
export const NOT_A_PERSON = /(?:^|;)CUTYPE=(?:ROOM|RESOURCE|GROUP)(?=[;:]|$)/i;

// Words of a team's or a room's name ("Facilities Team", "Raum Kantine", "Ekipa Plačila"), in the
// EU languages; compared in lower case.
const TEAM_WORDS = new Set(
  ['team', 'room', 'group', 'calendar', 'facilities', 'support', 'meeting', 'conference']
    .concat(['department', 'office', 'sales', 'booking', 'system', 'resource', 'hall', 'board'])
    .concat(['committee', 'service', 'desk', 'helpdesk', 'noreply', 'staff', 'all', 'hr', 'it'])
    // The same in other EU languages; not words that are surnames too ('Saal', 'Sala', 'Rum',
    // 'Soba') nor first names ('Tim'), where the gazetteer may lack the first name before them
    .concat(['raum', 'besprechungsraum', 'abteilung', 'gruppe', 'salle', 'groupe', 'équipe'])
    .concat(['equipe', 'grupo', 'equipo', 'gruppo', 'squadra', 'zaal', 'groep', 'grupa', 'zespół'])
    .concat(['zespol', 'dział', 'dzial', 'gruppen', 'huone', 'tiimi', 'ekipa', 'tým', 'místnost'])
    .concat(['terem', 'csapat', 'echipa', 'echipă']),
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
