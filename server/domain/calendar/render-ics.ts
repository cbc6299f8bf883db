import ical, { ICalAlarmType } from "ical-generator";
import { addDays, dayToTime } from "@/lib/format/calendar";
import type { CoverEvent } from "./cover-events";

export const CALENDAR_NAME = "CoverDesk covers";
const DAY_SEC = 86_400;
/** Display reminders before each event: a week ahead, then the day before. */
export const REMINDER_DAYS = [7, 1] as const;
/** How often subscribing apps are asked to refresh (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
const REFRESH_SEC = 6 * 3600;

/** A UTC-midnight Date: with no calendar time zone, ical-generator writes its UTC date. */
function dayDate(day: string): Date {
  return new Date(dayToTime(day));
}

/**
 * RFC 5545 text of the events, each an all-day event (DTSTART;VALUE=DATE, DTEND the day after)
 * with display alarms. `now` is the DTSTAMP: when this copy of the calendar was made.
 */
export function renderIcs(events: readonly CoverEvent[], { now = new Date(), name = CALENDAR_NAME }: { now?: Date; name?: string } = {}): string {
  const calendar = ical({
    name,
    prodId: { company: "CoverDesk", product: "CoverDesk", language: "EN" },
    ttl: REFRESH_SEC,
  });
  for (const e of events) {
    const event = calendar.createEvent({
      id: e.uid,
      allDay: true,
      start: dayDate(e.date),
      end: dayDate(addDays(e.date, 1)),
      stamp: now,
      summary: e.summary,
      description: e.description,
      url: e.url,
    });
    for (const days of REMINDER_DAYS) {
      event.createAlarm({ type: ICalAlarmType.display, triggerBefore: days * DAY_SEC, description: e.summary });
    }
  }
  // ical-generator leaves off the CRLF that ends the last content line.
  const text = calendar.toString();
  return text.endsWith("\r\n") ? text : `${text}\r\n`;
}
