package dev.telelicense.rules;

import dev.telelicense.model.Attestation;
import dev.telelicense.rules.LicenseAnalysis.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 承诺 — the obligations no fact can show (十 技术接口, 十五（三） 不得发布违法内容, …): every provision
 * without items and every item that no other built-in rule judges passes when an attestation names
 * its citation, and is not reviewed otherwise. So every numbered obligation gets a finding.
 */
final class AttestationRule extends BuiltInRule {
  static final String ID = "attestation";

  AttestationRule() {
    super(ID);
  }

  @Override
  public List<Finding> evaluate(EvaluationContext ctx) {
    Evaluation ev = Evaluation.of(ctx);
    List<Entry> open = ev.analysis().entries().stream().filter(e -> e.attestationKey().isPresent()).toList();
    if (open.isEmpty()) {
      return List.of(Finding.builder().rule(ID).status(Status.NOT_APPLICABLE).message(say(ctx, "none")).build());
    }
    List<Finding> findings = new ArrayList<>(open.size());
    for (Entry entry : open) {
      String citation = entry.citation();
      String why = ev.whyNotApplicable(entry.scopes(), ctx.language());
      Optional<Attestation> a = ev.attestation(entry.attestationKey().get());
      Verdict v = why != null ? Verdict.of(Status.NOT_APPLICABLE, why)
          : a.isPresent() ? verdict(ctx, Status.PASS, "attested", citation, a.get().by(), a.get().on())
          : verdict(ctx, Status.NOT_REVIEWED, "not-attested", citation);
      findings.add(Finding.builder().rule(ID).provision(citation).status(v.status()).message(v.message()).build());
    }
    return List.copyOf(findings);
  }

  /** {@code 十五(三)} and {@code 十五 （三）} cite the same item as {@code 十五（三）}. */
  static String normalize(String citation) {
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
}
