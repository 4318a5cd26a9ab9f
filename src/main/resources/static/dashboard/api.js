// Every piece of data comes from the REST API with the viewer's credential: a Teams SSO token inside Teams,
// otherwise the access key typed into the sign-in form, kept in this tab's sessionStorage only.
const KEY = 'strategy-bot.access-key';
let bearer = null;

export class Unauthorized extends Error {}

/** The Teams SSO token to send, or null to fall back to the access key. */
export function useTeamsToken(token) {
  bearer = token;
}

export function hasCredential() {
  return bearer !== null || sessionStorage.getItem(KEY) !== null;
}

export function rememberKey(key) {
  sessionStorage.setItem(KEY, key);
}

export function forgetKey() {
  sessionStorage.removeItem(KEY);
}

function headers(accept) {
  const h = { Accept: accept };
  if (bearer !== null) {
    h.Authorization = `Bearer ${bearer}`;
  } else if (sessionStorage.getItem(KEY) !== null) {
    h['X-API-Key'] = sessionStorage.getItem(KEY);
  }
  return h;
}

/** Fetches a path of the API; a 401 throws Unauthorized, other failures an Error with the problem's detail. */
export async function get(path, accept = 'application/json') {
  return checked(await fetch(path, { headers: headers(accept), credentials: 'omit', cache: 'no-store' }));
}

/** Sends a body (a file, or JSON) to the API, as get does; the answer's JSON, or an Error with the problem's detail. */
export async function send(method, path, body, contentType) {
  const h = headers('application/json');
  h['Content-Type'] = contentType;
  return (await checked(await fetch(path, { method, headers: h, body, credentials: 'omit', cache: 'no-store' }))).json();
}

async function checked(response) {
  if (response.status === 401) {
    throw new Unauthorized('Your access key was not accepted.');
  }
  if (!response.ok) {
    let detail = `The server answered ${response.status}.`;
    try {
      const problem = await response.json();
      if (problem && problem.detail) {
        detail = problem.detail;
      }
    } catch (notJson) {
      // keep the status line
    }
    throw new Error(detail);
  }
  return response;
}

export async function json(path) {
  return (await get(path)).json();
}
