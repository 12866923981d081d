package dev.telelicense.rules;

import dev.telelicense.model.Attestation;
import dev.telelicense.rules.LicenseAnalysis.Entry;
import dev.telelicense.rules.provision.Citations;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 承诺 — the obligations no fact can show (十 技术接口, 十五（三） 不得发布违法内容, …): every provision
 * without items and every item that no other built-in rule judges passes when an attestation names
 * its citation, and is not reviewed otherwise. So every numbered obligation gets a finding.
 *
 * <p>An attestation is a promise, not evidence: a finding that rests on one has
 * {@link Basis#ATTESTATION}. One dated after the as-of date has not been made yet, and one past its
 * {@code until} no longer holds: neither passes anything. One that names a provision the licence text
 * does not have ({@code 九十九}, {@code 15}) attests nothing, and gets a finding of its own, so that it is
 * never silently ignored.
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
    List<Finding> findings = new ArrayList<>(open.size() + 1);
    if (open.isEmpty()) {
      // No other provision read: on an incomplete text they were not read, not absent.
      findings.add(ctx.license().isIncomplete() || ctx.license().provisions().isEmpty()
          ? Finding.builder().rule(ID).status(Status.NOT_REVIEWED).message(say(ctx, "not-read")).build()
          : Finding.builder().rule(ID).status(Status.NOT_APPLICABLE).message(say(ctx, "none")).build());
    }
    for (Entry entry : open) {
      // In English the citation also in Arabic numerals: 十五（七） 15(7).
      String citation = ctx.language() == Language.EN ? Citations.bilingual(entry.citation())
          : entry.citation();
      String why = ev.whyNotApplicable(entry.scopes(), ctx.language());
      Optional<Attestation> a = ev.attestation(entry.attestationKey().get());
      ImmutableFinding.Builder f = finding(ctx, entry.obligationFor(ID)).provision(entry.citation());
      if (why != null) {
        f.status(Status.NOT_APPLICABLE).message(why);
      } else if (a.isEmpty()) {
        f.status(Status.NOT_REVIEWED).message(say(ctx, "not-attested", citation));
      } else if (a.get().on().isAfter(ctx.asOf())) {
        f.status(Status.NOT_REVIEWED).message(say(ctx, "after-as-of", citation, a.get().by(), a.get().on(),
            ctx.asOf()));
      } else if (a.get().until().isPresent() && a.get().until().get().isBefore(ctx.asOf())) {
        f.status(Status.NOT_REVIEWED).message(say(ctx, "expired", citation, a.get().by(), a.get().on(),
            a.get().until().get()));
      } else {
        f.status(Status.PASS).basis(Basis.ATTESTATION).message(a.get().until().isPresent()
            ? say(ctx, "attested-until", citation, a.get().by(), a.get().on(), a.get().until().get())
            : say(ctx, "attested", citation, a.get().by(), a.get().on()));
      }
      findings.add(f.build());
    }
    findings.addAll(unknown(ctx, ev));
    return List.copyOf(findings);
  }

  /** A finding for each attestation naming a provision or item the licence text does not have. */
  private List<Finding> unknown(EvaluationContext ctx, Evaluation ev) {
    List<Attestation> attestations = ctx.facts().attestations().orElse(List.of());
    if (attestations.isEmpty()) {
      return List.of();
    }
    Set<String> citations = new HashSet<>();
    ev.analysis().entries().forEach(e -> citations.add(normalize(e.citation())));
    List<Finding> findings = new ArrayList<>();
    for (Attestation a : attestations) {
      if (!citations.contains(normalize(a.provision()))) {
        findings.add(Finding.builder().rule(ID).provision(a.provision()).status(Status.NOT_REVIEWED)
            .message(say(ctx, "unknown-provision", a.provision(), a.by(), a.on())).build());
      }
    }
    return findings;
  }

  /** {@code 十五(三)} and {@code 十五 （三）} cite the same item as {@code 十五（三）}. */
  static String normalize(String citation) {
    return Citations.normalize(citation);
  }
}
