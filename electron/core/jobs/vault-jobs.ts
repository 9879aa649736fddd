import type { QuireError } from '../../../shared/errors';
import type { Vault } from '../vault/open-vault';

/**
 * The long-running jobs of one kind a host runs on each open vault (an import, an audit pack), by id:
 * ids are numbered per vault (`audit-pack-1`…), and a job asked for by an id the vault does not know
 * raises the kind's own not-found error. Jobs live as long as the vault stays open in this host.
 */
export class VaultJobs<J extends { id: string }> {
  private readonly byVault = new WeakMap<Vault, { next: number; jobs: Map<string, J> }>();

  constructor(
    private readonly prefix: string,
    private readonly notFound: (jobId: string) => QuireError,
  ) {}

  private entry(vault: Vault) {
    let entry = this.byVault.get(vault);
    if (!entry) this.byVault.set(vault, (entry = { next: 1, jobs: new Map() }));
    return entry;
  }

  /** Every job of this kind started on the vault. */
  all(vault: Vault): J[] {
    return [...this.entry(vault).jobs.values()];
  }

  /** Registers a new job under the next id. */
  add(vault: Vault, make: (id: string) => J): J {
    const entry = this.entry(vault);
    const job = make(`${this.prefix}-${entry.next++}`);
    entry.jobs.set(job.id, job);
    return job;
  }

  /** The job with this id on the vault, or the kind's not-found error. */
  require(vault: Vault, jobId: string): J {
    const job = this.entry(vault).jobs.get(jobId);
    if (!job) throw this.notFound(jobId);
    return job;
  }
}
