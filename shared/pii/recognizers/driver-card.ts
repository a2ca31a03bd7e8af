import type { Finding, Recognizer } from '../recognizer.js';
import { tokenStarts } from '../spans.js';

/**
 * A tachograph driver card's number after its label ("Fahrerkarte DF000004471203"): an EU driver
 * card number is the issuing state's code (one to three letters) and 13 to 14 characters, and the
 * card is issued to one driver, so it identifies that person (a driving licence document).
 */

// Candidates first (a capital run of 14 to 17 characters, digits in it): rare, so the label is
// looked for only before them.
// A candidate is a whole token (a maximal run of ASCII letters and digits) of 14 to 17
// characters, read from the shared token index rather than by a scan of the text.
const NUMBER = /^[A-Z]{1,3}[A-Z0-9]{13,14}$/;
const TOKENS = tokenStarts(14, 17);
const TOKEN_END = /[A-Za-z0-9]*/y;
const DIGITS = /\d{6}/;
// Driver card labels in the EU's languages, with "no.", "Nr." or a colon between.
const LABEL =
  /(?:fahrerkarte(?:n(?:nummer|-?nr\.?))?|driver(?:'s)? card|carte (?:de )?conducteur|tarjeta (?:de )?conductor|carta (?:del )?conducente|cart[aã]o (?:de )?condutor|bestuurderskaart|chauffeurkort|f\u00f6rarkort|sj\u00e5f\u00f8rkort|karta kierowcy|karta (?:\u0159idi\u010de|vodi\u010da)|kuljettajakortti|vezet\u0151i k\u00e1rtya|tachograph card|tachographenkarte)(?:\s*(?:number|no\.?|nr\.?|n[°ºo]\.?|num(?:ber|mer|éro|ero)?\.?|#))?\s*[:=]?\s*$/i;

export const driverCardRecognizer: Recognizer = {
  name: 'driver-card',
  entities: ['DRIVING_LICENCE'],
  find: (text) => {
    const out: Finding[] = [];
    const starts = TOKENS(text);
    for (let k = 0; k < starts.length; k++) {
      const at = starts[k] as number;
      TOKEN_END.lastIndex = at;
      const token = TOKEN_END.exec(text)?.[0] ?? '';
      if (!NUMBER.test(token) || !DIGITS.test(token)) continue;
      if (!LABEL.test(text.slice(Math.max(0, at - 48), at))) continue;
      out.push({
        type: 'DRIVING_LICENCE',
        category: 'id_document',
        start: at,
        end: at + token.length,
        score: 0.85,
        recognizer: 'driver-card',
        detail: 'eu.driver-card',
      });
    }
    return out;
  },
};
