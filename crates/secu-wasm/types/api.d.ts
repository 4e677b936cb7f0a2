// The binding's own types (hand-written): options of the exports, the case
// file, errors and versions. The contract's types (Household, Assessment,
// NirCheck, Status, Event…) are in secu.d.ts, generated from the core's JSON
// Schemas by `cargo xtask wasm-types`.

/** Any JSON value (policy values, schema documents). */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A date `YYYY-MM-DD`. */
export type IsoDate = string;

/** Language of every text. */
export type LangCode = "en" | "fr";

/** Policy overrides, as the CLI's `--policy NAME=VALUE` (see `secu::policy`). */
export type PolicyOverrides = { [name: string]: JsonValue };

/** Options of `assess`. */
export interface AssessOptions {
  /**
   * Evaluation date; beats the household's `as_of`. Needed only when the
   * household has no `as_of` (the module reads no clock): without either,
   * `assess` throws `missing_as_of`.
   */
  asOf?: IsoDate | null;
  /** Language of every text (default `"en"`). */
  lang?: LangCode | null;
  /** Policies that differ from the defaults. */
  policies?: PolicyOverrides | null;
  /**
   * `"codes"`: the assessment without rendered texts (an `AssessmentCodes`:
   * codes, dates, ids, rule and source ids); default `"full"`.
   */
  detail?: "full" | "codes" | null;
  /**
   * `true`: the household may be partial (contract §5, a `PartialHousehold`):
   * an absent fact is unknown, `null` answers it with what absence means in
   * a complete household. The assessment then has `complete`, `questions`
   * and each member's `provisional` filled (`secu assess --partial --json`).
   * Default `false`.
   */
  partial?: boolean | null;
  /**
   * `"json"`: return the assessment's JSON text (a string, exactly the
   * compact JSON of `secu assess --json`, or of `--detail codes`) instead of
   * JS objects; default `"object"`. With the household given as JSON text
   * too, a call goes from text to text without building objects on either
   * side (for an integration that holds a fetch body).
   */
  output?: "object" | "json" | null;
}

/**
 * Assesses a household: exactly the JSON of `secu assess FILE --json`. The
 * evaluation date is `options.asOf`, else the household's `as_of`; one of
 * them is required (the module reads no clock). With `partial: true` the
 * household may leave facts absent (unknown) and the result is that of
 * `secu assess FILE --partial --json` (contract §5). The household is a JS
 * object or its JSON text (a string); the result is JS objects, or its JSON
 * text with `output: "json"`.
 */
export function assess<O extends AssessOptions = AssessOptions>(
  household: Household | PartialHousehold | string,
  options?: O,
): O extends { output: "json" } ? string : Assessment;

/** A fact of a partial member: its value, `null` (answered: none or the default), or absent (unknown). */
export type PartialValue<T> = T extends null | undefined | string | number | boolean | unknown[]
  ? T | null
  : { [K in keyof T]?: PartialValue<T[K]> } | null;

/** A member of a partial household: `id` and `relationship` known, any other fact may be absent. */
export type PartialMember = Pick<Member, "id" | "relationship"> & {
  [K in Exclude<keyof Member, "id" | "relationship">]?: PartialValue<Member[K]>;
};

/** A partial household (contract §5), assessed with `assess(h, { partial: true })`. */
export type PartialHousehold = Omit<Household, "members"> & { members: PartialMember[] };

/** Options of `newCase`. */
export interface NewCaseOptions {
  /** Date the case is opened (tracks are derived on it); default: the household's `as_of` when it is not after the day of `createdAt`, else that day (`Case::default_opened_on`). */
  openedOn?: IsoDate | null;
  /** When the case was created, RFC 3339 (`new Date().toISOString()`). */
  createdAt: string;
  /** At least 32 random bytes as hex, from `crypto.getRandomValues`: salts are sha256(entropy || counter). */
  entropy: string;
  /** Policies the case is opened under (recorded in the case file). */
  policies?: PolicyOverrides | null;
}

/** What `recordEvent` records. */
export interface RecordEventRequest {
  /** The member the event is about (for `member_added`: the new member's id). */
  member: string;
  /** Date the event happened. */
  date: IsoDate;
  /** The event, tagged by `event`: `{ event: "document_received", kind: "birth_certificate" }`. */
  event: Event;
  /** When it is recorded, RFC 3339. */
  recordedAt: string;
  /** At least 32 random bytes as hex, from `crypto.getRandomValues`. */
  entropy: string;
}

/** Options of `caseStatus`. */
export interface CaseStatusOptions {
  /** Status date (required: the module reads no clock). */
  asOf: IsoDate;
  /** Language of every text (default `"en"`). */
  lang?: LangCode | null;
}

/** A member of a case file: the contract's member with its salt, or a redacted stub. */
export type CaseMember =
  | (Member & { salt: string })
  | { id: string; redacted: true; commitment: string };

/** The payload of a log entry: an event, or a redacted stub. */
export type CaseEntryPayload =
  | Event
  | { event: EventKind; redacted: true; commitment: string };

/** One entry of a case's append-only, hash-chained log. */
export type CaseEntry = CaseEntryPayload & {
  /** Position in the log: 1, 2, 3… */
  seq: number;
  /** The member the event happened to. */
  member: string;
  /** Date the event happened. */
  date: IsoDate;
  /** When it was recorded (RFC 3339). */
  recorded_at: string;
  /** Who recorded it (an account or token id of the team service), covered by the digest. */
  recorded_by?: string;
  /** Salt of the payload commitment (absent once redacted). */
  salt?: string;
  /** Digest of the previous entry (hex). */
  prev: string;
  /** Digest of this entry (hex). */
  digest: string;
};

/** A case file (`secu case new`): the household and its event log. Store it as JSON. */
export interface CaseFile {
  format: string;
  rules_version: string;
  created_at: string;
  opened_on: IsoDate;
  policies: PolicyOverrides;
  household: {
    format?: string;
    as_of?: IsoDate;
    members: CaseMember[];
  };
  household_commitment: string;
  events: CaseEntry[];
}

/** The schemas `schema()` returns. */
export type SchemaName = "household" | "assessment";

/** A JSON Schema document. */
export type JsonSchema = { [key: string]: JsonValue };

/** `version()`. */
export interface Version {
  /** The secu library version. */
  secu: string;
  /** The date of the rules (`rules_version`). */
  rules: string;
}

/** One problem (contract §3). */
export interface SecuProblem {
  /** JSON path of the value (`members[2].birth_date`), empty for the whole input. */
  path: string;
  /** Stable snake_case code (`SecuErrorCode`: generated from the core's codes). */
  code: SecuErrorCode;
  /** What is wrong (never a full NIR or a label). */
  message: string;
}

/** What every export throws on invalid input: `message` is the CLI's text. */
export interface SecuError extends Error {
  name: "SecuError";
  errors: SecuProblem[];
}

/**
 * Whether `e` was thrown by this package: narrows `unknown` (a `catch`
 * variable) to `SecuError`, whose `errors` then lists every problem.
 */
export function isSecuError(e: unknown): e is SecuError;
