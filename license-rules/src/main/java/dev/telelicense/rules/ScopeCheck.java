package dev.telelicense.rules;

import javax.annotation.Nullable;

/**
 * One reason a provision may not bind the licensee: its service (printed scope or heading) is not
 * granted, or not operated. Whether it is granted depends on the licence only and is settled when
 * the licence is {@linkplain LicenseAnalysis analysed}; whether it is operated is looked up per
 * evaluation. Immutable.
 */
final class ScopeCheck {
  /** The service's index among {@link LicenseAnalysis#scopeService scope services}. */
  private final int service;
  /** The service as the message names it: as printed, or the catalogue name. */
  private final String printed;
  /** Messages when the licence does not grant the service; {@code null} when it does. */
  @Nullable private final String notGrantedZh;
  @Nullable private final String notGrantedEn;

  ScopeCheck(int service, String printed, boolean granted) {
    this.service = service;
    this.printed = printed;
    this.notGrantedZh = granted ? null : "本许可证未许可（或不含）" + printed + "，此项不适用";
    this.notGrantedEn = granted ? null
        : "the licence does not grant " + printed + " (or excludes it), so this does not apply";
  }

  /** Whether this is the check of scope service {@code service} named as {@code printed}. */
  boolean isAbout(int service, String printed) {
    return this.service == service && this.printed.equals(printed);
  }

  /** Why the service is not in play, in {@code lang}; {@code null} when it is. */
  @Nullable
  String whyNot(Evaluation ev, Language lang) {
    if (notGrantedZh != null) {
      return lang == Language.EN ? notGrantedEn : notGrantedZh;
    }
    if (ev.servicesKnown() && !ev.operates(service)) {
      return lang == Language.EN ? printed + " is not operated, so this does not apply"
          : "未经营" + printed + "，此项不适用";
    }
    return null;
  }
}
