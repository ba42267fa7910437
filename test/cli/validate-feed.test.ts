import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {describeFeed, type FeedReport} from '../../src/cli/describe-feed.js';
import {readFeed, validateFeed} from '../../src/feed/validate.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `security-timeline-validate args…` in a folder holding `files`. */
const run = (args: string[], files: Record<string, string> = {}) =>
  executeServerCommand<Run, {args: string[]; files: Record<string, string>}>('run-validate-cli', {args, files});

const seedText = await (await fetch('/data/tajik-afghan-border-2024.json')).text();
const incident = (id: string, when: string) => ({id, when, title: `Incident ${id}`, category: 'attack', status: 'reported'});
const feedWithBadDates = JSON.stringify({
  version: '1.0',
  region: {name: 'Border', timeZone: 'Asia/Dushanbe'},
  incidents: [incident('good', '2024-09-24'), incident('feb', '2023-02-29'), incident('month', '2024-13')],
});

describe('security-timeline-validate (the feed checker for publishers)', () => {
  it('passes the seed feed, saying what would be drawn', async () => {
    const {code, stdout, stderr} = await run(['seed.json'], {'seed.json': seedText});
    expect(stderr).to.equal('');
    expect(stdout.trim()).to.equal(
      'seed.json: version 1.1 "Tajik–Afghan border, autumn 2024", dates in Asia/Dushanbe: 1 alert, 5 incidents, 1 source; no problems.',
    );
    expect(code).to.equal(0);
  });

  it('lists every problem with its pointer, and fails', async () => {
    const {code, stdout} = await run(['seed.json', 'bad.json'], {'seed.json': seedText, 'bad.json': feedWithBadDates});
    const lines = stdout.trim().split('\n');
    expect(lines[0]).to.match(/^seed\.json: .*no problems\.$/);
    expect(lines[1]).to.equal(
      'bad.json: version 1.0 "Border", dates in Asia/Dushanbe: 0 alerts, 1 incident, 0 sources; 2 problems (2 items left out).',
    );
    expect(lines.slice(2)).to.deep.equal(validateFeed(JSON.parse(feedWithBadDates)).problems.map((problem) => `  ${problem.message}`));
    expect(
      lines.some((line) => /^ {2}\/incidents\/1\/when: expected a real calendar date .*found "2023-02-29"\. The incident was left out\.$/.test(line)),
    ).to.equal(true);
    expect(code).to.equal(1);
  });

  it('gives the line and column of a JSON syntax error', async () => {
    const {code, stdout} = await run(['broken.json'], {'broken.json': '{\n  "version": "1.0",\n  "incidents": [,]\n}\n'});
    expect(stdout).to.include('broken.json: refused: nothing of it would be drawn.');
    expect(stdout).to.include("found Unexpected token ',' at line 3, column 17.");
    expect(code).to.equal(1);
  });

  it('fetches a feed by URL, and says why one could not be loaded', async () => {
    const seedUrl = `${location.origin}/test-server/seed`;
    const missingUrl = `${location.origin}/test-server/status/404`;
    const {code, stdout} = await run(['--quiet', seedUrl, missingUrl]);
    const lines = stdout.trim().split('\n');
    // --quiet: the good feed says nothing.
    expect(lines).to.have.length(1);
    expect(lines[0]).to.match(new RegExp(`^${missingUrl}: Could not load the feed ${missingUrl}: .*404`));
    expect(code).to.equal(1);
  });

  it('says so when a file cannot be read', async () => {
    const {code, stdout} = await run(['missing.json']);
    expect(stdout.trim()).to.match(/^missing\.json: Could not read missing\.json: ENOENT/);
    expect(code).to.equal(1);
  });

  it('writes one JSON report with --json, problems in full', async () => {
    const {code, stdout} = await run(['--json', 'bad.json'], {'bad.json': feedWithBadDates});
    const [report] = JSON.parse(stdout) as FeedReport[];
    expect(report).to.include({source: 'bad.json', ok: false});
    expect(report.problems).to.deep.equal(validateFeed(JSON.parse(feedWithBadDates)).problems);
    expect(code).to.equal(1);
  });

  it('explains its usage, and refuses an unknown option or no feed', async () => {
    expect((await run(['--help'])).code).to.equal(0);
    expect((await run(['--help'])).stdout).to.include('Usage: security-timeline-validate');
    const unknown = await run(['--strict', 'feed.json']);
    expect(unknown.code).to.equal(2);
    expect(unknown.stderr).to.include('Unknown option --strict.');
    expect((await run([])).code).to.equal(2);
  });
});

describe('describeFeed', () => {
  it('counts an item that breaks two rules as one left out', () => {
    const result = validateFeed({version: '1.0', incidents: [{id: 'x', when: '2024-13', title: 'T', category: 'Not A Slug', status: 'reported'}]});
    expect(result.problems.filter((problem) => problem.dropped === 'item')).to.have.length(2);
    expect(describeFeed('f.json', result).summary).to.equal(
      'version 1.0, dates in UTC: 0 alerts, 0 incidents, 0 sources; 2 problems (1 item left out).',
    );
  });

  it('names a refused feed as refused', () => {
    const report = describeFeed('f.json', readFeed('{"version": "2.0"}'));
    expect(report).to.include({ok: false, summary: 'refused: nothing of it would be drawn.'});
    expect(report.problems[0].message).to.include('format version 1.x');
  });
});
