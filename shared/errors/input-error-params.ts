// The parameters of INVALID_INPUT: what is wrong with which field, or which request is malformed.
// Fields are named by their contract key (`title`, `file.path`); the catalogue puts them in the user's words.

/** One field's problem, as the contract's schema or a host's own check found it. */
export type FieldProblem =
  | { problem: 'required' }
  | { problem: 'too-short'; min: number }
  | { problem: 'too-long'; max: number }
  | { problem: 'too-few'; min: number }
  | { problem: 'too-many'; max: number }
  | { problem: 'out-of-range'; min?: number; max?: number }
  | { problem: 'one-line' }
  | { problem: 'control-characters' }
  | { problem: 'invisible-only' }
  | { problem: 'format' }
  | { problem: 'choice'; choices: string[] }
  | { problem: 'wrong-type' }
  | { problem: 'whole-number' }
  | { problem: 'calendar-date'; value: string }
  | { problem: 'time-zone'; value: string }
  | { problem: 'point-in-time' }
  | { problem: 'unknown-roles'; unknown: string[]; known: string[] };

/** A request that is wrong as a whole rather than in one field. */
export type RequestProblem =
  | { problem: 'unknown-fields'; names: string[] }
  | { problem: 'one-of'; fields: string[] }
  | { problem: 'external-source-required'; type: string }
  | { problem: 'reprint-not-controlled' }
  | { problem: 'print-description' }
  | { problem: 'json-content-type' }
  | { problem: 'body-too-large' }
  | { problem: 'not-json' }
  | { problem: 'nothing-to-print' }
  | { problem: 'browser-destination' }
  | { problem: 'get-only' }
  | { problem: 'post-only' }
  | { problem: 'upload-again' }
  | { problem: 'vault-file-extension' }
  | { problem: 'choose-file' }
  | { problem: 'choose-destination' }
  | { problem: 'not-a-recent-vault' }
  | { problem: 'choose-vault-location' }
  | { problem: 'search-no-words' }
  | { problem: 'search-term-too-short'; term: string; min: number };

export type InvalidInputParams = ({ field?: string } & FieldProblem) | RequestProblem;
