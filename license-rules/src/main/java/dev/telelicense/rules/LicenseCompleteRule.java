package dev.telelicense.rules;

import dev.telelicense.model.Gap;
import java.util.ArrayList;
import java.util.List;

/**
 * 许可证文本完整 — the licence text holds what every licence carries. It reports the gaps recorded when
 * the text was read ({@link dev.telelicense.model.License#gaps()}), as one finding first in the report:
 * FAIL when a gap is an error (no special provisions, numbering that skips or stops before 十四), for
 * the licence given is known to lack what every licence carries — a judgement of the text, not the
 * absence of one — so no report of an incomplete licence has no failure; NOT_REVIEWED when the gaps
 * are warnings only (what may be missing was not read). A licence value with no provisions at all is
 * incomplete whether or not a gap was recorded (it may have been built without the parser). A licence
 * without gaps gets no finding: this rule claims nothing it has not seen.
 */
final class LicenseCompleteRule extends BuiltInRule {
  static final String ID = "license.complete";

  LicenseCompleteRule() {
    super(ID);
  }

  @Override
  public List<Finding> evaluate(EvaluationContext ctx) {
    List<Gap> gaps = ctx.license().gaps();
    if (gaps.isEmpty() && ctx.license().provisions().isEmpty()) {
      // Built without the parser, or read from a document written before gaps were recorded: a licence
      // without any special provision is incomplete all the same.
      gaps = List.of(Gap.of(Gap.Kind.PROVISIONS_MISSING, ""));
    }
    if (gaps.isEmpty()) {
      return List.of();
    }
    List<String> named = new ArrayList<>(gaps.size());
    boolean error = false;
    for (Gap g : gaps) {
      named.add(Messages.format(ctx.language(), "gap." + g.kind().name(),
          Messages.term(ctx.language(), g.detail())));
      error |= g.isError();
    }
    String list = Messages.list(ctx.language(), ID + ".separator", named);
    return List.of(error
        ? Finding.builder().rule(ID).status(Status.FAIL).basis(Basis.FACTS).message(say(ctx, "incomplete", list))
            .build()
        : Finding.builder().rule(ID).status(Status.NOT_REVIEWED).message(say(ctx, "may-be-incomplete", list))
            .build());
  }
}
