/**
 * The OpenAPI 3.1 description of the API, served at `/openapi.json`. Written out by hand so that
 * it says what each endpoint means, not only its shapes; the API tests check that every route
 * the app answers is described here.
 */

const problem = { $ref: '#/components/responses/Problem' };

const filterParams = [
  ['type', 'PLOVER types, comma-separated, e.g. PROTEST,ASSAULT'],
  ['acled-type', 'ACLED event type, e.g. Protests'],
  ['country', 'ISO 3166 alpha-2 code of the event place'],
  ['admin1', 'first-level region of the event place'],
  ['from', 'events on or after this day (YYYY-MM-DD)'],
  ['to', 'events on or before this day (YYYY-MM-DD)'],
  ['near', 'LAT,LON,KM: events within KM kilometres of a point'],
  ['actor', 'an actor or target whose name contains this'],
  ['text', 'reported by an article matching these words ("phrases", OR)'],
  ['min-sources', 'reported by at least this many independent sources'],
].map(([name, description]) => ({ name, in: 'query', required: false, description, schema: { type: 'string' } }));

const pageParams = [
  {
    name: 'limit',
    in: 'query',
    description: 'page size (default 50, at most 1000)',
    schema: { type: 'integer', minimum: 1, maximum: 1000 },
  },
  { name: 'offset', in: 'query', description: 'items to skip', schema: { type: 'integer', minimum: 0 } },
];

const articleBody = {
  required: true,
  description:
    'The article: plain text or an HTML page (metadata in the query), or a JSON object as a JSON Lines input line.',
  content: {
    'text/plain': { schema: { type: 'string' } },
    'text/html': { schema: { type: 'string' } },
    'application/json': { schema: { $ref: '#/components/schemas/ArticleInput' } },
  },
};

const metaParams = ['published', 'title', 'url', 'outlet', 'author'].map((name) => ({
  name,
  in: 'query',
  required: false,
  description: `the article's ${name}${name === 'published' ? ' (YYYY-MM-DD), the anchor of relative dates' : ''}`,
  schema: { type: 'string' },
}));

const jsonOk = (description: string, schema: object = { type: 'object' }) => ({
  description,
  content: { 'application/json': { schema } },
});

/** The OpenAPI document. */
export function openApiDocument(): object {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Dateline API',
      version: '1',
      description:
        'Sourced event data from news reports: extract an article, browse the merged events of a database with the evidence for every field, search and export. Errors are RFC 9457 problem details.',
    },
    paths: {
      '/api/extract': {
        post: {
          summary: 'Extract the record of one article (nothing is stored)',
          parameters: metaParams,
          requestBody: articleBody,
          responses: {
            200: jsonOk('the v1 record', { $ref: '#/components/schemas/Record' }),
            400: problem,
            413: problem,
            415: problem,
            422: problem,
          },
        },
      },
      '/api/documents': {
        post: {
          summary: 'Extract one article and store it (needs the write token when the server is not on loopback)',
          security: [{ bearer: [] }],
          parameters: metaParams,
          requestBody: articleBody,
          responses: {
            201: jsonOk('stored: {stored, hash, events, record}'),
            200: jsonOk('already stored: nothing was added'),
            401: problem,
            413: problem,
            415: problem,
            422: problem,
            507: problem,
          },
        },
      },
      '/api/documents/{id}': {
        get: {
          summary: 'One document: metadata, text and its annotation layers (the record)',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { 200: jsonOk('{document, text, record}'), 404: problem },
        },
      },
      '/api/events': {
        get: {
          summary: 'Merged events, newest first, filtered as `dateline events`, one page at a time',
          parameters: [...filterParams, ...pageParams],
          responses: { 200: jsonOk('{total, limit, offset, events}'), 400: problem },
        },
      },
      '/api/event-points': {
        get: {
          summary: 'Every matching event (up to 100,000) as parallel arrays for maps and timelines',
          parameters: filterParams,
          responses: {
            200: jsonOk('{total, truncated, id[], day[], type[], lat[], lon[], country[], sources[]}'),
            400: problem,
          },
        },
      },
      '/api/events/{id}': {
        get: {
          summary: "One merged event with each article's report, its evidence (spans with their words) and provenance",
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { 200: jsonOk('{event, reports[]}'), 404: problem },
        },
      },
      '/api/search': {
        get: {
          summary: 'Full-text search over the articles, best first',
          parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string' } }, ...pageParams],
          responses: { 200: jsonOk('{query, limit, offset, hits}'), 400: problem },
        },
      },
      '/api/export': {
        get: {
          summary: 'Export the matching events as `dateline export` does',
          parameters: [
            {
              name: 'format',
              in: 'query',
              required: true,
              schema: { type: 'string', enum: ['acled-csv', 'plover-json', 'geojson', 'jsonl'] },
            },
            ...filterParams,
          ],
          responses: {
            200: {
              description: 'the export, streamed',
              content: { 'text/csv': {}, 'application/x-ndjson': {}, 'application/geo+json': {} },
            },
            400: problem,
          },
        },
      },
      '/api/stats': {
        get: {
          summary: 'Counts of documents, events, merged events, sources and errors',
          responses: { 200: jsonOk('the counts') },
        },
      },
      '/openapi.json': { get: { summary: 'This document', responses: { 200: jsonOk('OpenAPI 3.1') } } },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      responses: {
        Problem: {
          description: 'RFC 9457 problem details',
          content: {
            'application/problem+json': {
              schema: {
                type: 'object',
                required: ['type', 'title', 'status', 'detail'],
                properties: {
                  type: { type: 'string' },
                  title: { type: 'string' },
                  status: { type: 'integer' },
                  detail: { type: 'string' },
                  instance: { type: 'string' },
                  parameter: { type: 'string' },
                },
              },
            },
          },
        },
      },
      schemas: {
        ArticleInput: {
          type: 'object',
          properties: Object.fromEntries(
            ['id', 'text', 'html', 'published', 'title', 'url', 'outlet', 'author'].map((k) => [k, { type: 'string' }]),
          ),
          additionalProperties: false,
        },
        Record: { description: 'A v1 record; see schema/record.v1.schema.json', type: 'object' },
      },
    },
  };
}
