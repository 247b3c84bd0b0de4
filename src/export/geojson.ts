/**
 * GeoJSON: a FeatureCollection of points, one per located canonical event, with the event's
 * fields as properties, for GIS tools and web maps. Events without coordinates are left out.
 */
import type { ExportFormat } from './export-context.js';

/** The geojson export format. */
export const geojson: ExportFormat = {
  name: 'geojson',
  contentType: 'application/geo+json',
  extension: 'geojson',
  async run(ctx) {
    await ctx.write('{"type":"FeatureCollection","features":[\n');
    let n = 0;
    for await (const { event: e } of ctx.events) {
      if (!e.location) continue;
      const feature = {
        type: 'Feature',
        id: e.id,
        geometry: { type: 'Point', coordinates: [e.location.lon, e.location.lat] },
        properties: {
          id: e.id,
          type: e.type,
          mode: e.mode ?? null,
          acledEventType: e.acled?.eventType ?? null,
          acledSubEventType: e.acled?.subEventType ?? null,
          date: e.date.value,
          earliest: e.date.earliest,
          latest: e.date.latest,
          location: e.location.name,
          country: e.location.country,
          admin1: e.location.admin1 ?? null,
          precision: e.location.precision,
          actors: e.actors.map((a) => a.name),
          targets: e.targets.map((a) => a.name),
          fatalities: e.fatalities ?? null,
          factuality: e.factuality,
          sources: e.sources,
          reports: e.reports,
          outlets: e.outlets,
        },
      };
      await ctx.write((n > 0 ? ',\n' : '') + JSON.stringify(feature));
      n++;
    }
    await ctx.write('\n]}\n');
    return n;
  },
};
