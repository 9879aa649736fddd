import { QuireError } from '../../../shared/errors';
import { iso9001v2015 } from './iso9001-2015';
import { standardSchema, type Standard, type StandardClause } from './standard-schema';

// Every standard Quire ships. Another one (ISO 13485, ISO 14001, IATF 16949) is one data file and
// one line here; it is checked against the schema the first time it is used.
const standardData: readonly unknown[] = [iso9001v2015];

export const defaultStandardId = 'iso9001-2015';

let loaded: Standard[] | undefined;

/** Every shipped standard, each checked against the schema (a malformed data file fails loudly, once). */
export function loadStandards(data: readonly unknown[] = standardData): Standard[] {
  if (data === standardData && loaded) return loaded;
  const standards = data.map((raw, index) => {
    const parsed = standardSchema.safeParse(raw);
    if (!parsed.success) throw new Error(`Standard data file ${index + 1} is malformed: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
    return parsed.data;
  });
  if (data === standardData) loaded = standards;
  return standards;
}

/** The standard with this id, or STANDARD_UNKNOWN. */
export function standardById(id: string): Standard {
  const standard = loadStandards().find((s) => s.id === id);
  if (!standard) throw new QuireError('STANDARD_UNKNOWN', { standard: id, known: loadStandards().map((s) => s.id) });
  return standard;
}

/** The clause with this number in the standard, or CLAUSE_UNKNOWN. */
export function clauseOf(standard: Standard, number: string): StandardClause {
  const clause = standard.clauses.find((c) => c.number === number);
  if (!clause) throw new QuireError('CLAUSE_UNKNOWN', { clause: number, standard: standard.name });
  return clause;
}

/** True when `clause` is `ancestor` or one of its sub-clauses (7.5.3 is within 7.5, 7.50 is not). */
export function clauseWithin(clause: string, ancestor: string): boolean {
  return clause === ancestor || clause.startsWith(`${ancestor}.`);
}
