import { z } from 'zod';

// Zod compiles object parsers with new Function unless told not to; the app's Content-Security-
// Policy forbids eval, and the probe alone would be reported as a violation.
z.config({ jitless: true });

const isoUtc = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/,
    'must be an ISO-8601 UTC time ending in Z',
  );

export const timelineEventSchema = z.object({
  event: z.string().min(1),
  /** null where the sources give the event but not its time. */
  time_utc: isoUtc.nullable(),
  /** "actual", "planned", "unsourced/estimate", ... as the sources state it. */
  status: z.string().min(1),
  sources: z.array(z.string()),
  precision: z.string().optional(),
  note: z.string().optional(),
  altitude: z.string().optional(),
  approximate: z.union([z.boolean(), z.string()]).optional(),
});

const coordEstimateSchema = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  coord_status: z.string(),
});

export const landingSchema = z.object({
  time_utc: isoUtc,
  time_precision: z.string().optional(),
  lat: z.number().min(-90).max(90).nullable(),
  lon: z.number().min(-180).max(180).nullable(),
  coord_status: z.string(),
  coord_sources: z.array(z.string()).optional(),
  estimate: coordEstimateSchema.optional(),
  reported_distance_direction: z.string().optional(),
  reported_distance_sources: z.array(z.string()).optional(),
  touchdown_attitude: z.string().optional(),
});

export const launchSchema = z.object({
  time_utc: isoUtc,
  vehicle: z.string().optional(),
  pad: z.string().optional(),
  pad_lat: z.number().min(-90).max(90).optional(),
  pad_lon: z.number().min(-180).max(180).optional(),
  /** Pad height, metres (over the ellipsoid, as the pad coordinates' source gives it). */
  pad_elev_m: z.number().min(-500).max(9000).optional(),
  sources: z.array(z.string()).optional(),
});

export const issTleSchema = z.object({
  role: z.string(),
  epoch_utc: isoUtc,
  line1: z.string().length(69, 'TLE line 1 must be 69 characters'),
  line2: z.string().length(69, 'TLE line 2 must be 69 characters'),
  found_via: z.string().optional(),
  note: z.string().optional(),
});

export const missionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'mission ids are lower-case words joined by hyphens'),
  mission: z.string().min(1),
  event_type: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  crew: z.array(z.string()),
  landing: landingSchema.optional(),
  launch: launchSchema.optional(),
  timeline: z.array(timelineEventSchema),
  iss_tles: z.array(issTleSchema),
  conflicts: z.array(z.string()).optional(),
  notes: z.array(z.string()).optional(),
  sources: z.array(z.string()).optional(),
});

export const catalogSchema = z.array(missionSchema).min(1);

export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export type MissionRecord = z.infer<typeof missionSchema>;
