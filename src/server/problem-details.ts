/**
 * Errors as RFC 9457 problem details: every failure of the API answers
 * `application/problem+json` with a `type`, `title`, `status` and a `detail` a person can act on.
 */

/** The body of a problem-details response. */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** The request path the problem is about. */
  instance?: string;
  /** For validation problems: which parameter was wrong. */
  parameter?: string;
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  404: 'Not found',
  405: 'Method not allowed',
  413: 'Content too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  500: 'Internal server error',
  507: 'Insufficient storage',
};

/** A failure that the API reports as a problem-details response. */
export class HttpProblem extends Error {
  override name = 'HttpProblem';
  readonly status: number;
  readonly parameter: string | undefined;

  constructor(status: number, detail: string, parameter?: string) {
    super(detail);
    this.status = status;
    this.parameter = parameter;
  }
}

/** The response for a problem. `type` URIs are relative: they name the status, nothing to fetch. */
export function problemResponse(status: number, detail: string, instance?: string, parameter?: string): Response {
  const body: ProblemBody = {
    type: `about:blank`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    ...(instance !== undefined && { instance }),
    ...(parameter !== undefined && { parameter }),
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8' },
  });
}
