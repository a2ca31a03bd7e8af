import { RELATIVE_CLAUSE } from '../../../../shared/pii/lexicon/clauses.js';

describe('a relative clause after a person', () => {
  it.each([
    [', who moved here last year, has cancer', ', who moved here last year,'],
    [', der seit Montag auf Station 4 liegt, ist krank', ', der seit Montag auf Station 4 liegt,'],
    [', която дойде на оглед в четвъртък, е от', ', която дойде на оглед в четвъртък,'],
    [', sem kom frá Akureyri, fór til læknis', ', sem kom frá Akureyri,'],
    [', który od roku mieszka w Gdańsku, ma', ', który od roku mieszka w Gdańsku,'],
  ])('reads %j as far as its closing comma', (text, clause) => {
    expect(RELATIVE_CLAUSE.exec(text)?.[0]).toBe(clause);
  });

  it.each([
    [', and then she left, and came back'],
    [', who left. Then she came back,'],
    ['who moved here last year, has cancer'],
    [', whoever it was, said'],
  ])('reads no clause in %j', (text) => {
    expect(RELATIVE_CLAUSE.exec(text)).toBeNull();
  });
});
