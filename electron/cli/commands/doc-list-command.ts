import type { DocumentSummary, RegisterFilter, RegisterSortColumn } from '../../../shared/contract';
import { alreadyPrinted, defineCommand } from '../cli-command';
import { optionalText } from '../cli-arguments';
import { usageError } from '../cli-usage-error';
import { batchedLines, printStreamedJsonArray, printStreamedTable } from '../stream-output';

const usage =
  'doc list <vault> --as <user> [--type <T>] [--dept <D>] [--owner <user>] [--state <state>] [--status active|obsolete] [--search <text>] [--sort <column>] [--desc] [--master (--csv [--out <file.csv>] | --pdf <file.pdf>)]';

const registerHeader = ['number', 'title', 'type', 'dept', 'owner', 'rev', 'state', 'status'];
const registerCells = (d: DocumentSummary) => [d.number, d.title, d.type, d.department, d.owner.username, d.currentRevision?.label, d.currentRevision?.state, d.status];

/** The register as the text table `quire doc list` prints (the demo prints it too). */
export { registerCells, registerHeader };

export const docListCommand = defineCommand({
  words: ['doc', 'list'],
  usage,
  summary: 'The register: every document and its current revision (read and printed row by row); --master --csv/--pdf: the master document list.',
  options: {
    type: { type: 'string' },
    dept: { type: 'string' },
    owner: { type: 'string' },
    state: { type: 'string' },
    status: { type: 'string' },
    search: { type: 'string' },
    sort: { type: 'string' },
    desc: { type: 'boolean' },
    master: { type: 'boolean' },
    csv: { type: 'boolean' },
    pdf: { type: 'string' },
    out: { type: 'string' },
  },
  async run({ signedIn, values, out, json }) {
    // Any word goes through: the core refuses a status, state or sort column that is not one of its own.
    const filter: RegisterFilter = {
      type: optionalText(values.type),
      department: optionalText(values.dept),
      owner: optionalText(values.owner),
      state: optionalText(values.state) as RegisterFilter['state'],
      status: optionalText(values.status) as RegisterFilter['status'],
      search: optionalText(values.search),
      sort: optionalText(values.sort) as RegisterSortColumn | undefined,
      direction: values.desc === true ? 'desc' : undefined,
    };
    const master = values.master === true || values.csv === true || typeof values.pdf === 'string';
    if (master && values.csv !== true && typeof values.pdf !== 'string') throw usageError({ problem: 'one-of', fields: ['csv', 'pdf'] }, usage, '--csv');
    if (values.csv === true && typeof values.pdf === 'string') throw usageError({ problem: 'one-of', fields: ['csv', 'pdf'] }, usage, '--pdf');
    const { core, token } = await signedIn();
    if (master) {
      const destination = typeof values.pdf === 'string' ? values.pdf : optionalText(values.out);
      // A file (CSV or PDF) is written by the core, as the app's export is; CSV without --out streams to stdout.
      if (destination) return core.call(token, 'documents.exportMasterList', { ...filter, format: values.csv === true ? 'csv' : 'pdf', destination });
      const { masterListCsvLines } = await import('../../core/reports/master-list-csv');
      const csv = batchedLines(out);
      for (const line of masterListCsvLines(core.streamRegister(token, 'master', filter))) csv.line(line.slice(0, -2));
      csv.flush();
      return alreadyPrinted;
    }
    if (json) printStreamedJsonArray(out, core.streamRegister(token, 'register', filter));
    else {
      // One pass: the columns are sized by an aggregate query, not by reading the register twice.
      const w = core.registerColumnWidths(token, filter);
      const widths = [w.number, w.title, w.type, w.department, w.owner, w.revision, w.state, w.status];
      printStreamedTable(out, registerHeader, widths, (function* () {
        for (const d of core.streamRegister(token, 'register', filter)) yield registerCells(d);
      })(), 'The register is empty.');
    }
    return alreadyPrinted;
  },
  text: (written) => (typeof written === 'symbol' ? '' : `Wrote ${written.path} (${written.documents} documents, ${written.bytes} bytes).`),
});
