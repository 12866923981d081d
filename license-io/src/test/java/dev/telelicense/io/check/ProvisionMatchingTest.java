package dev.telelicense.io.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telelicense.io.ReadResult;
import dev.telelicense.io.text.LicenseTextParser;
import dev.telelicense.model.License;
import dev.telelicense.rules.provision.CatalogEntry;
import dev.telelicense.rules.provision.LicenseProvisions;
import dev.telelicense.rules.provision.MatchedProvision;
import dev.telelicense.rules.provision.ProvisionMatcher;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every provision and item of the four sample licences and of the variants is matched to a catalogue
 * id, and the same obligation gets the same id whatever number the template gives it.
 */
class ProvisionMatchingTest {
  static final Path SAMPLES = Path.of("..", "examples", "licenses");

  static License sample(String number) {
    try {
      return parsed(Files.readString(SAMPLES.resolve(number + ".txt")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static License variant(String name) {
    try (InputStream in = ProvisionMatchingTest.class.getResourceAsStream("/variants/" + name + ".txt")) {
      return parsed(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static License parsed(String text) {
    ReadResult<License> r = LicenseTextParser.standard().parse(text);
    return r.value().orElseThrow(() -> new AssertionError("no licence: " + r.diagnostics()));
  }

  static LicenseProvisions matched(License license) {
    return ProvisionMatcher.standard().match(license);
  }

  /** {@code citation=id+id} for each provision and item, as the assertions below read them. */
  static String ids(LicenseProvisions provisions) {
    return provisions.all().stream().map(m -> m.citation() + "=" + m.parts().stream()
        .map(p -> p.entry().map(CatalogEntry::id).orElse("?" + p.quote())).collect(Collectors.joining("+")))
        .collect(Collectors.joining("\n"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"jing-b2-20190486", "jing-b2-20240286", "jing-b2-20252223", "jing-icp-150746"})
  void everyProvisionAndItemOfEverySampleHasAnId(String number) {
    LicenseProvisions p = matched(sample(number));
    assertEquals(List.of(), p.withUnknownText(), () -> ids(p));
  }

  /**
   * Variants whose text is cut on purpose, each with the one citation whose start is quoted as
   * unknown: a provision cut before its characteristic words is not guessed at.
   */
  static final Map<String, String> CUT = Map.of("hubei_cut_in_provision_nine", "九");

  @Test
  void everyProvisionAndItemOfEveryVariantHasAnId() throws IOException {
    Path dir = Path.of("src", "test", "resources", "variants");
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    int withProvisions = 0;
    for (Path f : files) {
      String name = f.getFileName().toString().replace(".txt", "");
      Optional<License> license = LicenseTextParser.standard().parse(Files.readString(f)).value();
      if (license.isEmpty() || license.get().provisions().isEmpty()) {
        continue;
      }
      withProvisions++;
      LicenseProvisions p = matched(license.get());
      List<String> unknown = p.withUnknownText().stream().map(MatchedProvision::citation).toList();
      assertEquals(CUT.containsKey(name) ? List.of(CUT.get(name)) : List.of(), unknown, () -> name + "\n" + ids(p));
    }
    assertTrue(withProvisions >= 3, "variants with provisions: " + withProvisions);
  }

  /** The citations stating {@code id}, in licence order. */
  static List<String> citations(License license, String id) {
    return matched(license).stating(id).stream().map(MatchedProvision::citation).toList();
  }

  @Test
  void theSecurityAssessmentHasOneIdUnderEveryNumbering() {
    assertEquals(List.of("十五（八）"), citations(sample("jing-b2-20240286"), "security-assessment"));
    assertEquals(List.of("十五（八）"), citations(sample("jing-b2-20190486"), "security-assessment"));
    assertEquals(List.of("十五（八）"), citations(sample("jing-icp-150746"), "security-assessment"));
    // seed 003 repeats it for B21 and B25
    License b21AndB25 = sample("jing-b2-20252223");
    assertEquals(List.of("十五（七）", "十六（八）"), citations(b21AndB25, "security-assessment"));
    assertEquals(List.of("B21", "B25"), matched(b21AndB25).stating("security-assessment").stream()
        .map(m -> m.section().orElseThrow().key()).toList());
  }

  @Test
  void theAppStoreIsAnItemInOneTemplateAndAParagraphInAnother() {
    License own = sample("jing-b2-20190486");
    License paragraph = sample("jing-b2-20240286");
    assertEquals(List.of("十五（十一）"), citations(own, "app-store"));
    assertEquals(List.of("十五（十）"), citations(paragraph, "app-store"));
    MatchedProvision ten = matched(paragraph).cited("十五（十）").orElseThrow();
    assertEquals(List.of("publishing-platform", "app-store", "sms-sending"),
        ten.entries().stream().map(CatalogEntry::id).toList());
    assertTrue(ten.parts().get(1).text().startsWith("你公司提供应用软件发布平台服务时"), ten.parts().get(1).text());
    assertEquals(List.of(), citations(own, "sms-sending"), "the 2019 template has no text-message paragraph");
  }

  @Test
  void scopedItemsKeepTheirIdsWhenRenumbered() {
    // one item more before them in 2019 (the app store), and B21's items before them in 2025
    String[][] pairs = {
        {"search-services", "十五（十二）", "十五（十一）", "十六（十一）"},
        {"community-platform", "十五（十三）", "十五（十二）", "十六（十二）"},
        {"instant-messaging", "十五（十四）", "十五（十三）", "十六（十三）"},
        {"advertising-disclosure", "十五（四）", "十五（四）", "十六（四）"},
        {"security-staff-and-organisation", "十五（六）", "十五（六）", "十五（五）"},
        {"security-technical-measures", "十五（七）", "十五（七）", "十五（六）"}};
    for (String[] p : pairs) {
      assertEquals(p[1], citations(sample("jing-b2-20190486"), p[0]).get(0), p[0]);
      assertEquals(p[2], citations(sample("jing-b2-20240286"), p[0]).get(0), p[0]);
      assertEquals(p[3], citations(sample("jing-b2-20252223"), p[0]).get(0), p[0]);
    }
  }

  @Test
  void variantsNumberTheCommonDutiesOtherwise() {
    assertEquals(List.of("二"), citations(variant("guangdong_two_grants_crlf"), "annual-report"));
    assertEquals(List.of("十四"), citations(sample("jing-b2-20240286"), "annual-report"));
    assertEquals(List.of("三（三）"), citations(variant("guangdong_two_grants_crlf"), "instant-messaging"));
    assertEquals(List.of("一"), citations(variant("miit_b1_nationwide"), "licensed-scope"));
    assertEquals(List.of("二"), citations(variant("zhejiang_side_by_side"), "website-change-report"));
    // the notice that 四 and 五 follow later is a paragraph of 一, known but no duty
    MatchedProvision one = matched(variant("guangdong_two_grants_crlf")).cited("一").orElseThrow();
    assertEquals(List.of("licensed-scope", "notified-separately"),
        one.entries().stream().map(CatalogEntry::id).toList());
  }

  @Test
  void headingsNameTheirService() {
    LicenseProvisions p = matched(sample("jing-b2-20252223"));
    assertEquals("online-data-processing-terms", p.cited("十五").orElseThrow().primary().orElseThrow().id());
    assertEquals("information-services-terms", p.cited("十六").orElseThrow().primary().orElseThrow().id());
    assertEquals("B21", p.cited("十五（三）").orElseThrow().section().orElseThrow().key());
    assertEquals(List.of("十五（三）"), p.stating("ecommerce-data-retention").stream()
        .map(MatchedProvision::citation).toList());
  }
}
