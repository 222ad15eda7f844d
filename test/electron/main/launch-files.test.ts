import { describe, expect, it } from 'vitest';
import { workbookPathsFromArgv, workbookPathsFromSecondInstance } from '../../../electron/main/launch-files';

describe('workbook paths from the command line', () => {
  it('takes .creditstack arguments after the program, made absolute', () => {
    expect(
      workbookPathsFromArgv(['/opt/CreditStack/creditstack', 'plan.creditstack', '/data/b.CREDITSTACK'], '/home/me', 1),
    ).toEqual(['/home/me/plan.creditstack', '/data/b.CREDITSTACK']);
    // Development: `electron <app> file`.
    expect(workbookPathsFromArgv(['/usr/bin/electron', '.', 'plan.creditstack'], '/home/me', 2)).toEqual([
      '/home/me/plan.creditstack',
    ]);
  });

  it('ignores switches, other files and absurd input', () => {
    const argv = [
      'exe',
      '--inspect=9229',
      '--remote-debugging-port=9222',
      '-psn_0_12345',
      '--no-sandbox',
      'dist/electron/main.cjs',
      'notes.txt',
      '--x=evil.creditstack',
      'a\u0000b.creditstack',
      `${'x'.repeat(5000)}.creditstack`,
    ];
    expect(workbookPathsFromArgv(argv, '/home/me', 1)).toEqual([]);
    expect(
      workbookPathsFromArgv(['exe', ...Array.from({ length: 40 }, (_, i) => `f${i}.creditstack`)], '/', 1),
    ).toHaveLength(16);
  });
});

describe('workbook paths from a second launch', () => {
  it('prefers the data the second launch sent', () => {
    expect(
      workbookPathsFromSecondInstance(
        { files: ['/data/plan.creditstack'] },
        ['exe', '--flag', '/other.creditstack'],
        '/',
        1,
      ),
    ).toEqual(['/data/plan.creditstack']);
  });

  it('drops relative or foreign paths in that data', () => {
    expect(
      workbookPathsFromSecondInstance({ files: ['plan.creditstack', '/etc/passwd', '/ok.creditstack'] }, [], '/', 1),
    ).toEqual(['/ok.creditstack']);
  });

  it('falls back to argv when the data is missing or malformed', () => {
    for (const data of [
      undefined,
      null,
      { files: 'x' },
      { files: [1] },
      { files: [], extra: 1 },
      JSON.parse('{"__proto__":{"files":[]}}'),
    ]) {
      expect(workbookPathsFromSecondInstance(data, ['exe', 'plan.creditstack'], '/home/me', 1)).toEqual([
        '/home/me/plan.creditstack',
      ]);
    }
  });
});
