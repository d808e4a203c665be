import { describe, expect, it } from 'vitest';
import { calendarDateProblem, formatCalendarDate, isCalendarDate, localCalendarDate } from '../../shared/domain/calendarDate';
import { iterationLine } from '../../shared/domain/iterationLine';

describe('calendar dates of iterations', () => {
  it('accepts real days written YYYY-MM-DD, the 29th of February only in leap years', () => {
    for (const day of ['2026-11-22', '2026-01-31', '2024-02-29', '2000-02-29', '2026-12-31', '1988-04-30']) {
      expect(calendarDateProblem(day)).toBeNull();
    }
    expect(calendarDateProblem('2026-02-29')).toBe('February 2026 has no day 29.');
    expect(calendarDateProblem('1900-02-29')).toBe('February 1900 has no day 29.');
    expect(calendarDateProblem('2026-02-30')).toBe('February 2026 has no day 30.');
    expect(calendarDateProblem('2026-04-31')).toBe('April 2026 has no day 31.');
    expect(calendarDateProblem('2026-11-00')).toBe('November 2026 has no day 0.');
  });

  it('refuses other ways of writing a date, saying how to write it', () => {
    for (const written of ['22/11/2026', '2026-1-5', '20261122', '2026-11-22T10:00', ' 2026-11-22', '', 'today']) {
      expect(calendarDateProblem(written)).toBe('Write the date as YYYY-MM-DD, e.g. 2026-11-22.');
    }
    expect(calendarDateProblem('2026-13-01')).toBe('There is no month 13: write the date as YYYY-MM-DD, e.g. 2026-11-22.');
    expect(calendarDateProblem('2026-00-10')).toMatch(/^There is no month 00/);
  });

  it('takes a year before 1900 for a typing slip', () => {
    expect(calendarDateProblem('0226-11-22')).toBe('Check the year: 0226 is too early for a draft.');
    expect(isCalendarDate('1899-12-31')).toBe(false);
    expect(isCalendarDate('1900-01-01')).toBe(true);
  });

  it('dates today in local time, not in UTC', () => {
    expect(localCalendarDate(new Date(2026, 10, 22, 23, 59, 59))).toBe('2026-11-22');
    expect(localCalendarDate(new Date(2026, 0, 1, 0, 0, 1))).toBe('2026-01-01');
    expect(localCalendarDate(new Date(2027, 2, 9))).toBe('2027-03-09');
  });

  it('reads a date as people write it: 22 Nov 2026', () => {
    expect(formatCalendarDate('2026-11-22')).toBe('22 Nov 2026');
    expect(formatCalendarDate('2027-03-09')).toBe('9 Mar 2027');
    expect(formatCalendarDate('not a date')).toBe('not a date');
  });
});

describe('an iteration on one line', () => {
  it('gives number, date, label, document number and editor, leaving out what is not given', () => {
    const iteration = { number: 3, date: '2026-11-22', label: 'Output of the Geneva meeting', documentNumber: 'N1234', editor: 'J. Smith' };
    expect(iterationLine(iteration)).toBe('3 · 2026-11-22 · Output of the Geneva meeting · N1234 · J. Smith');
    expect(iterationLine({ ...iteration, documentNumber: '', editor: '' })).toBe('3 · 2026-11-22 · Output of the Geneva meeting');
  });
});
