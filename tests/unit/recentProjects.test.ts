import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RecentProjects } from '../../electron/core/recentProjects';
import { temporaryFolder } from '../support/temporaryFolder';

let folder: ReturnType<typeof temporaryFolder>;
let listFile: string;
const entry = (name: string, openedAt = '2026-11-22T10:00:00.000Z') => ({
  path: path.join(folder.path, `${name}.ctproj`),
  title: `Title ${name}`,
  designation: `Rec. ITU-T ${name}`,
  openedAt,
});

beforeEach(() => {
  folder = temporaryFolder();
  listFile = path.join(folder.path, 'settings', 'recent-projects.json');
});
afterEach(() => folder.remove());

describe('recent projects', () => {
  it('lists the newest first and moves a reopened project to the top', () => {
    const recent = new RecentProjects(listFile);
    recent.add(entry('X.500'));
    recent.add(entry('X.501'));
    recent.add(entry('X.500', '2026-11-22T11:00:00.000Z'));
    expect(recent.list().map((item) => item.title)).toEqual(['Title X.500', 'Title X.501']);
    expect(recent.list()[0]!.openedAt).toBe('2026-11-22T11:00:00.000Z');
  });

  it('keeps the last twelve', () => {
    const recent = new RecentProjects(listFile);
    for (let index = 0; index < 15; index += 1) recent.add(entry(`X.${500 + index}`));
    expect(recent.list()).toHaveLength(12);
    expect(recent.list()[0]!.title).toBe('Title X.514');
  });

  it('says which files are no longer where they were', () => {
    const recent = new RecentProjects(listFile);
    fs.writeFileSync(entry('here').path, '');
    recent.add(entry('here'));
    recent.add(entry('gone'));
    expect(recent.list().map((item) => [item.title, item.available])).toEqual([
      ['Title gone', false],
      ['Title here', true],
    ]);
  });

  it('removes an entry', () => {
    const recent = new RecentProjects(listFile);
    recent.add(entry('X.500'));
    recent.add(entry('X.501'));
    expect(recent.remove(entry('X.500').path).map((item) => item.title)).toEqual(['Title X.501']);
  });

  it('starts a new list when the file is damaged, and survives in a new instance', () => {
    fs.mkdirSync(path.dirname(listFile), { recursive: true });
    fs.writeFileSync(listFile, '{ this is not json');
    const recent = new RecentProjects(listFile);
    expect(recent.list()).toEqual([]);
    recent.add(entry('X.500'));
    expect(new RecentProjects(listFile).list().map((item) => item.title)).toEqual(['Title X.500']);
  });

  it('ignores entries that are not shaped like one', () => {
    fs.mkdirSync(path.dirname(listFile), { recursive: true });
    fs.writeFileSync(listFile, JSON.stringify([{ path: 1 }, 'x', null, entry('X.500')]));
    expect(new RecentProjects(listFile).list().map((item) => item.title)).toEqual(['Title X.500']);
  });
});
