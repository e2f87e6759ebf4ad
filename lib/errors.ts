/** Rule ids of docs/domain.md. */
export type RuleId = `R${number}`;
/** Text stored in both languages (e.g. a template step's label), picked per reader. */
export type LocalizedText = { nl: string; en: string };
/** A list of moments (e.g. R8's free alternatives) reads as "a, b or c" in the reader's language. */
export type MessageParams = Record<string, string | number | Date | Date[] | LocalizedText>;

/**
 * A broken rule of docs/domain.md. `key` picks the message under `rules.<rule>` in the
 * message files; the action layer translates it (R21). Throwing it inside a
 * transaction rolls the whole use case back, so nothing changes.
 */
export class RuleViolation extends Error {
  constructor(
    readonly rule: RuleId,
    readonly key: string,
    readonly params: MessageParams = {},
  ) {
    super(`${rule}.${key}`);
    this.name = "RuleViolation";
  }
}

/** R20 and role checks: the actor may not do this here. */
export class AccessDenied extends Error {
  constructor() {
    super("access denied");
    this.name = "AccessDenied";
  }
}

export class NotFound extends Error {
  constructor(what = "record") {
    super(`${what} not found`);
    this.name = "NotFound";
  }
}

/** Input that is well-formed but taken (e.g. an e-mail address in use): shown next to its field. */
export class FieldConflict extends Error {
  constructor(
    readonly field: string,
    /** A message key, e.g. "accounts.invite.emailInUse". */
    readonly key: string,
    readonly params: Record<string, string> = {},
  ) {
    super(`${field} conflict`);
    this.name = "FieldConflict";
  }
}

/**
 * A refusal that is no rule of docs/domain.md (e.g. an import whose addresses got an account
 * since its preview): `key` names a whole message, which says what to do instead.
 */
export class Refusal extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
    this.name = "Refusal";
  }
}
