package dev.telelicense.rules;

import dev.telelicense.model.Attestation;
import dev.telelicense.model.License;
import dev.telelicense.model.Provision;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
    License license = ctx.license();
    List<Finding> findings = new ArrayList<>();
    for (Provision p : Clause.provisionsAndItems(license)) {
      boolean isObligation = license.provisionContaining(p).isPresent() || p.items().isEmpty();
      if (!isObligation || Clause.anyIn(p)) {
        continue;
      }
      String citation = license.citationOf(p);
      Verdict v = judge(ctx, p, citation);
      findings.add(Finding.builder().rule(ID).provision(citation).status(v.status()).message(v.message())
          .build());
    }
    if (findings.isEmpty()) {
      return List.of(Finding.builder().rule(ID).status(Status.NOT_APPLICABLE)
          .message(ctx.say("本许可证没有其他规定事项", "the licence has no other provisions")).build());
    }
    return List.copyOf(findings);
  }

  private static Verdict judge(EvaluationContext ctx, Provision p, String citation) {
    Optional<String> why = Scopes.whyNotApplicable(ctx, p);
    if (why.isPresent()) {
      return Verdict.of(Status.NOT_APPLICABLE, why.get());
    }
    Optional<List<Attestation>> attestations = ctx.facts().attestations();
    if (attestations.isPresent()) {
      String wanted = normalize(citation);
      for (Attestation a : attestations.get()) {
        if (normalize(a.provision()).equals(wanted)) {
          return Verdict.of(Status.PASS, ctx.say(a.by() + "于" + a.on() + "承诺遵守第" + citation + "项",
              citation + " attested by " + a.by() + " on " + a.on()));
        }
      }
    }
    return Verdict.of(Status.NOT_REVIEWED, ctx.say("无人承诺遵守第" + citation + "项",
        "nobody has attested " + citation));
  }

  /** {@code 十五(三)} and {@code 十五 （三）} cite the same item as {@code 十五（三）}. */
  static String normalize(String citation) {
    StringBuilder b = new StringBuilder();
    for (char c : citation.toCharArray()) {
      if (Character.isWhitespace(c) || c == '\u3000') {
        continue;
      }
      b.append(c == '(' ? '（' : c == ')' ? '）' : c);
    }
    return b.toString();
  }
}
