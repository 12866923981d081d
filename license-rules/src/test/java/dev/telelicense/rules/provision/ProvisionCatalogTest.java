package dev.telelicense.rules.provision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telelicense.model.ServiceCatalog;
import dev.telelicense.rules.Rule;
import dev.telelicense.rules.Rulebook;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bundled catalogue is consistent with the service catalogue and the rulebook; bad ones are refused. */
class ProvisionCatalogTest {
  private final ProvisionCatalog catalog = ProvisionCatalog.standard();

  @Test
  void everyEntryBindsKnownServicesAndIsJudgedByAKnownRule() {
    Set<String> rules = Rulebook.standard().rules().stream().map(Rule::id).collect(Collectors.toSet());
    for (CatalogEntry e : catalog.entries()) {
      for (String s : e.services()) {
        assertTrue(s.equals(CatalogEntry.ALL_SERVICES) || ServiceCatalog.standard().find(s).isPresent(),
            e.id() + " binds unknown service " + s);
      }
      for (String r : e.judgedBy()) {
        assertTrue(r.equals(CatalogEntry.NONE) || rules.contains(r), e.id() + " is judged by unknown rule " + r);
      }
    }
  }

  @Test
  void everyProvisionRuleJudgesSomeEntry() {
    Set<String> judging = new HashSet<>();
    catalog.entries().forEach(e -> judging.addAll(e.judgedBy()));
    for (Rule r : Rulebook.standard().rules()) {
      // The licence's validity and the completeness of its text are about no one provision.
      if (!r.id().equals("license.in-force") && !r.id().equals("license.complete")) {
        assertTrue(judging.contains(r.id()), r.id() + " judges no catalogue entry");
      }
    }
  }

  @Test
  void noEvidencePhraseLiesInsideAnotherEntrysPhrase() {
    for (CatalogEntry a : catalog.entries()) {
      for (CatalogEntry b : catalog.entries()) {
        if (a.id().equals(b.id())) {
          continue;
        }
        for (String pa : a.evidence()) {
          for (String pb : b.evidence()) {
            String na = ProvisionText.normalize(pa);
            String nb = ProvisionText.normalize(pb);
            assertTrue(!nb.contains(na), a.id() + "'s '" + pa + "' lies inside " + b.id() + "'s '" + pb + "'");
          }
        }
      }
    }
  }

  @Test
  void entriesAreFoundById() {
    CatalogEntry e = catalog.find("network-security-protection").orElseThrow();
    assertEquals("《通信网络安全防护管理办法》（工业和信息化部令第11号）", e.regulation().orElseThrow());
    assertEquals("Communication network security protection", e.title(true));
    assertEquals("通信网络安全防护", e.title(false));
    assertTrue(e.isAttested());
    assertTrue(catalog.find("information-services-terms").orElseThrow().statesNoDuty());
    assertTrue(catalog.find("no-such-id").isEmpty());
    assertEquals(List.of("B21"), catalog.find("ecommerce-data-retention").orElseThrow().services());
  }

  @Test
  void badCataloguesAreRefusedNamingTheLine() {
    assertRefused("[a]\ntitle.zh: 甲\ntitle.en: A\nsummary: s\nservices: all\njudged-by: none\nevidence: 一二三\n",
        "line 7: evidence '一二三' is shorter than 4 characters");
    assertRefused("[a]\ncolour: red\n", "line 2: unknown key 'colour'");
    assertRefused("[a]\ntitle.zh: 甲\ntitle.zh: 乙\n", "line 3: 'title.zh' given twice");
    assertRefused("[a]\ntitle.zh: 甲\n", "line 1: entry 'a' has no 'title.en'");
    assertRefused("title.zh: 甲\n", "line 1: expected '[id]' or 'key: value'");
    assertRefused("[Not An Id]\n", "line 1: id 'Not An Id' must be lower-case words joined by '-'");
    String one = "[a]\ntitle.zh: 甲\ntitle.en: A\nsummary: s\nservices: all\njudged-by: none\nevidence: 一二三四\n";
    assertRefused(one + one, "line 8: duplicate id 'a'");
  }

  private static void assertRefused(String text, String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ProvisionCatalog.parse(new StringReader(text)));
    assertTrue(e.getMessage().startsWith(message), e.getMessage());
  }

  @Test
  void aCatalogueOfYourOwnIsMatchedToo() throws IOException {
    ProvisionCatalog own = ProvisionCatalog.parse(new StringReader(
        """
            [idc-room-access]
            title.zh: 机房出入管理
            title.en: Data centre access control
            summary: Control who enters the machine rooms.
            services: B11
            judged-by: attestation
            evidence: 机房出入管理
            """));
    assertEquals("idc-room-access", new ProvisionMatcher(own).match("你公司应当建立机房出入管理制度。").get(0)
        .entry().orElseThrow().id());
  }
}
