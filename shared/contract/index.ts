import type { z } from 'zod';
import { userMethods } from './user-methods';
import { documentMethods } from './document-methods';
import { vaultMethods } from './vault-methods';
import { workflowMethods } from './workflow-methods';
import { historyMethods } from './history-methods';
import { printMethods } from './print-methods';
import { viewerMethods } from './viewer-methods';
import { adminMethods } from './admin-methods';
import { homeMethods } from './home-methods';
import { searchMethods } from './search-methods';
import { importMethods } from './import-methods';
import { registerMethods } from './register-methods';
import { changeMethods } from './change-methods';
import { auditPackMethods } from './audit-pack-methods';
import { trainingMethods } from './training-methods';

// The one API contract: every method the renderer, CLI and loopback host may call.
// Each domain keeps its own table; this merges them.
export const apiContract = {
  ...userMethods,
  ...documentMethods,
  ...vaultMethods,
  ...workflowMethods,
  ...historyMethods,
  ...printMethods,
  ...viewerMethods,
  ...adminMethods,
  ...homeMethods,
  ...searchMethods,
  ...importMethods,
  ...registerMethods,
  ...changeMethods,
  ...auditPackMethods,
  ...trainingMethods,
};

export type ApiContract = typeof apiContract;
export type MethodName = keyof ApiContract;
export type MethodInput<M extends MethodName> = z.input<ApiContract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<ApiContract[M]['input']>;
export type MethodResult<M extends MethodName> = z.infer<ApiContract[M]['result']>;

export const methodNames = Object.keys(apiContract) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(apiContract, name);
}

export * from './define-method';
export * from './dispatcher-error-codes';
export * from './common-schemas';
export * from './user-methods';
export * from './document-methods';
export * from './vault-methods';
export * from './workflow-methods';
export * from './history-methods';
export * from './print-methods';
export * from './viewer-methods';
export * from './admin-methods';
export * from './home-methods';
export * from './search-methods';
export * from './import-methods';
export * from './register-methods';
export * from './change-methods';
export * from './audit-pack-methods';
export * from './training-methods';
export * from './printability-schema';
export * from './read-file-fields';
