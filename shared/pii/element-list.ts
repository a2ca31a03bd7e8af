import { nested } from './nesting.js';
import { type TextView, ViewBuilder, viewFindings } from './normalise.js';
import type { Finding, Recognizer } from './recognizer.js';

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

/** Whether the line at `at` opens with an index in brackets ('[4'), blanks before. */
const opensWithIndex = (text: string, at: number): boolean => {
  let i = at;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i += 1;
  const digit = text.charCodeAt(i + 1);
  return text.charCodeAt(i) === OPEN_BRACKET && digit >= 48 && digit <= 57;
};

/** Cheap first look, line starts only: some line opens with an index in brackets. */
const hasElementLine = (text: string): boolean => {
  if (opensWithIndex(text, 0)) return true;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    if (opensWithIndex(text, at + 1)) return true;
  }
  return false;
};

/** The text with each element line's index, tag and quotes left out; undefined if it has none. */
export const elementListView = (text: string): TextView | undefined => {
  if (!hasElementLine(text)) return undefined;
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
export const elementListRecognizer = (scan: (text: string) => Finding[]): Recognizer => ({
  name: 'element-list',
  entities: [],
  find: (text) =>
    nested([], () => {
      const view = elementListView(text);
      return view === undefined ? [] : viewFindings(view, scan, 'element-list');
    }),
});
