import { defineCommand } from '../cli-command';
import { optionalText } from '../cli-arguments';
import { usageError } from '../cli-usage-error';

const exportUsage = 'audit export <vault> (--csv <file> | --pdf <file>) [--from <YYYY-MM-DD>] [--to <YYYY-MM-DD>] [--user <user>] [--document <number>] [--type <event type>] --as <user>';

export const auditCommands = [
  defineCommand({
    words: ['audit', 'export'],
    usage: exportUsage,
    summary: 'Export the audit trail (all of it, or by period, user, document or event type) as CSV or as a PDF report, each event in words.',
    options: { csv: { type: 'string' }, pdf: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, user: { type: 'string' }, document: { type: 'string' }, type: { type: 'string' } },
    async run({ signedIn, values }) {
      const csv = optionalText(values.csv);
      const pdf = optionalText(values.pdf);
      if ((csv === undefined) === (pdf === undefined)) throw usageError({ problem: 'one-of', fields: ['csv', 'pdf'] }, exportUsage);
      const { core, token } = await signedIn();
      return core.call(token, 'audit.export', {
        format: csv !== undefined ? 'csv' : 'pdf',
        destination: (csv ?? pdf)!,
        from: optionalText(values.from),
        to: optionalText(values.to),
        user: optionalText(values.user),
        document: optionalText(values.document),
        action: optionalText(values.type),
      });
    },
    text: (r) => `Exported ${r.events} audit event(s) to ${r.path} (${r.bytes} bytes).`,
  }),
];
