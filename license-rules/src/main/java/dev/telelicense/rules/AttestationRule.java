package dev.telelicense.rules;

import dev.telelicense.model.Attestation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * 承诺 — the obligations no fact can show (十 技术接口, 十五（三） 不得发布违法内容, …): every provision
 * without items and every item that no other built-in rule judges passes when an attestation names
 * its citation, and is not reviewed otherwise. So every numbered obligation gets a finding.
 */
final class AttestationRule implements Rule {
  static final String ID = "attestation";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title(Language lang) {
    return lang == Language.EN ? "Other provisions attested" : "其他规定事项已承诺遵守";
  }

  @Override
  public String enforces(Language lang) {
    return lang == Language.EN ? "every provision and item no other rule judges" : "其他各项规定事项";
  }

  @Override
  public List<Finding> evaluate(EvaluationContext ctx) {
    Evaluation ev = Evaluation.of(ctx);
    LicenseAnalysis analysis = ev.analysis();
    int[] open = analysis.attestable();
    if (open.length == 0) {
      return List.of(Finding.builder().rule(ID).status(Status.NOT_APPLICABLE)
          .message(ctx.say("本许可证没有其他规定事项", "the licence has no other provisions")).build());
    }
    boolean en = ctx.language() == Language.EN;
    List<Finding> findings = new ArrayList<>(open.length);
    for (int entry : open) {
      String citation = analysis.citation(entry);
      Status status;
      String message = analysis.whyNotApplicable(entry, ev, ctx.language());
      if (message != null) {
        status = Status.NOT_APPLICABLE;
      } else {
        Attestation a = ev.attestationsKnown() ? ev.attestation(analysis.attestationKey(entry)) : null;
        if (a != null) {
          status = Status.PASS;
          StringBuilder m = new StringBuilder(32);
          if (en) {
            Dates.append(m.append(citation).append(" attested by ").append(a.by()).append(" on "), a.on());
          } else {
            Dates.append(m.append(a.by()).append("于"), a.on()).append("承诺遵守第").append(citation).append("项");
          }
          message = m.toString();
        } else {
          status = Status.NOT_REVIEWED;
          message = en ? "nobody has attested " + citation : "无人承诺遵守第" + citation + "项";
        }
      }
      findings.add(Finding.builder().rule(ID).provision(citation).status(status).message(message).build());
    }
    // Nobody else holds the list: a read-only view is as immutable as a copy.
    return Collections.unmodifiableList(findings);
  }

  /** {@code 十五(三)} and {@code 十五 （三）} cite the same item as {@code 十五（三）}. */
  static String normalize(String citation) {
    if (isNormal(citation)) {
      return citation;
    }
    StringBuilder b = new StringBuilder(citation.length());
    for (int i = 0; i < citation.length(); i++) {
      char c = citation.charAt(i);
      if (Character.isWhitespace(c) || c == '\u3000') {
        continue;
      }
      b.append(c == '(' ? '（' : c == ')' ? '）' : c);
    }
    return b.toString();
  }

  /** Whether {@link #normalize} would change nothing: most citations, so no copy is made. */
  private static boolean isNormal(String citation) {
    for (int i = 0; i < citation.length(); i++) {
      char c = citation.charAt(i);
      // Nothing above the ideographic space is whitespace: numerals and brackets skip the lookup.
      if (c <= '\u3000' && (c == '(' || c == ')' || c == '\u3000' || Character.isWhitespace(c))) {
        return false;
      }
    }
    return true;
  }
}
