// How a domain declares its error codes: each code names the type of its parameters, once.
// The spec carries that type only (the value is an empty object); sentences live in shared/messages/.

declare const paramsType: unique symbol;

/** One code's declaration: the parameters a `QuireError` of that code must carry. */
export interface ErrorCodeSpec<P extends object> {
  readonly [paramsType]: P;
}

/** The parameters of a code that needs none: no string or stray key fits in it. */
export type NoParams = { readonly [key: string]: never };

/** Declares a code whose errors carry parameters of type `P` (none when omitted). */
export function params<P extends object = NoParams>(): ErrorCodeSpec<P> {
  return {} as ErrorCodeSpec<P>;
}

/** Every domain file's table satisfies this, so a code written the old way (`CODE: 'sentence'`) is a type error. */
export type ErrorCodeTable = Readonly<Record<string, ErrorCodeSpec<object>>>;

/** The parameter type a spec declares. */
export type ParamsOfSpec<S> = S extends ErrorCodeSpec<infer P> ? P : never;
