/** Posts a generic CTI event to a sandbox's webhook as JSON, URL-encoded or multipart form data, as phone systems do. */
import { requestJson, type JsonResponse } from '../../testing/request-json';

/** How the event is encoded. */
export type CtiEncoding = 'json' | 'urlencoded' | 'multipart';

type Fields = Record<string, string | readonly string[]>;

function toForm(fields: Fields): [string, string][] {
  return Object.entries(fields).flatMap(([name, value]) => (typeof value === 'string' ? [[name, value]] : value.map((v): [string, string] => [`${name}[]`, v])));
}

/** Sends `fields` to `webhookUrl`; the answer as parsed JSON. */
export async function postCtiEvent(webhookUrl: string, fields: Fields, encoding: CtiEncoding = 'json'): Promise<JsonResponse> {
  if (encoding === 'json') return requestJson(webhookUrl, '', { json: fields });
  const body = encoding === 'urlencoded' ? new URLSearchParams(toForm(fields)) : new FormData();
  if (body instanceof FormData) for (const [name, value] of toForm(fields)) body.append(name, value);
  const response = await fetch(webhookUrl, { method: 'POST', body });
  const text = await response.text();
  return { status: response.status, body: text === '' ? null : (JSON.parse(text) as unknown), text, headers: response.headers };
}
