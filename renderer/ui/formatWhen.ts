const dayMs = 24 * 60 * 60 * 1000;
const time = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const weekday = new Intl.DateTimeFormat(undefined, { weekday: 'long' });
const sameYear = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const otherYear = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/** When something happened, as people say it: "Today 14:02", "Yesterday 09:15", "Monday", "3 Mar", "3 Mar 2024". */
export function formatWhen(iso: string, now: Date = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const startOfToday = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
  const days = Math.floor((startOfToday - new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime()) / dayMs);
  if (days <= 0) return `Today ${time.format(date)}`;
  if (days === 1) return `Yesterday ${time.format(date)}`;
  if (days < 7) return weekday.format(date);
  return date.getFullYear() === now.getFullYear() ? sameYear.format(date) : otherYear.format(date);
}
