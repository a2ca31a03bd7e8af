// Third-person pronouns that stand for one person and are cues on their own, beside the subject
// pronouns and verb phrases of person-cues.ts. Same notation (folded, '*' continues a word).
export const PRONOUN_CUES = {
  /**
   * Object pronouns: "the police arrested him", "polisen grep honom", "hänet tuomittiin". A cue
   * before a term, as a subject pronoun is, and right after one (person-context.ts). EN, SV, DA,
   * NO, FI; not the German 'ihn' nor the Dutch 'hem', said of things as well, nor 'ham'.
   */
  otherObject: [
    ...['him', 'honom', 'henne', 'hende', 'hänet', 'häntä', 'hänelle', 'hänellä', 'häneltä'],
  ],
} as const satisfies Record<string, readonly string[]>;
