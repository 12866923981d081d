package dev.telelicense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telelicense.io.document.YamlDocuments;
import dev.telelicense.io.text.LicenseTextParser;
import dev.telelicense.model.License;
import dev.telelicense.model.OperatingFacts;
import dev.telelicense.model.Province;
import dev.telelicense.rules.ComplianceReport;
import dev.telelicense.rules.EvaluationContext;
import dev.telelicense.rules.Finding;
import dev.telelicense.rules.Language;
import dev.telelicense.rules.Rulebook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The English report reads without Chinese: every finding of every sample and every variant, with
 * and without facts and at several dates, has an English title, and its text holds Chinese only
 * where it names or quotes: the licensee, the licence number, a citation followed by its Arabic form
 * ({@code 十五（七） 15(7)}), the licence's own term in parentheses after the English
 * ({@code expiry date (有效期至)}), and what the facts themselves say (a person, a website, a service
 * as the licensee named it, a place).
 */
class EnglishReportTest {
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  private static final Pattern HAN_RUN = Pattern.compile("[\\p{IsHan}\\p{IsHan}（）()·\\-—A-Za-z0-9]*\\p{IsHan}+"
      + "[\\p{IsHan}（）()·\\-—A-Za-z0-9]*");
  private static final Path VARIANTS = Path.of("..", "license-io", "src", "test", "resources", "variants");
  private static final List<LocalDate> DATES = List.of(LocalDate.of(2024, 6, 1), LocalDate.of(2026, 11, 22),
      LocalDate.of(2030, 1, 1));

  @Test
  void everyFindingHasAnEnglishTitleAndNoChineseButNamesAndQuotations() throws IOException {
    Map<String, License> licences = new LinkedHashMap<>();
    try (Stream<Path> samples = Files.list(CliRun.EXAMPLES.resolve("licenses"))) {
      for (Path p : samples.sorted().toList()) {
        licences.put(p.getFileName().toString(), parsed(p).orElseThrow());
      }
    }
    int samples = licences.size();
    try (Stream<Path> variants = Files.list(VARIANTS)) {
      for (Path p : variants.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        parsed(p).ifPresent(l -> licences.put(p.getFileName().toString(), l));
      }
    }
    assertTrue(samples >= 4 && licences.size() > samples + 5, licences.keySet()::toString);
    Map<String, String> facts = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(CliRun.EXAMPLES.resolve("facts"))) {
      for (Path p : files.sorted().toList()) {
        facts.put(p.getFileName().toString(), Files.readString(p));
      }
    }
    List<String> problems = new ArrayList<>();
    int findings = 0;
    for (Map.Entry<String, License> l : licences.entrySet()) {
      Map<String, String> tried = new LinkedHashMap<>(facts);
      tried.put("no facts", "");
      for (Map.Entry<String, String> f : tried.entrySet()) {
        OperatingFacts operating = f.getValue().isEmpty() ? OperatingFacts.unknown()
            : YamlDocuments.standard().readFacts(f.getValue());
        for (LocalDate asOf : DATES) {
          ComplianceReport r = Rulebook.standard().evaluate(EvaluationContext.builder().license(l.getValue())
              .facts(operating).asOf(asOf).language(Language.EN).build());
          for (Finding finding : r.findings()) {
            findings++;
            String where = l.getKey() + " / " + f.getKey() + " / " + asOf + " / " + finding.rule() + " "
                + finding.provision().orElse("") + ": ";
            String title = ReportText.title(finding, Language.EN);
            if (title.isBlank() || HAN.matcher(title).find()) {
              problems.add(where + "title " + title);
            }
            String rest = unquoted(finding.message(), l.getValue(), f.getValue());
            if (HAN.matcher(rest).find()) {
              problems.add(where + finding.message());
            }
          }
          String text = unquoted(ReportText.render(r, l.getValue(), Language.EN), l.getValue(), f.getValue());
          if (HAN.matcher(text).find()) {
            problems.add(l.getKey() + " / " + f.getKey() + " / " + asOf + ": report text " + text);
          }
        }
      }
    }
    assertTrue(findings > 1000, "findings checked: " + findings);
    assertEquals(List.of(), problems.stream().distinct().limit(20).toList());
  }

  /** The text without what may stay Chinese: names, citations with their Arabic form, glosses, facts. */
  static String unquoted(String text, License license, String facts) {
    String t = text.replace(license.licensee(), "").replace(license.number().toString(), "");
    t = t.replaceAll("\\([^()]*\\)", "").replaceAll("\u201c[^\u201d]*\u201d", "");
    t = t.replaceAll("[\\p{IsHan}（）]+ \\d+(\\(\\d+\\))?", "");
    // Anything the facts themselves say, word for word: the licensee's own names for things.
    Matcher m = HAN_RUN.matcher(t);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, facts.contains(m.group()) || isPlace(license, m.group()) ? "" : m.group());
    }
    m.appendTail(b);
    return b.toString();
  }

  /** A place the licence itself names as its coverage, or the province a server stands in. */
  private static boolean isPlace(License license, String run) {
    return license.grants().stream().anyMatch(g -> g.coverage().stream().anyMatch(c -> c.contains(run))
        || g.coverageByArea().filter(c -> c.contains(run)).isPresent())
        || Province.atStartOf(run).isPresent();
  }

  private static Optional<License> parsed(Path p) throws IOException {
    return LicenseTextParser.standard().parse(Files.readString(p)).value();
  }
}
