package dev.telelicense.io.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telelicense.io.ReadResult;
import dev.telelicense.model.Gap;
import dev.telelicense.model.Grant;
import dev.telelicense.model.License;
import dev.telelicense.model.Provision;
import dev.telelicense.model.Website;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Test fixtures from the module's own resources (never /work/shared) and shared assertions. */
final class Fixtures {
  private Fixtures() {}

  static String resource(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("missing test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code result} without the diagnostics of what the text lacks as a whole licence: for snippets and
   * variants cut short on purpose, whose gaps {@link CompletenessTest} and the golden record pin.
   */
  static ReadResult<License> apartFromGaps(ReadResult<License> result) {
    List<String> gaps = new ArrayList<>();
    for (Gap.Kind k : Gap.Kind.values()) {
      gaps.add(k.name());
    }
    return ReadResult.<License>builder().value(result.value()).addAllDiagnostics(result.diagnostics().stream()
        .filter(d -> !gaps.contains(d.code())).toList()).build();
  }

  static ReadResult<License> parseResource(String path) {
    return LicenseTextParser.standard().parse(resource(path));
  }

  static License licenseOf(ReadResult<License> result) {
    assertTrue(result.value().isPresent(), () -> "no licence; diagnostics: " + result.diagnostics());
    return result.value().get();
  }

  static void assertWebsite(Website w, String name, List<String> domains, String server, String provider) {
    assertEquals(name, w.name());
    assertEquals(domains, w.domains());
    assertEquals(Optional.of(server), w.serverLocation());
    assertEquals(Optional.of(provider), w.accessProvider());
  }

  static void assertGrant(Grant g, String code, String name, List<String> limitedTo, List<String> excluding,
      List<String> including, Optional<String> coverage) {
    assertEquals(Optional.of(code), g.service().flatMap(s -> s.code()), "service of " + g.name());
    assertEquals(name, g.name());
    assertEquals(limitedTo, g.limitedTo(), "limitedTo");
    assertEquals(excluding, g.excluding(), "excluding");
    assertEquals(including, g.including(), "including");
    assertEquals(coverage.map(c -> List.of(c.split("、"))).orElse(List.of()), g.coverage(), "coverage");
  }

  /** Every provision and item text, for checks that hold of all of them. */
  static List<String> allTexts(License l) {
    List<String> texts = new ArrayList<>();
    for (Provision p : l.provisions()) {
      texts.add(p.text());
      for (Provision i : p.items()) {
        texts.add(i.text());
      }
    }
    return texts;
  }

  /** No page header, title or stray scan space survives in any provision or item. */
  static void assertNoResidue(License l) {
    for (String t : allTexts(l)) {
      assertFalse(t.contains("经营许可证编号：") || t.contains("经营许可证编号:"), t);
      assertFalse(t.contains(l.number().toString()), t);
      assertFalse(t.contains("特别规定事项"), t);
      assertFalse(t.contains("中华人民共和国增值电信业务经营许可证"), t);
      assertFalse(t.contains("附页"), t);
      assertFalse(t.isBlank(), "blank text");
      for (int i = 1; i + 1 < t.length(); i++) {
        boolean stray = t.charAt(i) == ' ' && Cjk.isCjk(t.charAt(i - 1)) && Cjk.isCjk(t.charAt(i + 1));
        assertFalse(stray, () -> "space between Chinese characters in: " + t);
      }
    }
  }

  /** Provisions and items are numbered 1…n with their printed labels. */
  static void assertNumbering(License l) {
    for (int p = 0; p < l.provisions().size(); p++) {
      Provision provision = l.provisions().get(p);
      assertEquals(p + 1, provision.number());
      assertEquals(ChineseNumerals.of(p + 1), provision.label());
      for (int i = 0; i < provision.items().size(); i++) {
        Provision item = provision.items().get(i);
        assertEquals(i + 1, item.number());
        assertEquals("（" + ChineseNumerals.of(i + 1) + "）", item.label());
      }
    }
  }

  static List<Optional<String>> appliesTo(Provision p) {
    List<Optional<String>> scopes = new ArrayList<>();
    for (Provision i : p.items()) {
      scopes.add(i.appliesTo());
    }
    return scopes;
  }
}
