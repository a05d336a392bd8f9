/**
 * Reads a form-encoded CTI event (application/x-www-form-urlencoded or multipart/form-data, as curl
 * `--data` and `--form` send it) into the JSON shape the contract describes: `user[]` repeated once
 * per agent becomes the `user` list. Parsing is Node's own (undici's FormData), no extra package.
 */

/** The fields as one object, for the route's body schema to check. */
export type FormFields = Record<string, string | string[]>;

/** Thrown for a body that is not a readable form; the webhook answers 400 with the message. */
export class FormBodyError extends Error {}

/** Parses the body with its Content-Type header. */
export async function readFormFields(body: Buffer, contentType: string): Promise<FormFields> {
  let form: FormData;
  try {
    // A copy typed as an ArrayBuffer view: the DOM and Node typings disagree about Buffer as a body.
    form = await new Response(Uint8Array.from(body), { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw new FormBodyError('The form body could not be read; send it URL-encoded or as multipart/form-data.');
  }
  const fields: FormFields = {};
  for (const [rawName, value] of form.entries()) {
    if (typeof value !== 'string') throw new FormBodyError('A CTI event has text fields only; this one carries a file.');
    const isList = rawName.endsWith('[]');
    const name = isList ? rawName.slice(0, -2) : rawName;
    const found = fields[name];
    if (isList) fields[name] = [...(Array.isArray(found) ? found : found === undefined ? [] : [found]), value];
    else if (found === undefined) fields[name] = value;
  }
  return fields;
}
