// Iterations are dated as editors date their drafts: a day, not a moment, written YYYY-MM-DD.
// The day is the editor's own (local time), so a draft saved late in the evening in Geneva is
// not dated the next day because UTC has moved on.

const pattern = /^(\d{4})-(\d{2})-(\d{2})$/;

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Why `value` is not a real calendar day written YYYY-MM-DD ("2026-11-22"); null when it is one. */
export function calendarDateProblem(value: string): string | null {
  const match = pattern.exec(value);
  if (!match) return 'Write the date as YYYY-MM-DD, e.g. 2026-11-22.';
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12) return `There is no month ${match[2]}: write the date as YYYY-MM-DD, e.g. 2026-11-22.`;
  if (day < 1 || day > daysInMonth(year, month)) return `${monthNames[month - 1]} ${year} has no day ${day}.`;
  // A typing slip ("0226-11-22") rather than a draft of the Middle Ages.
  if (year < 1900) return `Check the year: ${match[1]} is too early for a draft.`;
  return null;
}

export function isCalendarDate(value: string): boolean {
  return calendarDateProblem(value) === null;
}

/** Today (or the day of `now`) in local time, as YYYY-MM-DD. */
export function localCalendarDate(now: Date = new Date()): string {
  const two = (value: number) => String(value).padStart(2, '0');
  return `${String(now.getFullYear()).padStart(4, '0')}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/** "2026-11-22" as people read it: "22 Nov 2026"; a value that is not a date is returned as it is. */
export function formatCalendarDate(value: string): string {
  if (!isCalendarDate(value)) return value;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  return `${day} ${monthNames[month - 1]!.slice(0, 3)} ${year}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
