package dev.telelicense.cli;

import static dev.telelicense.cli.CliRun.license;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProvisionsAndDiffCommandTest {
  static final String RENEWAL = Path.of("..", "license-io", "src", "test", "resources", "diff",
      "jing-b2-20190486-renewed-2024.txt").toString();

  @Test
  void provisionsListsEveryProvisionWithIdTitleAndRule() {
    CliRun r = CliRun.of("provisions", license("jing-b2-20240286.txt"), "--lang", "en");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("十五（八） 15(8)"), r.out());
    assertTrue(r.out().matches("(?s).*十五（八） 15\\(8\\) +security-assessment +Security assessment of new technologies"
        + " and services +security-assessment.reported-in-30-days\n.*"), r.out());
    assertTrue(r.out().matches("(?s).*\n +app-store +App store +attestation\n.*"), r.out());
    // in English, Chinese appears only in the licence's number and holder (first line) and the citations
    for (String line : r.out().split("\n", -1)) {
      String rest = line.replaceFirst("^[一二三四五六七八九十（）]+ ", "");
      if (!line.startsWith("Licence ")) {
        assertFalse(rest.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
            line);
      }
    }
  }

  @Test
  void provisionsInJson() throws Exception {
    CliRun r = CliRun.of("provisions", license("jing-b2-20190486.txt"), "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertEquals("京B2-20190486", root.get("license").asText());
    JsonNode item = root.get("provisions").get(25);
    assertEquals("十五（十一）", item.get("citation").asText());
    assertEquals("15(11)", item.get("citationArabic").asText());
    assertEquals("app-store", item.get("provisionId").asText());
    assertEquals("应用软件发布平台", item.get("title").asText());
    assertEquals("attestation", item.get("judgedBy").get(0).asText());
    assertEquals("B25", item.get("section").asText());
    JsonNode two = root.get("provisions").get(1);
    assertEquals(2, two.get("parts").size());
    assertEquals("licence-number-display", two.get("parts").get(1).get("provisionId").asText());
  }

  @Test
  void diffExitsZeroForTheSameLicenceAndOneForAnother() {
    CliRun same = CliRun.of("diff", license("jing-icp-150746.txt"), license("jing-icp-150746.txt"));
    assertEquals(0, same.exitCode(), same.err());
    assertTrue(same.out().contains("无差异"), same.out());
    CliRun other = CliRun.of("diff", license("jing-b2-20190486.txt"), RENEWAL, "--lang", "en");
    assertEquals(1, other.exitCode(), other.err());
    assertTrue(other.out().contains("  legal representative: 王剑炜 → 李明\n"), other.out());
    assertTrue(other.out().contains("  grant B25 information services changed\n"), other.out());
    assertTrue(other.out().contains("  provision app-store (App store, B25) moved: 十五（十一） 15(11) → 十五（十） 15(10)\n"),
        other.out());
    assertTrue(other.out().contains("{+续办申请+}"), other.out());
  }

  @Test
  void diffInJson() throws Exception {
    CliRun r = CliRun.of("diff", license("jing-b2-20190486.txt"), RENEWAL, "--format", "json", "--lang", "en");
    assertEquals(1, r.exitCode(), r.err());
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertFalse(root.get("same").asBoolean());
    assertEquals("legalRepresentative", root.get("fields").get(0).get("field").asText());
    JsonNode moved = null;
    for (JsonNode p : root.get("provisions")) {
      if (p.get("change").asText().equals("moved") && p.get("provisionId").asText().equals("app-store")) {
        moved = p;
      }
    }
    assertEquals("十五（十一）", moved.get("from").asText());
    assertEquals("十五（十）", moved.get("to").asText());
    assertEquals("App store", moved.get("title").asText());
  }

  @Test
  void diffOfUnusableInputExitsTwo() {
    CliRun r = CliRun.of("diff", license("jing-icp-150746.txt"), "no-such-file.txt");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("no-such-file.txt"), r.err());
    assertEquals(2, CliRun.of("diff", license("jing-icp-150746.txt")).exitCode());
  }
}
