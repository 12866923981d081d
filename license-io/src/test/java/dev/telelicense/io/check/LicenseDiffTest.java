package dev.telelicense.io.check;

import static dev.telelicense.io.check.ProvisionMatchingTest.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telelicense.io.ReadResult;
import dev.telelicense.io.text.LicenseTextParser;
import dev.telelicense.model.License;
import dev.telelicense.rules.diff.ChangeKind;
import dev.telelicense.rules.diff.FieldChange;
import dev.telelicense.rules.diff.LicenseDiff;
import dev.telelicense.rules.diff.ProvisionChange;
import dev.telelicense.rules.diff.TextEdit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Diffs between two versions of one licence (a renewal onto the 2024 template, an amendment adding
 * B21, both written for these tests under {@code diff/}) and between two samples.
 */
class LicenseDiffTest {

  static License fixture(String name) {
    try (InputStream in = LicenseDiffTest.class.getResourceAsStream("/diff/" + name + ".txt")) {
      ReadResult<License> r = LicenseTextParser.standard().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      return r.value().orElseThrow(() -> new AssertionError(r.diagnostics()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code KIND id before→after} per provision change. */
  static List<String> provisions(LicenseDiff d) {
    return d.provisions().stream().map(c -> c.kind() + " " + c.provisionId().orElse("?")
        + c.section().map(s -> "@" + s).orElse("") + " " + c.before().orElse("") + "→" + c.after().orElse(""))
        .toList();
  }

  static String inserted(ProvisionChange c) {
    return c.edits().stream().filter(e -> e.op() == TextEdit.Op.INSERTED).map(TextEdit::text)
        .collect(Collectors.joining("|"));
  }

  static String removed(ProvisionChange c) {
    return c.edits().stream().filter(e -> e.op() == TextEdit.Op.REMOVED).map(TextEdit::text)
        .collect(Collectors.joining("|"));
  }

  static ProvisionChange change(LicenseDiff d, ChangeKind kind, String id) {
    return d.provisions().stream().filter(c -> c.kind() == kind && c.provisionId().equals(Optional.of(id)))
        .findFirst().orElseThrow(() -> new AssertionError(kind + " " + id + " not in " + provisions(d)));
  }

  @Test
  void aLicenceIsTheSameAsItself() {
    License l = sample("jing-b2-20252223");
    assertTrue(LicenseDiff.between(l, l).isEmpty());
  }

  @Test
  void aRenewalOntoTheNewTemplate() {
    LicenseDiff d = LicenseDiff.between(sample("jing-b2-20190486"), fixture("jing-b2-20190486-renewed-2024"));
    assertEquals(List.of(
        new FieldChange("legalRepresentative", Optional.of("王剑炜"), Optional.of("李明")),
        new FieldChange("issuedOn", Optional.of("2020-01-08"), Optional.of("2024-02-20")),
        new FieldChange("validUntil", Optional.of("2024-03-06"), Optional.of("2029-02-20"))), d.fields());
    assertEquals(1, d.grants().size());
    assertEquals(ChangeKind.CHANGED, d.grants().get(0).kind());
    assertEquals("B25", d.grants().get(0).service());
    assertEquals(List.of(new FieldChange("excluding",
        Optional.of("信息搜索查询服务、信息社区服务、信息即时交互服务、信息保护和加工处理服务"),
        Optional.of("信息搜索查询服务、信息即时交互服务"))), d.grants().get(0).fields());
    assertEquals(2, d.websites().size());
    assertEquals(ChangeKind.CHANGED, d.websites().get(0).kind());
    assertEquals("serverLocation", d.websites().get(0).fields().get(0).field());
    assertEquals(ChangeKind.ADDED, d.websites().get(1).kind());
    assertEquals("淘车资讯", d.websites().get(1).name());

    List<String> p = provisions(d);
    // the app store leaves its own item for a paragraph of （十）; the items after it move up by one
    assertTrue(p.contains("MOVED app-store@B25 十五（十一）→十五（十）"), p::toString);
    assertTrue(p.contains("ADDED sms-sending@B25 →十五（十）"), p::toString);
    assertTrue(p.contains("MOVED search-services@B25 十五（十二）→十五（十一）"), p::toString);
    assertTrue(p.contains("MOVED instant-messaging@B25 十五（十四）→十五（十三）"), p::toString);
    // the 2024 template words renewal and information changes differently
    ProvisionChange renewal = change(d, ChangeKind.REWORDED, "licence-renewal");
    assertEquals(Optional.of("十二"), renewal.after());
    assertTrue(inserted(renewal).contains("续办申请"), inserted(renewal));
    assertTrue(removed(renewal).contains("不再继续经营的"), removed(renewal));
    // what both templates say alike is no change, wherever the page breaks fell
    assertTrue(p.stream().noneMatch(s -> s.contains("illegal-info-reporting") || s.contains("annual-report")),
        p::toString);
    assertTrue(p.stream().noneMatch(s -> s.startsWith("REMOVED")), p::toString);
  }

  @Test
  void anAmendmentAddingAServiceRenumbersTheItemsOfTheOther() {
    LicenseDiff d = LicenseDiff.between(sample("jing-b2-20240286"), fixture("jing-b2-20240286-amended-b21"));
    assertEquals(List.of("issuedOn"), d.fields().stream().map(FieldChange::field).toList());
    assertEquals("ADDED B21", d.grants().get(0).kind() + " " + d.grants().get(0).service());
    assertEquals(1, d.grants().size());
    List<String> p = provisions(d);
    assertTrue(p.contains("ADDED online-data-processing-terms →十五"), p::toString);
    assertTrue(p.contains("MOVED information-services-terms 十五→十六"), p::toString);
    assertTrue(p.contains("ADDED ecommerce-data-retention@B21 →十五（三）"), p::toString);
    assertTrue(p.contains("ADDED security-assessment@B21 →十五（七）"), p::toString);
    assertTrue(p.contains("MOVED security-assessment@B25 十五（八）→十六（八）"), p::toString);
    ProvisionChange content = change(d, ChangeKind.REWORDED, "prohibited-content");
    assertEquals("不得", inserted(content));
    assertEquals("", removed(content));
  }

  @Test
  void twoSamples() {
    LicenseDiff d = LicenseDiff.between(sample("jing-icp-150746"), sample("jing-b2-20240286"));
    assertEquals(List.of("number", "licensee", "legalRepresentative", "issuedOn", "validUntil"),
        d.fields().stream().map(FieldChange::field).toList());
    assertEquals(Optional.of("京ICP证150746号"), d.fields().get(0).before());
    assertTrue(d.websites().stream().anyMatch(w -> w.kind() == ChangeKind.ADDED && w.name().equals("懂车聚光")));
    // same template: no provision moved; 十's wording and 十五（三）'s missing 不得 differ
    List<String> p = provisions(d);
    assertTrue(p.stream().noneMatch(s -> s.startsWith("MOVED") || s.startsWith("ADDED") || s.startsWith("REMOVED")),
        p::toString);
    assertEquals("不得", removed(change(d, ChangeKind.REWORDED, "prohibited-content")));
    assertEquals("国家|有关", removed(change(d, ChangeKind.REWORDED, "technical-assistance"))
        + "|" + inserted(change(d, ChangeKind.REWORDED, "technical-assistance")));
  }
}
