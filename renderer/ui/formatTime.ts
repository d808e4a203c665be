const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });

/** A time of day to the second, as the status bar shows it: "14:02:11". */
export function formatTime(date: Date): string {
  return timeFormat.format(date);
}
