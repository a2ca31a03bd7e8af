import { classify } from '../../../shared/pii/classify.js';
import { elementListView } from '../../../shared/pii/element-list.js';

// A page as a browser agent lists its elements (red-team set 22, rt22-142): the index, the tag and
// the quotes around each text are left out, so that a label, a first name and a surname each in a
// node of their own read together.
const PAGE = [
  '[2] h1 "Ambulanta družinske medicine"',
  '[3] span "Pacientka:"',
  '[4] span "Tina"',
  '[5] span "Zupančič"',
  '[8] td "Razlog obiska:"',
  '[9] td "kontrola po splavu, depresivno razpoloženje"',
  '[10] button "Pokliči v ambulanto"',
].join('\n');

describe('elementListView', () => {
  it('reads each element line as its text', () => {
    expect(elementListView(PAGE)?.text).toBe(
      [
        'Ambulanta družinske medicine',
        'Pacientka:',
        'Tina',
        'Zupančič',
        'Razlog obiska:',
        'kontrola po splavu, depresivno razpoloženje',
        'Pokliči v ambulanto',
      ].join('\n'),
    );
  });

  it('maps a finding in the view back onto the text', () => {
    const view = elementListView(PAGE);
    if (view === undefined) throw new Error('no view');
    const at = view.text.indexOf('Tina');

    expect(PAGE.slice(view.originalStart(at), view.originalEnd(at + 3))).toBe('Tina');
  });

  it.each([
    ['two element lines only', '[1] span "Tina"\n[2] span "Zupančič"'],
    ['a bracketed note in prose', 'See [1] above "for details".'],
    ['no element list', 'Pacientka: Tina'],
  ])('gives no view for %s', (_case, text) => {
    expect(elementListView(text)).toBeUndefined();
  });
});

describe('classify on element lists', () => {
  it('finds the patient named across nodes and her health data', () => {
    const result = classify(PAGE);

    expect(result.classification).toBe('personal');
    expect(result.findings.map((finding) => finding.type)).toEqual(
      expect.arrayContaining(['PERSON_NAME', 'HEALTH_DATA']),
    );
  });

  it('leaves a page of menus and buttons non-sensitive', () => {
    const menu = [
      '[0] a "Domov"',
      '[1] a "Naročanje"',
      '[2] button "Sprejmi vse"',
      '[3] a "Varstvo osebnih podatkov"',
    ].join('\n');

    expect(classify(menu).classification).toBe('non-sensitive');
  });
});

describe('element lists pasted in a CSV cell', () => {
  it('reads them with their quotes doubled', () => {
    const cell = `id;text\n1;"${PAGE.replace(/"/g, '""')}"`;

    expect(classify(cell).classification).toBe('personal');
  });
});

describe('element lists indented as a tree', () => {
  it('reads them too', () => {
    const tree = `Page\n${PAGE.split('\n')
      .map((line) => `  ${line}`)
      .join('\n')}`;

    expect(classify(tree).classification).toBe('personal');
  });
});
