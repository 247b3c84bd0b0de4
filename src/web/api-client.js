// Fetching the API from the browser: JSON in, and RFC 9457 problem details turned into errors
// whose message is the server's own explanation.

/** An API failure with the problem details the server sent. */
export class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

async function check(res) {
  if (res.ok) return res.json();
  let detail = `${res.status} ${res.statusText}`;
  try {
    const body = await res.json();
    if (body && typeof body.detail === 'string') detail = body.detail;
  } catch {
    // Not a problem-details body: the status line says enough.
  }
  throw new ApiError(res.status, detail);
}

/** GET a JSON resource of the API. */
export async function getJson(path) {
  return check(await fetch(path, { headers: { accept: 'application/json' } }));
}

/** POST a body (a string with its content type) and read the JSON answer. */
export async function postBody(path, body, contentType) {
  return check(
    await fetch(path, { method: 'POST', body, headers: { 'content-type': contentType, accept: 'application/json' } }),
  );
}

/** The query string of the filters object (empty values left out). */
export function filterQuery(filters, extra = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...filters, ...extra })) {
    if (v !== undefined && v !== null && String(v) !== '') q.set(k, String(v));
  }
  return q.toString();
}
