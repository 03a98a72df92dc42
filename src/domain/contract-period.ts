/** A span of days given by its first and last day, both ISO dates and both included. */
export interface Period {
  from: string;
  to: string;
}

/** Whether a period covers a day; ISO dates compare as text, first and last day included. */
export function coversDay(period: Period, day: string): boolean {
  return period.from <= day && day <= period.to;
}

/** Whether a period has begun on or before a day (and so covered it or covers it). */
export function hasBegunBy(period: Period, day: string): boolean {
  return period.from <= day && period.from <= period.to;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar day of an instant in a time zone, as an ISO date (the SAP system's "today"). */
export function dayIn(timeZone: string, instant: Date): string {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(instant)) parts[part.type] = part.value;
  return `${parts.year ?? ''}-${parts.month ?? ''}-${parts.day ?? ''}`;
}
