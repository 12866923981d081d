package dev.telelicense.rules;

import static dev.telelicense.rules.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.telelicense.model.ImmutableLicense;
import dev.telelicense.model.ImmutableProvision;
import dev.telelicense.model.License;
import dev.telelicense.model.LicenseNumber;
import dev.telelicense.model.OperatingFacts;
import dev.telelicense.model.Provision;
import dev.telelicense.rules.calendar.WorkdayCalendar;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pins every finding (rule, provision, status, message, due) of the standard rulebook over the seed
 * licences and variants of them, several facts, dates, both languages and a user calendar. The
 * resource {@code golden-reports.txt} was produced by the rules before they were optimised (and re-laid one field per line, same facts), so any
 * change of result shows up here. On a mismatch the actual text is written to
 * {@code target/golden-reports.actual.txt} for a diff.
 */
class GoldenReportsTest {
  static final String RESOURCE = "golden-reports.txt";

  static Map<String, License> licences() {
    Map<String, License> m = new LinkedHashMap<>();
    m.put("seed000", SeedLicenses.seed000());
    m.put("seed001", SeedLicenses.seed001());
    m.put("seed002", SeedLicenses.seed002());
    m.put("seed003", SeedLicenses.seed003());
    m.put("seed003-dated", SeedLicenses.seed003Dated(d("2024-02-01"), d("2029-02-01")));
    m.put("seed003-miit", ImmutableLicense.copyOf(SeedLicenses.seed003Dated(d("2024-02-01"), d("2029-02-01")))
        .withNumber(LicenseNumber.parse("B2-20090028")));
    m.put("seed002-without-renewal-and-annual-report",
        Fixtures.without(SeedLicenses.seed002(), t -> t.contains("年报") || t.contains("提前90日")));
    m.put("seed002-scanned", scanned(SeedLicenses.seed002()));
    m.put("seed002-repeated-items", repeatedItems(SeedLicenses.seed002()));
    m.put("seed001-no-provisions", ImmutableLicense.copyOf(SeedLicenses.seed001()).withProvisions(List.of()));
    return m;
  }

  /** Provision 九 as a scan prints it: full-width digits, stray spaces and a line break. */
  private static License scanned(License l) {
    List<Provision> ps = new ArrayList<>();
    for (Provision p : l.provisions()) {
      ps.add(p.label().equals("九") ? ImmutableProvision.copyOf(p)
          .withText("你公司应当 … 对发现的违法信息立即进行处置，并在处置后的 １０ 个 工作日内\n向电信主管部门上报。") : p);
    }
    return ImmutableLicense.copyOf(l).withProvisions(ps);
  }

  /**
   * The last provision repeated under the next number: its items equal the first copy's (the same
   * objects, even), yet each copy's items are cited under their own provision, 十六（三） apart from
   * 十五（三）, and an attestation of one is not an attestation of the other.
   */
  private static License repeatedItems(License l) {
    List<Provision> ps = new ArrayList<>(l.provisions());
    Provision last = ps.get(ps.size() - 1);
    ps.add(ImmutableProvision.copyOf(last).withNumber(last.number() + 1).withLabel("十六"));
    return ImmutableLicense.copyOf(l).withProvisions(ps);
  }

  static Map<String, OperatingFacts> facts() {
    Map<String, OperatingFacts> m = new LinkedHashMap<>();
    m.put("unknown", OperatingFacts.unknown());
    m.put("dongche", ExampleFacts.dongche());
    m.put("failing", ExampleFacts.failing());
    m.put("nothing-happened", ExampleFacts.nothingHappened());
    return m;
  }

  static final List<LocalDate> DATES = List.of(d("2024-06-01"), d("2026-11-22"),
      d("2028-12-01"), d("2030-01-01"));

  /** Every context the golden file covers, each with a heading line. */
  static Map<String, EvaluationContext> contexts() {
    WorkdayCalendar with2027 = WorkdayCalendar.official()
        .and(WorkdayCalendar.builder().knownYear(2027).dayOff(d("2027-01-01")).build());
    Map<String, EvaluationContext> m = new LinkedHashMap<>();
    for (Map.Entry<String, License> l : licences().entrySet()) {
      for (Map.Entry<String, OperatingFacts> f : facts().entrySet()) {
        for (LocalDate asOf : DATES) {
          for (Language lang : Language.values()) {
            m.put(l.getKey() + " " + f.getKey() + " " + asOf + " " + lang, EvaluationContext.builder()
                .license(l.getValue()).facts(f.getValue()).asOf(asOf).language(lang).build());
          }
        }
      }
      m.put(l.getKey() + " failing 2027-02-01 ZH calendar+2027", EvaluationContext.builder()
          .license(l.getValue()).facts(ExampleFacts.failing()).asOf(d("2027-02-01")).calendar(with2027).build());
    }
    return m;
  }

  /** One field per line, so that a change of one finding is one line of a diff. */
  static String render(ComplianceReport r) {
    StringBuilder b = new StringBuilder();
    b.append("license: ").append(r.license()).append('\n');
    b.append("asOf: ").append(r.asOf()).append('\n');
    b.append("summary: ").append(r.summary()).append('\n');
    for (Finding f : r.findings()) {
      b.append("- rule: ").append(f.rule()).append('\n');
      f.provision().ifPresent(p -> b.append("  provision: ").append(p).append('\n'));
      f.provisionId().ifPresent(p -> b.append("  provisionId: ").append(p).append('\n'));
      f.title().ifPresent(t -> b.append("  title: ").append(t).append('\n'));
      b.append("  status: ").append(f.status()).append('\n');
      b.append("  message: ").append(f.message()).append('\n');
      f.due().ifPresent(d -> b.append("  due: ").append(d).append('\n'));
      f.basis().ifPresent(x -> b.append("  basis: ").append(x).append('\n'));
    }
    return b.toString();
  }

  /** Every rule's metadata, as the rulebook describes it in both languages. */
  static String renderRules() {
    StringBuilder b = new StringBuilder();
    for (Rule r : Rulebook.standard().rules()) {
      b.append("## rule ").append(r.id()).append('\n');
      for (Language lang : Language.values()) {
        b.append("title ").append(lang).append(": ").append(r.title(lang)).append('\n');
        b.append("enforces ").append(lang).append(": ").append(r.enforces(lang)).append('\n');
      }
    }
    return b.toString();
  }

  static String renderAll() {
    StringBuilder b = new StringBuilder(renderRules());
    for (Map.Entry<String, EvaluationContext> c : contexts().entrySet()) {
      b.append("## ").append(c.getKey()).append('\n').append(render(Rulebook.standard().evaluate(c.getValue())));
    }
    return b.toString();
  }

  @Test
  void everyFindingIsAsBeforeTheOptimisation() throws IOException {
    String expected = read();
    String actual = renderAll();
    if (!expected.equals(actual)) {
      Path out = Path.of("target", "golden-reports.actual.txt");
      Files.createDirectories(out.getParent());
      Files.writeString(out, actual, StandardCharsets.UTF_8);
    }
    assertEquals(expected, actual, "see target/golden-reports.actual.txt");
  }

  static String read() {
    try (InputStream in = GoldenReportsTest.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return "";
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
