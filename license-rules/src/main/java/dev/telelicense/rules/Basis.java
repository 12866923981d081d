package dev.telelicense.rules;

/** 依据 — what a judgement (PASS or FAIL) rests on. */
public enum Basis {
  /** The licence and the operating facts: evidence. */
  FACTS,
  /** A signed statement that the provision is met ({@code attestations}): a promise, not evidence. */
  ATTESTATION
}
