import { hashedIdentifierRecognizer } from '../../../../shared/pii/recognizers/hashed-identifier.js';
import { foundIn } from '../helpers.js';

const H64 = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'.replace(
  /a/g,
  (_a, i: number) => '0123456789abcdef'.charAt(i % 16),
);
const H32 = H64.slice(0, 32);
const H40 = H64.slice(0, 40).toUpperCase();

// Pseudonymised e-mail addresses and phones: personal data (GDPR recital 26; red-team rt5-201).
describe('hashedIdentifierRecognizer', () => {
  it.each([
    ['an email_sha256 column', `email_sha256,country\n${H64},FR\n${H64},DE`, [H64, H64]],
    ['a hashed_email column in the middle', `id;hashed_email;value\n1;${H32};2`, [H32]],
    ['a phone_sha1 column, tabs', `x\tphone_sha1\n1\t${H40}`, [H40]],
    ['an md5_email column, quoted', `"md5_email","n"\n"${H32}","1"`, [H32]],
    ['a labelled value', `user email_hash: ${H64}`, [H64]],
    ['sha256(email) as a label', `sha256(email)=${H64}`, [H64]],
    // An audience file names no hash (red-team rt21-194): the column is an e-mail's, its cells hashes.
    [
      'an Email column of hashes',
      `Email,Phone,Country\n${H64},,GB\n${H64},${H64},GB`,
      [H64, H64, H64],
    ],
    ['a quoted "mobile" column of hashes', `"id";"mobile"\n"1";"${H32}"`, [H32]],
    // An analytics push (red-team set 22, rt22-175): the label's longer spelling is read whole.
    ['a sha256_email_address key', `"user_data":{"sha256_email_address":"${H64}"}`, [H64]],
    ['a sha256_phone_number key', `{"sha256_phone_number": "${H64}"}`, [H64]],
    ['a key in a CSV cell, its quotes doubled', `1;"{""sha256_email"":""${H64}""}"`, [H64]],
  ])('finds %s', (_case, text, expected) => {
    expect(foundIn(hashedIdentifierRecognizer, text)).toEqual(expected);
  });

  it.each([
    ['a plain sha256 column', `file,sha256\nx.tar.gz,${H64}`],
    ['a checksum', `checksum: ${H64}`],
    ['a commit', `commit ${H40.toLowerCase()}`],
    ['an email_sha256 column of no hashes', 'email_sha256,country\npending,FR'],
    ['a hash word in prose', 'We hash every email before upload.'],
    [
      'an Email column of addresses (the e-mail recognizer finds them)',
      'Email,Country\na@b.example,GB',
    ],
    ['hashes under a column of no contact', `Email,sku\nx,${H64}`],
    ['an e-mail word in a line that is no header of the column', `Email us: ${H64}`],
  ])('ignores %s', (_case, text) => {
    expect(foundIn(hashedIdentifierRecognizer, text)).toEqual([]);
  });
});
