/** A time of day as a 24-hour clock reads it. */
export interface ClockTime {
  hour: number;
  minute: number;
}

/** What typed text says: a time, whether it named its half of the day, or nothing readable. */
export interface TypedTime extends ClockTime {
  /** `am`/`pm` when the text said so ("2:30 pm") or the hour did (0 and 13–23); `undefined` for 1–12 alone. */
  period: Period | undefined;
}

export type Period = 'am' | 'pm';

const TYPED = /^(\d{1,2})(?:\s*[:.\s]\s*(\d{2})|(\d{2}))?\s*(?:([ap])\.?\s*m\.?)?$/i;

/**
 * Reads a time as people type it, in Latin digits (convert first): `9:30`, `09.30`, `9 30`, `930`, `0930`, `21:30`,
 * `9` (nine o'clock), with an optional `am`/`pm` (`2:30 pm`, `2.30 P.M.`). An hour of 0 or 13–23 is read on the 24-hour
 * clock. Returns null for anything else, including 24:00, minutes past 59 and `13:00 pm`.
 */
export function parseTypedTime(text: string): TypedTime | null {
  const match = TYPED.exec(text.trim());
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2] ?? match[3] ?? 0);
  const said = match[4]?.toLowerCase();
  if (hour > 23 || minute > 59) return null;
  if (said) {
    if (hour < 1 || hour > 12) return null;
    return { hour: to24(hour, said === 'a' ? 'am' : 'pm'), minute, period: said === 'a' ? 'am' : 'pm' };
  }
  if (hour === 0) return { hour, minute, period: 'am' };
  if (hour > 12) return { hour, minute, period: 'pm' };
  return { hour, minute, period: undefined };
}

/** An hour of the 12-hour clock (1–12) in its half of the day, on the 24-hour clock. */
export function to24(hour12: number, period: Period): number {
  return (hour12 % 12) + (period === 'pm' ? 12 : 0);
}

/** The 12-hour clock's hour (1–12) and half of the day of a 24-hour clock hour. */
export function to12(hour: number): { hour: number; period: Period } {
  return { hour: hour % 12 || 12, period: hour < 12 ? 'am' : 'pm' };
}

/** `HH:MM` (as `<input type=time>` holds it), or null. Seconds (`HH:MM:SS`) are accepted and dropped. */
export function parseClock(value: string): ClockTime | null {
  const match = /^(\d{2}):(\d{2})(?::\d{2}(?:\.\d{1,3})?)?$/.exec(value);
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  return hour < 24 && minute < 60 ? { hour, minute } : null;
}

export const pad2 = (n: number) => String(n).padStart(2, '0');

export function toClock({ hour, minute }: ClockTime): string {
  return `${pad2(hour)}:${pad2(minute)}`;
}

export const minutesOf = ({ hour, minute }: ClockTime) => hour * 60 + minute;

export const fromMinutes = (minutes: number): ClockTime => {
  const m = ((minutes % 1440) + 1440) % 1440;
  return { hour: Math.floor(m / 60), minute: m % 60 };
};
