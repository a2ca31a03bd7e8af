import { type TextView, ViewBuilder, viewRecognizer } from './normalise.js';
import { isDigitCode, someLineOpens } from './spans.js';

// A page as browser agents list its elements for a model, one element a line, its index, its tag
// or role and its text in quotes:
//   [3] span "Pacientka:"
//   [4] span "Tina"
//   [5] span "Zupančič"
// The markup around each text hides what the texts say together (a label, a first name and a
// surname each in a node of their own: red-team set 22's rt22-142). Read without it, each text on
// its own line, as the page shows them.
// Quotes doubled too, as a CSV cell writes them ('[4] span ""Tina""').
const ELEMENT_LINE =
  /^([ \t]*\[\d{1,6}\][ \t]*[A-Za-z][\w:-]{0,30}[ \t]+"{1,2})([^"\n]*)("{1,2}[ \t]*)(?=\r?\n|$)/gm;
// Three such lines at least: a page, not one bracketed note.
const MIN_ELEMENTS = 3;
const OPEN_BRACKET = 91;

/** Whether a line's text at `at` (after its blanks) opens with an index in brackets ('[4'). */
const opensWithIndex = (text: string, at: number): boolean =>
  text.charCodeAt(at) === OPEN_BRACKET && isDigitCode(text.charCodeAt(at + 1));

/** The text with each element line's index, tag and quotes left out; undefined if it has none. */
export const elementListView = (text: string): TextView | undefined => {
  // Cheap first look, line starts only: some line opens with an index in brackets.
  if (!someLineOpens(text, opensWithIndex)) return undefined;
  const lines = [...text.matchAll(ELEMENT_LINE)];
  if (lines.length < MIN_ELEMENTS) return undefined;
  const view = new ViewBuilder();
  let copied = 0;
  for (const line of lines) {
    const start = line.index;
    const lead = (line[1] as string).length;
    const value = (line[2] as string).length;
    const close = (line[3] as string).length;
    view.same(text, copied, start);
    view.same(text, start + lead, start + lead + value);
    copied = start + lead + value + close;
  }
  view.same(text, copied, text.length);
  return view.build();
};

/** What `scan` finds in the text read without its element lists' markup. */
export const elementListRecognizer = viewRecognizer('element-list', elementListView);
