import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../shared/contract/contract';
import { channelNames } from '../../shared/contract/contract';
import { newIterationSchema } from '../../shared/contract/schemas';
import { dispatch } from '../../electron/core/dispatch';

/** A handler table whose handlers answer with the arguments they were given. */
const echo = Object.fromEntries(channelNames.map((channel) => [channel, (args: unknown) => args])) as unknown as Handlers;

describe('what an iteration is saved with', () => {
  it('trims the fields, and leaves the document number and editor empty and the date to the core when not given', () => {
    expect(newIterationSchema.parse({ label: '  Output of the Geneva meeting ', documentNumber: ' N1234 ', date: ' 2026-11-22 ' })).toEqual(
      {
        label: 'Output of the Geneva meeting',
        documentNumber: 'N1234',
        date: '2026-11-22',
        editor: '',
      },
    );
    expect(newIterationSchema.parse({ label: 'Draft' })).toEqual({ label: 'Draft', documentNumber: '', editor: '' });
  });

  it('needs a label, and says how to write the date', () => {
    const result = newIterationSchema.safeParse({ label: '   ', date: '2026-02-30' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['label', 'Give the iteration a label, e.g. “Output of the Geneva meeting”.'],
      ['date', 'February 2026 has no day 30.'],
    ]);
  });

  it('limits the lengths of the fields and refuses fields it does not know', () => {
    expect(newIterationSchema.safeParse({ label: 'x'.repeat(201) }).error?.issues[0]?.message).toBe('Use at most 200 characters.');
    expect(newIterationSchema.safeParse({ label: 'L', documentNumber: 'N'.repeat(41) }).error?.issues[0]?.path).toEqual(['documentNumber']);
    expect(newIterationSchema.safeParse({ label: 'L', editor: 'e'.repeat(201) }).success).toBe(false);
    expect(newIterationSchema.safeParse({ label: 'L', number: 4 }).success).toBe(false);
  });
});

describe('the iteration channels', () => {
  it('pass valid arguments on to their handlers', async () => {
    expect(await dispatch(echo, 'iterations.master', { number: 3, language: 'fr' })).toEqual({
      ok: true,
      value: { number: 3, language: 'fr' },
    });
    expect(await dispatch(echo, 'iterations.restore', { number: 1 })).toEqual({ ok: true, value: { number: 1 } });
    expect(await dispatch(echo, 'iterations.list', {})).toEqual({ ok: true, value: {} });
  });

  it('refuse a number that cannot be an iteration’s, with a message', async () => {
    for (const number of [0, -1, 1.5, '3', null]) {
      const result = await dispatch(echo, 'iterations.restore', { number });
      expect(result.ok ? 'accepted' : result.error.code).toBe('invalid-arguments');
    }
    const zero = await dispatch(echo, 'iterations.master', { number: 0, language: 'en' });
    expect(zero.ok ? null : zero.error.message).toBe('Iterations are numbered from 1. (number)');
    const language = await dispatch(echo, 'iterations.master', { number: 1, language: 'de' });
    expect(language.ok ? null : language.error.issues?.[0]?.field).toBe('language');
  });

  it('refuse an impossible date before anything is saved', async () => {
    const result = await dispatch(echo, 'iterations.save', { label: 'Draft', date: '2026-04-31' });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-arguments',
        message: 'April 2026 has no day 31. (date)',
        issues: [{ field: 'date', message: 'April 2026 has no day 31.' }],
      },
    });
  });
});
