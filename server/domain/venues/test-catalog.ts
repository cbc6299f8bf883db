// The real catalog file, as the seed reads it: the venue tests run on the data users get.
import { loadVenueRows } from "@/prisma/seed-data/load/venue-catalog";
import type { VenueEntry } from "./types";

export const CATALOG: VenueEntry[] = loadVenueRows();
