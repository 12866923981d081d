package dev.telelicense.rules;

import java.util.Locale;

/** The language of finding messages and rule titles. */
public enum Language {
  /** 中文 — the default. */
  ZH(Locale.CHINESE),
  /**
   * English, the base bundle: asked for as {@link Locale#ROOT}, since asking for
   * {@code Locale.ENGLISH} would fall back to the JVM's default locale, Chinese on a Chinese desktop.
   */
  EN(Locale.ROOT);

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  /** The locale its messages are looked up in. */
  Locale locale() {
    return locale;
  }
}
