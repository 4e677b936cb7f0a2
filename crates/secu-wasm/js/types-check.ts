// Compiled by `tsc --strict --noEmit` against the built package's
// declarations (`cargo xtask wasm --test`): every export used as a page would
// use it, with the types it must have. The `@ts-expect-error` lines must NOT
// compile: they prove the declarations are strict (string-literal unions,
// required fields, no `any`). tsc fails on an unused `@ts-expect-error`.
import init, { assess, birthDateForAge, checkNir, formShape, initCodes, isSecuError, latestEventDate, schema, version } from 'secu-wasm';
// Case files: the second module of the package, loaded on demand.
import initCase, { allowedEvents, caseStatus, isSecuError as isCaseError, newCase, recordEvent } from 'secu-wasm/case';
import type {
  Affiliation,
  Assessment,
  Basis,
  CaseFile,
  Country,
  DocKind,
  Event,
  EventKind,
  FormShape,
  Household,
  MemberAssessment,
  NirCheck,
  PartialHousehold,
  Question,
  RefusalCode,
  SecuError,
  SecuErrorCode,
  SecuProblem,
  Status,
} from 'secu-wasm';

export async function page(entropy: string): Promise<string[]> {
  await init();
  await initCase();
  const household: Household = {
    as_of: '2026-11-27',
    members: [
      { id: 'ana', relationship: 'primary', birth_date: '1990-04-02', nationality: 'BR', birth_country: 'BR',
        activity: { kind: 'employed', start_date: '2026-10-01' } },
      { id: 'leo', relationship: 'child', birth_date: '2019-06-01', nationality: 'BR', birth_country: 'BR' },
    ],
  };
  const out: string[] = [];

  const a: Assessment = assess(household, { asOf: '2026-11-27', lang: 'fr', policies: { leap_day_birthday: 'first_of_march' } });
  const m: MemberAssessment = a.members[0];
  const affiliation: Affiliation = m.affiliation;
  const basis: Basis = m.basis;
  const documents: DocKind[] = m.documents.map((d) => d.kind);
  const coveredFrom: string | null = m.covered_from;
  out.push(affiliation, basis, ...documents, coveredFrom ?? '');

  const nir: NirCheck = checkNir('2 90 04 99 216 001 77');
  out.push(String(nir.valid));

  let file: CaseFile = newCase(household, { createdAt: new Date().toISOString(), entropy });
  const allowed: EventKind[] = allowedEvents(file, 'ana', '2026-12-01');
  const event: Event = { event: 'document_received', kind: 'identity_document' };
  file = recordEvent(file, { member: 'ana', date: '2026-12-01', event, recordedAt: new Date().toISOString(), entropy });
  const status: Status = caseStatus(file, { asOf: '2026-12-02', lang: 'en' });
  out.push(...allowed, ...status.members.map((s) => s.phase));

  // The codes module (issue 15): loaded on demand, from its default URL or given bytes.
  const loaded: Promise<void> = initCodes();
  await loaded;
  await initCodes(new Uint8Array(0));
  // @ts-expect-error: it resolves to nothing
  const nothing: number = await initCodes();
  out.push(String(nothing));
  // JSON text in and out (issue 15): the result's type follows `output`.
  const text: string = assess(JSON.stringify(household), { asOf: '2026-11-27', detail: 'codes', output: 'json' });
  const fromText: Assessment = assess(text, { detail: 'codes', output: 'object' });
  out.push(text, fromText.as_of);

  // The household's `as_of` is the evaluation date when `asOf` is not given.
  out.push(assess(household).as_of, assess(household, {}).as_of, assess(household, { lang: 'en' }).as_of);

  try {
    assess({ members: [] }, { asOf: '2026-11-27' });
  } catch (e) {
    // The type guard: `e` is `unknown` until it is checked.
    if (isSecuError(e)) {
      const err: SecuError = e;
      const problems: SecuProblem[] = err.errors;
      const codes: SecuErrorCode[] = problems.map((p) => p.code);
      if (problems[0]?.code === 'no_members') out.push('no members');
      out.push(err.name, ...codes, ...problems.map((p) => `${p.path}: ${p.code}: ${p.message}`));
    }
  }
  try {
    recordEvent(file, { member: 'ana', date: '2026-12-01', event: { event: 'file_submitted' }, recordedAt: new Date().toISOString(), entropy });
  } catch (e) {
    if (isCaseError(e)) {
      const refusal: SecuErrorCode = 'not_allowed_now';
      const reason: RefusalCode = 'too_young';
      out.push(...e.errors.filter((p) => p.code === refusal || p.code === reason).map((p) => p.message));
    }
  }
  // A partial household (contract §5): only the people known, one answer given.
  const draft: PartialHousehold = {
    as_of: '2026-11-27',
    members: [{ id: 'ana', relationship: 'primary', nationality: 'BR', activity: { kind: 'employed' }, nir: null }],
  };
  const p: Assessment = assess(draft, { partial: true, lang: 'fr' });
  const complete: boolean = p.complete;
  const next: Question | undefined = p.questions[0];
  const choices: string[] | null | undefined = next?.choices;
  const provisional: string[] = p.members[0].provisional;
  out.push(String(complete), next?.path ?? '', next?.text ?? '', ...(choices ?? []), ...provisional);
  // The form's shape and dates, from the core.
  const shape: FormShape = formShape();
  const codes: string[] | null = shape.fields[0].when[0].one_of;
  const refused: boolean = shape.fields[0].refused;
  const born: string = birthDateForAge('2028-02-29', 35);
  const day: string = latestEventDate('2027-02-01', '2026-12-06');
  out.push(String(refused), String(codes), born, day);
  out.push(version().secu, JSON.stringify(schema('household')));
  return out;
}

export function strictness(h: Household, file: CaseFile, thrown: unknown): void {
  // @ts-expect-error: an age is a number.
  birthDateForAge('2028-02-29', '35');
  // @ts-expect-error: `asOf` is a date string when given.
  assess(h, { asOf: 20261127 });
  // @ts-expect-error: a caught value is `unknown` until `isSecuError` narrows it.
  void thrown.errors;
  if (isSecuError(thrown)) {
    // @ts-expect-error: the problems' codes are the generated union, not any string.
    const code: SecuErrorCode = 'not_a_code';
    // @ts-expect-error: comparing a code with a string that is no code is a type error.
    if (thrown.errors[0].code === 'no_such_code') void code;
  }
  // @ts-expect-error: `isSecuError` takes one value.
  isSecuError();
  // @ts-expect-error: only "en" and "fr".
  assess(h, { asOf: '2026-11-27', lang: 'de' });
  // @ts-expect-error: not a relationship.
  const bad: Household = { members: [{ id: 'x', relationship: 'boss', birth_date: '1990-01-01', nationality: 'FR', birth_country: 'FR' }] };
  // @ts-expect-error: not an ISO country code of the contract.
  const country: Country = 'XX';
  // @ts-expect-error: not an affiliation type.
  const affiliation: Affiliation = 'registered';
  // @ts-expect-error: `document_received` needs its `kind`.
  const event: Event = { event: 'document_received' };
  // @ts-expect-error: not an event.
  const kind: EventKind = 'card_printed';
  // @ts-expect-error: `entropy` is required to record.
  recordEvent(file, { member: 'x', date: '2026-12-01', event: { event: 'file_submitted' }, recordedAt: '2026-12-01T10:00:00Z' });
  // @ts-expect-error: the result is typed, not `any`.
  const n: number = assess(h, { asOf: '2026-11-27' }).members;
  // @ts-expect-error: with `output: 'json'` the result is its JSON text, not objects.
  const notObjects: Assessment = assess(h, { output: 'json' });
  // @ts-expect-error: only "object" and "json".
  assess(h, { output: 'xml' });
  void notObjects;
  // @ts-expect-error: `partial` is a boolean.
  assess(h, { partial: 'yes' });
  // @ts-expect-error: even a partial member has its relationship.
  const nobody: PartialHousehold = { members: [{ id: 'x' }] };
  // @ts-expect-error: a known fact still has the contract's type.
  const wrong: PartialHousehold = { members: [{ id: 'x', relationship: 'primary', activity: { kind: 'retired' } }] };
  void [nobody, wrong];
  // @ts-expect-error: only the two schemas.
  schema('case');
  // @ts-expect-error: case files are the case module's, not the main module's.
  void import('secu-wasm').then((m) => m.newCase);
  void [bad, country, affiliation, event, kind, n];
}
