package dev.telelicense.model;

import org.immutables.value.Value;

/**
 * 缺漏 — something a licence text should hold and the text read did not: the special provisions
 * (特别规定事项) as a whole, some of their numbers, a service's provision, the end of the last provision,
 * the appendix of websites (附页). A licence records its gaps so that whoever checks it later — from
 * the text or from a document written from it — knows what nobody read.
 *
 * <p>A gap is never a guess at the missing text: {@link #detail()} only names what is missing, as the
 * licence would print it ({@code 十至十四}, {@code 在线数据处理与交易处理业务}).
 */
@Value.Immutable
public abstract class Gap {

  // Package-private: only the generated ImmutableGap extends this class.
  Gap() {}

  /** How much a gap weighs. */
  public enum Severity {
    /** The licence text is incomplete: provisions every licence carries were not read. */
    ERROR,
    /** Part of the text may be missing; what was read can still be judged. */
    WARNING
  }

  /** What is missing, each kind with its {@link Severity}. */
  public enum Kind {
    /** No special provisions (特别规定事项) at all. */
    PROVISIONS_MISSING(Severity.ERROR),
    /** The numbering of the provisions or of their items skips (一、二、四…): pages are missing. */
    NUMBERING_SKIPS(Severity.ERROR),
    /** The provisions stop before those every value-added licence carries (一 to 十四). */
    NUMBERING_STOPS(Severity.ERROR),
    /** A granted service's own provision (lettered items), which the known templates print, is absent. */
    SERVICE_PROVISION_MISSING(Severity.WARNING),
    /** The last provision or item is cut off: no closing 。, or the text ends in a page header. */
    TEXT_CUT_OFF(Severity.WARNING),
    /** The appendix of websites (附页) of an internet information service grant is absent. */
    APPENDIX_MISSING(Severity.WARNING);

    private final Severity severity;

    Kind(Severity severity) {
      this.severity = severity;
    }

    /**
     * How much this kind weighs.
     *
     * @return its severity
     */
    public Severity severity() {
      return severity;
    }
  }

  /**
   * What is missing.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * What exactly is missing, as the licence would print it: provision labels ({@code 十至十四}), a
   * citation ({@code 十五（十三）}), a service name; empty when the kind says it all.
   *
   * @return the detail, possibly empty
   */
  public abstract String detail();

  /**
   * How much this gap weighs: its kind's severity.
   *
   * @return the severity
   */
  public Severity severity() {
    return kind().severity();
  }

  /**
   * Whether this gap makes the licence text incomplete ({@link Severity#ERROR}).
   *
   * @return true for an error
   */
  public boolean isError() {
    return severity() == Severity.ERROR;
  }

  /**
   * A gap of {@code kind} naming {@code detail}.
   *
   * @param kind what is missing
   * @param detail what exactly, as printed; may be empty
   * @return the gap
   */
  public static Gap of(Kind kind, String detail) {
    return ImmutableGap.builder().kind(kind).detail(detail).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableGap.Builder builder() {
    return ImmutableGap.builder();
  }

  @Value.Check
  void check() {
    if (detail().indexOf('\n') >= 0) {
      throw new IllegalStateException("a gap's detail is one line: " + detail());
    }
  }
}
