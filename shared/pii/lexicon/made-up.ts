import type { Span } from '../spans.js';
import { lineAt } from './tokens.js';

// A documentation's, a test's or a made-up case's record ("# example.yaml (placeholder values)",
// "sample payload from the API reference", 'https://sandbox.example.com/…', "Fixture users:", "Case
// study (fictional)"), or a system's account or cluster member rather than a person's ('USER_ID:
// 1000' over 'GROUP_ID: 1000', 'useradd -u', an etcd member): its ids are no one's. Read on the
// value's line and the few lines before it.
const EXAMPLE_WORD =
  /(?<![\p{L}\p{N}_])(?:example|examples|sample|placeholder|placeholders|sandbox|dummy|mock|lorem|fixtures?|seed|simulated|synthetic|fictional|fictitious|fiktiv|fictif|fictive|ficticio|ficticia|fittizio|fittizia|fikcyjny|fikcyjna|erfunden|keksitty|hypothetical|group_id|groupadd|useradd|gid|etcd|raft|quorum)(?![\p{L}\p{N}_])/iu;
const EXAMPLE_REACH = 200;
/** Whether the record around a value is an example's (its line and the lines just before). */
export const inExample = (text: string, span: Span): boolean =>
  EXAMPLE_WORD.test(
    text.slice(Math.max(0, span.start - EXAMPLE_REACH), lineAt(text, span.end).end),
  );

// A number that is a placeholder's, not anyone's: all zeros or nines, or a count up ('1234',
// '12345678').
const COUNT_UP = '1234567890';
const MIN_COUNT_UP = 4;
/** Whether a number's digits are a placeholder's ('0000', '9999', '1234'). */
export const isPlaceholderDigits = (digits: string): boolean =>
  /^(?:0+|9+)$/.test(digits) || (digits.length >= MIN_COUNT_UP && COUNT_UP.startsWith(digits));
