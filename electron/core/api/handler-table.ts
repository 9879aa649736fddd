import type { MethodName, MethodResult, ParsedInput } from '../../../shared/contract';
import type { CallContext } from '../core-context';

/** What the dispatcher gives a handler beyond the call context: the session's own controls. */
export interface SessionControls {
  end(): void;
}

export type Handler<M extends MethodName> = (ctx: CallContext, input: ParsedInput<M>, session: SessionControls) => MethodResult<M> | Promise<MethodResult<M>>;

/** Handlers for a subset of the contract's methods; the per-domain tables merge into one. */
export type HandlerTable<M extends MethodName> = { [K in M]: Handler<K> };
