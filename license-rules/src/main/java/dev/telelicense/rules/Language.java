package dev.telelicense.rules;

/** The language of finding messages and rule titles. */
public enum Language {
  /** 中文 — the default. */
  ZH,
  EN
}
