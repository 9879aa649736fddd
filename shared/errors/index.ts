export { QuireError, isQuireError, type SerializedQuireError, type ErrorDetails, type QuireErrorArgs } from './quire-error';
export { errorCodes, allErrorCodes, type ErrorCode, type ErrorParams } from './error-codes';
export { sessionEndingCodes, isSessionEnding } from './session-ending-codes';
export type { InvalidInputParams, FieldProblem, RequestProblem } from './input-error-params';
