const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", hourCycle: "h23" });
    formats.set(timeZone, format);
  }
  return format;
}

/** Whether the name is a time zone this runtime knows (IANA names and aliases such as "UTC"). */
export function isTimeZone(name: string): boolean {
  try {
    formatFor(name);
    return true;
  } catch {
    return false;
  }
}

/** The user's calendar day (YYYY-MM-DD) and hour (0–23) at an instant, in their time zone; UTC for an unknown zone. */
export function localClock(now: Date, timeZone: string): { day: string; hour: number } {
  const parts = formatFor(isTimeZone(timeZone) ? timeZone : "UTC").formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "00";
  return { day: `${part("year")}-${part("month")}-${part("day")}`, hour: Number(part("hour")) };
}

/** The daily digest is due once the local hour reaches the digest hour, once per local day. */
export function isDigestDue(now: Date, pref: { timeZone: string; digestHour: number; lastSweptOn: string | null }): boolean {
  const clock = localClock(now, pref.timeZone);
  return clock.hour >= pref.digestHour && (pref.lastSweptOn === null || pref.lastSweptOn < clock.day);
}
