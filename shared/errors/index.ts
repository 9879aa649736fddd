export { QuireError, isQuireError, type SerializedQuireError } from './quire-error';
export { errorCodes, type ErrorCode } from './error-codes';
