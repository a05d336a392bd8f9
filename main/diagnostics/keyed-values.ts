/**
 * Values under PHI, card or secret keys, in JSON (`"lastName":"…"`) and key=value text
 * (`lastName=…`, `password: …`). The logger already redacts these field names in the objects it
 * logs; this catches them inside message strings, error texts and anything written another way.
 */

/** Keys whose value is PHI or cardholder data, in camelCase; snake_case, kebab-case and any letter case match too. */
const PHI_KEYS = [
  'firstName', 'lastName', 'middleName', 'middleInitial', 'fullName', 'memberName', 'callerName', 'cardholderName',
  'nameOnCard', 'name', 'dateOfBirth', 'dob', 'birthDate', 'ssn', 'socialSecurityNumber', 'address', 'addressLine1',
  'addressLine2', 'line1', 'line2', 'street', 'city', 'zip', 'zipCode', 'postalCode', 'email', 'phone', 'phoneNumber',
  'mbi', 'memberId', 'accountNumber', 'routingNumber', 'cardNumber', 'pan', 'cvv', 'cvc', 'cvv2', 'securityCode',
  'note', 'notes', 'searchText',
];
/** Keys whose value is a credential. */
const SECRET_KEYS = [
  'token', 'accessToken', 'refreshToken', 'idToken', 'sessionToken', 'password', 'passwd', 'secret', 'clientSecret',
  'apiKey', 'authorization', 'cookie', 'setCookie', 'codeVerifier', 'pairingCode',
];

const bare = (key: string) => key.toLowerCase().replace(/[_-]/g, '');
const SECRET_KEY_SET = new Set(SECRET_KEYS.map(bare));
/** One alternation of every key, a separator allowed at each camelCase word break (`first_name`, `first-name`). */
const KEY_ALTERNATION = [...PHI_KEYS, ...SECRET_KEYS]
  .sort((a, b) => b.length - a.length)
  .map((key) => key.replace(/([a-z])([A-Z0-9])/g, '$1[_-]?$2'))
  .join('|');

/** What replaces a keyed value; already-redacted values are left as they are. */
const PLACEHOLDER = /^\[[a-z-]+\]$/;

/** `"key":"value"` or `"key":123` in JSON (escaped quotes inside the string allowed). */
const JSON_PAIR = new RegExp(`"(${KEY_ALTERNATION})"(\\s?:\\s?)("(?:[^"\\\\\\n]|\\\\.)*"|-?\\d[\\d.]*)`, 'gi');
/** `key=value` / `key: value` in prose or query strings; the value runs to a space, comma, quote or bracket. */
const TEXT_PAIR = new RegExp(`(?<![\\w-])(${KEY_ALTERNATION})([ \\t]?[=:][ \\t]?)(?!")([^\\s,;&"'}\\])]+)`, 'gi');

const kindOfKey = (key: string): 'phi' | 'secret' => (SECRET_KEY_SET.has(bare(key)) ? 'secret' : 'phi');

/** Replaces keyed values; `count` hears each replacement's kind ('keyed-phi' or 'keyed-secret'). */
export function scrubKeyedValues(text: string, count: (kind: string) => void): string {
  const inJson = text.replace(JSON_PAIR, (whole, key: string, separator: string, value: string) => {
    const kind = kindOfKey(key);
    const inner = value.startsWith('"') ? value.slice(1, -1) : value;
    if (PLACEHOLDER.test(inner) || inner === '') return whole;
    count(`keyed-${kind}`);
    return `"${key}"${separator}"[${kind === 'phi' ? 'redacted' : 'secret'}]"`;
  });
  return inJson.replace(TEXT_PAIR, (whole, key: string, separator: string, value: string) => {
    const kind = kindOfKey(key);
    if (PLACEHOLDER.test(value) || value.startsWith('[')) return whole;
    count(`keyed-${kind}`);
    return `${key}${separator}[${kind === 'phi' ? 'redacted' : 'secret'}]`;
  });
}
