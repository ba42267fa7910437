import {expect} from '@open-wc/testing';
import {validateFeed} from '../../src/feed/validate.js';
import {readRealData, runImport, type WrittenFeed} from '../import/helpers.js';

/** A small ACLED file with only some of its columns, in an order of its own. */
const HEADER = 'event_date,event_id_cnty,time_precision,event_type,sub_event_type,actor1,location,notes,fatalities';
const acledRow = (id: string, {date = '2022-06-19', notes = 'Clash reported.', fatalities = '1'} = {}) =>
  `${date},${id},1,Battles,Armed clash,Taliban,Rukha,"${notes.replace(/"/g, '""')}",${fatalities}`;
const acledFile = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n';
const feedOf = (stdout: string) => JSON.parse(stdout) as WrittenFeed;

describe('security-timeline-import (the ACLED and UCDP GED importer)', () => {
  it('explains its usage', async () => {
    const {code, stdout, stderr} = await runImport(['--help']);
    expect(stdout).to.match(/^Usage: security-timeline-import acled\|ucdp FILE\.csv \[options\]\n/);
    for (const option of ['-o, --output OUT', '--title TEXT', '--region NAME', '--time-zone ZONE', '--accessed DATE', '--ged-version V']) {
      expect(stdout).to.include(option);
    }
    expect(stdout).to.include('Exit status: 0 every row imported, 1 some rows or values left out, 2 usage');
    expect(stderr).to.equal('');
    expect(code).to.equal(0);
  });

  it('refuses a mistake in the command with exit status 2', async () => {
    for (const [args, message] of [
      [[], 'Say which data set: acled or ucdp.'],
      [['gdelt', 'x.csv'], 'Unknown data set "gdelt": acled or ucdp.'],
      [['acled'], 'Give the CSV file to import (- for standard input).'],
      [['acled', 'a.csv', '--strict'], 'Unknown option --strict.'],
      [['acled', 'a.csv', '--time-zone', 'Mars/Olympus'], '--time-zone Mars/Olympus is not an IANA time zone name'],
      [['acled', 'a.csv', '--accessed', '2026-02-30'], '--accessed 2026-02-30 is not a date (YYYY-MM-DD).'],
      [['acled', 'a.csv', '--ged-version', '23.1'], '--ged-version is for ucdp.'],
      [['acled', 'a.csv', 'b.csv'], 'One file at a time'],
      [['acled', 'a.csv', '--title'], '--title needs a value.'],
    ] as const) {
      const {code, stdout, stderr} = await runImport([...args]);
      expect(stderr, args.join(' ')).to.include(message);
      expect(stderr).to.include('Usage: security-timeline-import');
      expect(stdout).to.equal('');
      expect(code, args.join(' ')).to.equal(2);
    }
  });

  it('names a column the import needs that the header lacks, exits 2 and writes nothing', async () => {
    const file = acledFile(acledRow('AFG1')).replace('event_date,', 'day,').replace('time_precision,', 'precision,');
    const {code, stdout, stderr, output, left} = await runImport(['acled', 'a.csv', '-o', 'feed.json'], {
      files: {'a.csv': file},
      output: 'feed.json',
    });
    expect(stderr).to.equal(
      'a.csv: the header has no column "event_date", no column "time_precision": the acled import needs "event_id_cnty", "event_date", "time_precision", "sub_event_type" (or "event_type"). ' +
        'Columns found: day, event_id_cnty, precision, event_type, sub_event_type, actor1, location, notes, fatalities\n',
    );
    expect([stdout, output, left]).to.deep.equal(['', null, []]);
    expect(code).to.equal(2);
  });

  it('says so, with exit status 2, when a UCDP file is given as ACLED', async () => {
    const {code, stderr} = await runImport(['acled', 'real-data/ucdp-ged-23.1-sample-1000.csv']);
    expect(stderr).to.match(/^real-data\/ucdp-ged-23\.1-sample-1000\.csv: the header has no column "event_id_cnty", no column "event_date"/);
    expect(code).to.equal(2);
  });

  it('says so when the file cannot be read, is empty, or has a broken header', async () => {
    const missing = await runImport(['acled', 'missing.csv']);
    expect(missing.stderr).to.match(/^missing\.csv: could not import: ENOENT/);
    expect(missing.code).to.equal(2);
    const empty = await runImport(['acled', 'empty.csv'], {files: {'empty.csv': ''}});
    expect(empty.stderr).to.equal('empty.csv: the file is empty: it has no header row\n');
    expect(empty.code).to.equal(2);
    const broken = await runImport(['acled', 'broken.csv'], {files: {'broken.csv': '"event_id_cnty,event_date\n'}});
    expect(broken.stderr).to.equal('broken.csv: the header row cannot be read as CSV: "\\"event_id_cnty,event_date"\n');
    expect(broken.code).to.equal(2);
  });

  it('reads standard input with -, as it reads a file', async () => {
    const text = await readRealData('acled-2022-06-argentina.csv');
    const fromFile = await runImport(['acled', 'real-data/acled-2022-06-argentina.csv', '--accessed', '2026-11-24']);
    const fromStdin = await runImport(['acled', '-', '--accessed', '2026-11-24'], {stdin: text});
    expect(fromStdin.stdout).to.equal(fromFile.stdout);
    expect(fromStdin.stderr).to.equal('standard input: 326 rows, 326 incidents; nothing left out.\n');
    expect(fromStdin.code).to.equal(0);
  });

  it('writes the feed to -o OUT, and only there', async () => {
    const {code, stdout, output, left} = await runImport(['acled', 'a.csv', '-o', 'feed.json', '--accessed', '2026-11-24'], {
      files: {'a.csv': acledFile(acledRow('AFG1'))},
      output: 'feed.json',
    });
    expect(stdout).to.equal('');
    expect(left).to.deep.equal(['feed.json']);
    expect(feedOf(output!).incidents.map((incident) => incident.id)).to.deep.equal(['AFG1']);
    expect(code).to.equal(0);
  });

  it('gives the feed its title, region and time zone, and credits the data set', async () => {
    const {stdout} = await runImport(
      ['acled', 'a.csv', '--title', 'Panjshir, June 2022', '--region=Panjshir', '--time-zone', 'Asia/Kabul', '--accessed', '2026-11-24'],
      {files: {'a.csv': acledFile(acledRow('AFG1'))}},
    );
    const feed = feedOf(stdout);
    expect(feed).to.include({version: '1.1', title: 'Panjshir, June 2022'});
    expect(feed.attribution).to.equal('Data: ACLED (Armed Conflict Location & Event Data), acleddata.com, accessed 2026-11-24');
    expect(feed.region).to.deep.equal({name: 'Panjshir', timeZone: 'Asia/Kabul'});
    const read = validateFeed(feed);
    expect(read.problems).to.deep.equal([]);
    expect(read.feed!).to.include({title: 'Panjshir, June 2022', timeZone: 'Asia/Kabul', attribution: feed.attribution});
  });

  it('names the GED version from the file name, or says it is unknown', async () => {
    const text = await readRealData('ucdp-ged-23.1-sample-1000.csv');
    const named = await runImport(['ucdp', 'GEDEvent_v24_1.csv'], {files: {'GEDEvent_v24_1.csv': text}});
    expect(feedOf(named.stdout).attribution).to.equal('Data: UCDP Georeferenced Event Dataset (GED) Global version 24.1, ucdp.uu.se');
    const given = await runImport(['ucdp', 'GEDEvent_v24_1.csv', '--ged-version', '23.1'], {files: {'GEDEvent_v24_1.csv': text}});
    expect(feedOf(given.stdout).attribution).to.equal('Data: UCDP Georeferenced Event Dataset (GED) Global version 23.1, ucdp.uu.se');
    const unknown = await runImport(['ucdp', '-'], {stdin: text});
    expect(feedOf(unknown.stdout).attribution).to.equal('Data: UCDP Georeferenced Event Dataset (GED) Global unknown version, ucdp.uu.se');
    expect(unknown.stderr).to.match(/^note: the file name does not say which GED version this is/);
  });

  it('reads a file with a byte order mark, CRLF line ends and blank lines, and counts lines apart from rows', async () => {
    const text =
      '\ufeff' +
      [HEADER, acledRow('AFG1', {notes: 'Two\r\nlines.'}), '', acledRow('AFG2', {date: '2022-02-30'}), acledRow('AFG3', {fatalities: 'few'})].join(
        '\r\n',
      ) +
      '\r\n';
    const {code, stdout, stderr} = await runImport(['acled', 'crlf.csv'], {files: {'crlf.csv': text}});
    expect(stderr.split('\n').slice(0, 2)).to.deep.equal([
      'row 3 (line 5), column event_date: "2022-02-30" is not a date (YYYY-MM-DD); the row was left out',
      'row 4 (line 6), column fatalities: "few" is not a whole number of deaths; the value was left out, the rest of the row kept (its text is kept under "acled")',
    ]);
    const feed = feedOf(stdout);
    expect(feed.incidents.map((incident) => incident.id)).to.deep.equal(['AFG1', 'AFG3']);
    expect(feed.incidents[0].summary).to.equal('Two\r\nlines.');
    expect(code).to.equal(1);
  });

  it('reports broken quoting row by row and reads on: a quote never closed up to the end, text after a closing quote, a quote in an unquoted value', async () => {
    const text = acledFile(
      acledRow('AFG1'),
      '2022-06-19,AFG2,1,Battles,Armed clash,"Taliban"s,Rukha,Notes,1',
      '2022-06-19,AFG3,1,Battles,Armed clash,Tali"ban,Rukha,Notes,1',
      acledRow('AFG4'),
      '2022-06-19,AFG5,1,Battles,Armed clash,Taliban,Rukha,"never closed,1',
      '2022-06-19,AFG6,1,Battles,Armed clash,Taliban,Rukha,no quote after this one,1',
    );
    const {code, stdout, stderr} = await runImport(['acled', 'q.csv'], {files: {'q.csv': text}});
    expect(stderr.split('\n')).to.deep.equal([
      'row 3, column actor1: "\\"Taliban\\"s" has text after its closing quote; the row was left out',
      'row 4, column actor1: "Tali\\"ban" has a quote inside a value that is not quoted (write it "…" with the quote doubled); the row was left out',
      'row 6, column notes: "\\"never closed,1" opens a quote that is never closed; the row was left out',
      'q.csv: 6 rows, 3 incidents; 3 rows left out.',
      '',
    ]);
    expect(feedOf(stdout).incidents.map((incident) => incident.id)).to.deep.equal(['AFG1', 'AFG4', 'AFG6']);
    expect(code).to.equal(1);
  });

  it('streams a long file through standard input, one broken row costing one row', async () => {
    const rows = Array.from({length: 5000}, (_, i) => acledRow(`AFG${i + 1}`, {notes: `Row ${i + 1}, ${'x'.repeat(200)}`}));
    // Far past the first chunks read: the quote opened here closes at the next row's notes.
    rows[3000] = '2022-06-19,AFG3001,1,Battles,Armed clash,Taliban,Rukha,"Unterminated,1';
    const {code, stdout, stderr} = await runImport(['acled', '-'], {stdin: acledFile(...rows)});
    expect(stderr.split('\n')).to.deep.equal([
      'row 3002, column notes: "\\"Unterminated,1" opens a quote that is never closed; the row was left out',
      'standard input: 5000 rows, 4999 incidents; 1 row left out.',
      '',
    ]);
    const ids = feedOf(stdout).incidents.map((incident) => incident.id);
    expect(ids).to.have.length(4999);
    expect(ids.slice(2999, 3001)).to.deep.equal(['AFG3000', 'AFG3002']);
    expect(code).to.equal(1);
  });

  it('keeps a column whose name the header repeats, and says so', async () => {
    const text = 'event_id_cnty,event_date,time_precision,sub_event_type,notes,notes\nAFG1,2022-06-19,1,Armed clash,First,Second\n';
    const {code, stdout, stderr} = await runImport(['acled', 'r.csv'], {files: {'r.csv': text}});
    expect(stderr.split('\n')[0]).to.equal('note: column 6 repeats the name "notes" of column 5: it is kept as "notes (column 6)"');
    const [incident] = feedOf(stdout).incidents;
    expect(incident.summary).to.equal('First');
    expect(incident.acled).to.deep.equal({'notes (column 6)': 'Second'});
    expect(code).to.equal(0);
  });

  it('writes a feed with no incidents for a header alone', async () => {
    const {code, stdout} = await runImport(['acled', 'h.csv'], {files: {'h.csv': `${HEADER}\n`}});
    const feed = feedOf(stdout);
    expect(feed.incidents).to.deep.equal([]);
    expect(validateFeed(feed).problems).to.deep.equal([]);
    expect(code).to.equal(0);
  });
});
