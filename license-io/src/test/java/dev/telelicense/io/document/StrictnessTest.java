package dev.telelicense.io.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every strictness rule and limit, with the exact one-line message a user sees. */
class StrictnessTest {
  private static final DocumentCodec JSON = JsonDocuments.standard();
  private static final DocumentCodec YAML = YamlDocuments.standard();

  private static DocumentException refused(String expectedMessage, Executable read) {
    DocumentException e = assertThrows(DocumentException.class, read);
    assertEquals(expectedMessage, e.getMessage());
    return e;
  }

  @Test
  void unknownKeyWithSuggestion() {
    DocumentException e = refused("unknown field 'anualReports' at $ — did you mean 'annualReports'?",
        () -> YAML.readFacts("dataRetentionDays: 400\nanualReports: []\n"));
    assertEquals("$", e.path());
    assertEquals(2, e.line());
  }

  @Test
  void unknownKeyWithoutNearNameListsTheKnownOnes() {
    refused("unknown field 'colour' at $.findings[0] — expected one of: rule, provision, provisionId, title, status, "
        + "message, due, basis", () -> JSON.readReport("{\"license\":\"京B2-20240286\",\"asOf\":\"2026-11-22\","
        + "\"findings\":[{\"colour\":1}]}"));
  }

  @Test
  void wrongType() {
    refused("expected a string at $.licensee, found a number",
        () -> JSON.readLicense("{\"number\":\"京B2-20190486\",\"licensee\":42}"));
    refused("expected an array at $.annualReports, found null",
        () -> YAML.readFacts("annualReports:\n"));
    refused("expected an integer at $.annualReports[0].year, found a string",
        () -> YAML.readFacts("annualReports: [{year: '2025', filedOn: 2025-03-20}]"));
  }

  @Test
  void impossibleDate() {
    DocumentException e = refused("invalid date '2025-02-30' at $.issuedOn",
        () -> JSON.readLicense("{\"number\":\"京B2-20190486\",\n\"licensee\":\"x\",\n\"issuedOn\":\"2025-02-30\"}"));
    assertEquals("$.issuedOn", e.path());
    assertEquals(3, e.line());
    refused("invalid date '2025/02/03' at $.renewalAppliedOn — expected YYYY-MM-DD",
        () -> YAML.readFacts("renewalAppliedOn: 2025/02/03"));
  }

  @Test
  void badLicenceNumber() {
    refused("invalid licence number '京X2-20190486' at $.number: unknown service category ('X2') at index 1",
        () -> JSON.readLicense("{\"number\":\"京X2-20190486\",\"licensee\":\"x\"}"));
  }

  @Test
  void datesOutOfOrder() {
    refused("issuedOn 2025-01-02 is after validUntil 2024-01-01 at $",
        () -> YAML.readLicense("""
            number: 京B2-20190486
            licensee: x
            issuedOn: 2025-01-02
            validUntil: 2024-01-01
            """));
  }

  @Test
  void duplicateKey() {
    refused("duplicate field 'licensee' at $",
        () -> JSON.readLicense("{\"number\":\"京B2-20190486\",\"licensee\":\"a\",\"licensee\":\"b\"}"));
    refused("duplicate field 'licensee' at $",
        () -> YAML.readLicense("number: 京B2-20190486\nlicensee: a\nlicensee: b\n"));
  }

  @Test
  void missingRequiredField() {
    refused("missing required field 'licensee' at $",
        () -> JSON.readLicense("{\"number\":\"京B2-20190486\"}"));
    refused("missing required field 'domains' at $.grants[0].websites[1]",
        () -> YAML.readLicense("""
            number: 京B2-20190486
            licensee: x
            grants:
              - name: 信息服务业务
                websites:
                  - {name: a, domains: [a.cn]}
                  - {name: b}
            """));
  }

  @Test
  void invalidDomainNamesItsElement() {
    refused("invalid domain 'not a domain' at $.grants[0].websites[1].domains[0]",
        () -> JSON.readLicense("{\"number\":\"京B2-20190486\",\"licensee\":\"x\",\"grants\":[{\"name\":\"n\","
            + "\"websites\":[{\"name\":\"a\",\"domains\":[\"a.cn\"]},{\"name\":\"b\",\"domains\":[\"not a domain\"]}]}]}"));
  }

  @Test
  void unknownServiceWithSuggestion() {
    refused("unknown service 'B-25' at $.grants[0].service — did you mean 'B25'?",
        () -> JSON.readLicense("{\"number\":\"京B2-20190486\",\"licensee\":\"x\",\"grants\":[{\"service\":\"B-25\",\"name\":\"n\"}]}"));
    refused("unknown service '信息发布平台' at $.services[1] — did you mean '信息发布平台和递送服务'?",
        () -> YAML.readFacts("services: [B21, 信息发布平台]"));
  }

  @Test
  void unknownStatusAndWrongSummary() {
    refused("unknown status 'pass' at $.findings[0].status — did you mean 'PASS'?",
        () -> JSON.readReport("{\"license\":\"京B2-20240286\",\"asOf\":\"2026-11-22\",\"findings\":"
            + "[{\"rule\":\"r\",\"status\":\"pass\",\"message\":\"m\"}]}"));
    refused("summary does not match the findings at $.summary: PASS is 0 but 1 findings have that status",
        () -> JSON.readReport("{\"license\":\"京B2-20240286\",\"asOf\":\"2026-11-22\",\"findings\":"
            + "[{\"rule\":\"r\",\"status\":\"PASS\",\"message\":\"m\"}],"
            + "\"summary\":{\"PASS\":0,\"FAIL\":0,\"NOT_APPLICABLE\":0,\"NOT_REVIEWED\":0}}"));
  }

  @Test
  void trailingContent() {
    refused("unexpected content after the document at $",
        () -> JSON.readFacts("{} {}"));
    refused("unexpected content after the document at $",
        () -> YAML.readFacts("dataRetentionDays: 1\n---\ndataRetentionDays: 2\n"));
    refused("malformed JSON at $: Unexpected character (',' (code 44)): expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
        () -> JSON.readFacts("{},"));
  }

  @Test
  void emptyDocument() {
    refused("empty document at $", () -> JSON.readFacts(""));
    refused("empty document at $", () -> YAML.readFacts("# nothing\n"));
  }

  @Test
  void deepNestingIsRefusedQuickly() {
    String deep = "[".repeat(200_000) + "]".repeat(200_000);
    assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
      refused("expected an object at $, found an array", () -> JSON.readLicense(deep));
      refused("expected an object at $, found an array", () -> YAML.readLicense(deep));
      refused("expected a string at $.services[0], found an array",
          () -> JSON.readFacts("{\"services\":" + deep + "}"));
    });
    // Provision items may nest; the depth limit stops them.
    String items = "{\"number\":1,\"label\":\"一\",\"text\":\"t\",\"items\":[".repeat(40);
    refused("nesting too deep at $.provisions[0]" + ".items[0]".repeat(15) + ": the limit is 32 levels",
        () -> JSON.readLicense("{\"number\":\"京B2-20190486\",\"licensee\":\"x\",\"provisions\":[" + items));
  }

  @Test
  void documentSizeLimit() {
    String big = "{\"licensee\":\"" + "x".repeat(DocumentLimits.MAX_DOCUMENT_CHARS) + "\"}";
    refused("document too large at $: 1048591 characters, the limit is 1048576",
        () -> JSON.readLicense(big));
  }

  @Test
  void stringLengthLimit() {
    String longText = "长".repeat(DocumentLimits.MAX_STRING_CHARS + 1);
    refused("string too long at $.licensee: 65537 characters, the limit is 65536",
        () -> JSON.readLicense("{\"number\":\"京B2-20190486\",\"licensee\":\"" + longText + "\"}"));
    refused("string too long at $.licensee: 65537 characters, the limit is 65536",
        () -> YAML.readLicense("number: 京B2-20190486\nlicensee: " + longText + "\n"));
  }

  @Test
  void yamlAliasBombIsRefusedAtTheFirstAnchor() {
    // The billion laughs: nine levels of nine aliases each. Refused at the first anchor, unexpanded.
    StringBuilder bomb = new StringBuilder("services: [&a [lol,lol,lol,lol,lol,lol,lol,lol,lol]");
    for (char c = 'b'; c <= 'j'; c++) {
      String p = "*" + (char) (c - 1);
      bomb.append(", &").append(c).append(" [").append(String.join(",", java.util.Collections.nCopies(9, p)))
          .append(']');
    }
    bomb.append("]\n");
    assertTimeoutPreemptively(Duration.ofSeconds(2), () -> refused(
        "YAML anchors and aliases are not allowed at $.services[0]", () -> YAML.readFacts(bomb.toString())));
    refused("YAML anchors and aliases are not allowed at $.services",
        () -> YAML.readFacts("services: &s [B21]\n"));
    refused("YAML anchors and aliases are not allowed at $.licensee",
        () -> YAML.readLicense("number: &n 京B2-20190486\nlicensee: *n\n"));
  }

  @Test
  void yamlTagIsRefused() {
    refused("YAML tags are not allowed at $.licensee (found '!!str')",
        () -> YAML.readLicense("number: 京B2-20190486\nlicensee: !!str 2025\n"));
    refused("YAML tags are not allowed at $ (found '!!javax.script.ScriptEngineManager')",
        () -> YAML.readLicense("!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x/\"]]]]"));
    refused("YAML tags are not allowed at $.dataRetentionDays (found '!')",
        () -> YAML.readFacts("dataRetentionDays: ! 3\n"));
  }

  @Test
  void unquotedYamlDatesAndNumeralsReadAsText() {
    var f = YAML.readFacts("""
        annualReports: [{year: 2025, filedOn: 2025-03-20}]
        attestations: [{provision: 十, by: 张三, on: 2026-10-01}]
        """);
    assertEquals("十", f.attestations().orElseThrow().get(0).provision());
    assertEquals(2025, f.annualReports().orElseThrow().get(0).year());
  }

  @Test
  void messagesStayOnOneLine() {
    DocumentException e = assertThrows(DocumentException.class,
        () -> JSON.readLicense("{\"number\":\"京B2-20190486\",\"lic\\nensee\":\"x\"}"));
    assertEquals(-1, e.getMessage().indexOf('\n'), e.getMessage());
    DocumentException y = assertThrows(DocumentException.class, () -> YAML.readFacts("a: b: c"));
    assertEquals(-1, y.getMessage().indexOf('\n'), y.getMessage());
  }

  @Test
  void nullIsNotAbsent() {
    refused("expected a string at $.licensee, found null",
        () -> JSON.readLicense("{\"number\":\"京B2-20190486\",\"licensee\":null}"));
  }

  @Test
  void integerOutOfRange() {
    refused("integer out of range at $.annualReports[0].year: '99999999999'",
        () -> YAML.readFacts("annualReports:\n  - year: 99999999999\n    filedOn: 2025-03-20\n"));
    refused("dataRetentionDays must not be negative, was -1 at $",
        () -> JSON.readFacts("{\"dataRetentionDays\":-1}"));
  }

  @Test
  void yamlErrorsCarryTheLine() {
    DocumentException e = refused("expected a boolean at $.websites[0].homepageShowsLicenseNumber, found a string",
        () -> YAML.readFacts("websites:\n  - domain: a.cn\n    homepageShowsLicenseNumber: 是\n"));
    assertEquals(3, e.line());
    assertEquals("$.websites[0].homepageShowsLicenseNumber", e.path());
  }

  @Test
  void readersAreSafeToShareBetweenThreads() throws Exception {
    String doc = YAML.writeLicense(Samples.seed001());
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      var results = new java.util.ArrayList<java.util.concurrent.Future<Boolean>>();
      for (int i = 0; i < 64; i++) {
        results.add(pool.submit(() -> YAML.readLicense(doc).equals(Samples.seed001())
            && JSON.readLicense(JSON.writeLicense(Samples.seed001())).equals(Samples.seed001())));
      }
      for (var r : results) {
        assertEquals(true, r.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void yamlAnchorsAndTagsOnKeysAreRefusedToo() {
    refused("YAML anchors and aliases are not allowed at $",
        () -> YAML.readLicense("number: 京B2-20190486\n&k licensee: x\n"));
    refused("YAML tags are not allowed at $ (found '!!str')",
        () -> YAML.readLicense("number: 京B2-20190486\n!!str licensee: x\n"));
    refused("unknown field '<<' at $ — expected one of: number, licensee, legalRepresentative, issuedOn, "
        + "validUntil, grants, provisions, copyNotice, gaps",
        () -> YAML.readLicense("number: 京B2-20190486\n<<: {licensee: x}\n"));
  }
}
