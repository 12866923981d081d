package dev.telelicense.rules;

/** The outcome of a rule for one provision, a small closed set as in XCCDF. */
public enum Status {
  /** 符合 — met. */
  PASS,
  /** 不符合 — broken. */
  FAIL,
  /** 不适用 — does not apply to this licence or these operations. */
  NOT_APPLICABLE,
  /** 未审查 — nobody has shown whether it is met. */
  NOT_REVIEWED
}
