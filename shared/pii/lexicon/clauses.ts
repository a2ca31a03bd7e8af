// A relative clause between commas right after the person says more of them and does not part
// them from what the sentence says next: "кандидатката, която дойде на оглед в четвъртък с двете
// деца, е от ромски произход", "the tenant, who moved in last March with her two sons, is on
// dialysis", "Guðrún, sem kom frá Akureyri með tvö börn, fór til læknis". Read past it, as if the
// clause were not there.
export const RELATIVE_CLAUSE =
  /^,[ \t]*(?:who|whom|whose|which|die|der|welche|welcher|qui|que|qu'|che|cui|quien|quienes|cual|il quale|la quale|el cual|la cual|o qual|a qual|który|która|które|którzy|jenž|jež|který|která|které|ktorý|ktorá|ktoré|aki|akit|akinek|amely|care|ce|който|която|което|които|koji|koja|koje|ki|kuri|kuris|kas|kes|kellel|joka|jonka|jolla|som|sem|hvis|hvem|dat|wie|waarvan|ο οποίος|η οποία|που)(?![\p{L}\p{N}])[^,.;!?\n]{1,100},/iu;
/** How far a relative clause may run. */
export const RELATIVE_REACH = 120;
