package dev.telelicense.io.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.telelicense.io.Diagnostic;
import dev.telelicense.io.ReadResult;
import dev.telelicense.model.Grant;
import dev.telelicense.model.License;
import dev.telelicense.model.Provision;
import dev.telelicense.model.Website;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * 基准结果 (golden results) — pins the full result of every text fixture: the seeds, the variants, the
 * fuzz regression inputs and a few inputs derived from the seeds (lines dropped, text cut short). Every
 * field of the licence and every diagnostic must stay exactly as recorded, so that work on the parser
 * cannot change what it reads; every diagnostic has its code's severity.
 *
 * <p>The record is written one field per line ({@code path: value}), so that a diff shows which value
 * changed. It was made from the parser as it was before that work; regenerate it only for an
 * intended change in behaviour, with {@code -Dgolden.update=true}, and review the diff.
 */
class GoldenResultsTest {
  private static final String GOLDEN = "/golden/parse-results.txt";
  /** The fixture folders of the text parser; the document readers' fixtures are not licence texts. */
  private static final List<String> FOLDERS = List.of("licenses", "variants",
      "dev/telelicense/io/text/LicenseTextParserFuzzTestInputs/parseNeverThrows");

  @Test
  void everyFixtureParsesExactlyAsRecorded() throws IOException, URISyntaxException {
    String actual = render(inputs());
    if (Boolean.getBoolean("golden.update")) {
      Path file = Path.of("src/test/resources" + GOLDEN);
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    String expected = Fixtures.resource(GOLDEN);
    // Compared per input, so that a failure names the input instead of one huge string diff.
    Map<String, String> want = split(expected);
    Map<String, String> got = split(actual);
    assertEquals(want.keySet(), got.keySet(), "the inputs");
    for (Map.Entry<String, String> e : want.entrySet()) {
      assertEquals(e.getValue(), got.get(e.getKey()), e.getKey());
    }
    assertEquals(expected, actual);
  }

  /** Name to text, in a stable order: files sorted by path, derived inputs after their seed. */
  private static Map<String, String> inputs() throws IOException, URISyntaxException {
    Path root = Path.of(GoldenResultsTest.class.getResource("/licenses").toURI()).getParent();
    Map<String, String> inputs = new LinkedHashMap<>();
    for (String folder : FOLDERS) {
      List<Path> files;
      try (Stream<Path> s = Files.list(root.resolve(folder))) {
        files = s.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path f : files) {
        String name = folder + "/" + f.getFileName();
        String text = Files.readString(f, StandardCharsets.UTF_8);
        inputs.put(name, text);
        if (folder.equals("licenses")) {
          derived(name, text, inputs);
        }
      }
    }
    return inputs;
  }

  /** Damaged copies of a seed, which reach the readers' fallbacks that the clean scans never do. */
  private static void derived(String name, String text, Map<String, String> inputs) {
    List<String> lines = text.lines().toList();
    for (int k : new int[] {2, 3, 5, 7, 11}) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < lines.size(); i++) {
        if (i % k != k - 1) {
          b.append(lines.get(i)).append('\n');
        }
      }
      inputs.put(name + " without every " + k + "th line", b.toString());
    }
    for (int q = 1; q < 4; q++) {
      inputs.put(name + " cut at " + q + "/4", text.substring(0, text.length() * q / 4));
    }
    inputs.put(name + " with CRLF", text.replace("\n", "\r\n"));
    inputs.put(name + " with spaces doubled", text.replace(" ", "  "));
  }

  private static String render(Map<String, String> inputs) {
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, String> e : inputs.entrySet()) {
      ReadResult<License> r = LicenseTextParser.standard().parse(e.getValue());
      b.append("=== ").append(e.getKey()).append('\n');
      if (r.value().isPresent()) {
        license(b, r.value().get());
      } else {
        b.append("(no licence)\n");
      }
      for (Diagnostic d : r.diagnostics()) {
        assertEquals(DiagnosticCode.valueOf(d.code()).severity(), d.severity(), d::toString);
        b.append("  ").append(d).append('\n');
      }
    }
    return b.toString();
  }

  /** One field per line, {@code path: value}, lists one element per line, so a diff shows what moved. */
  private static void license(StringBuilder b, License l) {
    field(b, "number", l.number());
    field(b, "licensee", l.licensee());
    field(b, "legalRepresentative", l.legalRepresentative());
    field(b, "issuedOn", l.issuedOn());
    field(b, "validUntil", l.validUntil());
    list(b, "grants", l.grants().size());
    for (int g = 0; g < l.grants().size(); g++) {
      Grant grant = l.grants().get(g);
      String p = "grants[" + g + "].";
      field(b, p + "service", grant.service());
      grant.item().ifPresent(i -> field(b, p + "item", i));
      field(b, p + "name", grant.name());
      strings(b, p + "limitedTo", grant.limitedTo());
      strings(b, p + "excluding", grant.excluding());
      strings(b, p + "including", grant.including());
      strings(b, p + "coverage", grant.coverage());
      grant.coverageByArea().ifPresent(c -> field(b, p + "coverageByArea", c));
      list(b, p + "websites", grant.websites().size());
      for (int w = 0; w < grant.websites().size(); w++) {
        Website site = grant.websites().get(w);
        String q = p + "websites[" + w + "].";
        field(b, q + "name", site.name());
        strings(b, q + "domains", site.domains());
        field(b, q + "serverLocation", site.serverLocation());
        field(b, q + "accessProvider", site.accessProvider());
      }
    }
    provisions(b, "provisions", l.provisions());
    l.copyNotice().ifPresentOrElse(c -> {
      field(b, "copyNotice.purpose", c.purpose());
      field(b, "copyNotice.validUntil", c.validUntil());
    }, () -> field(b, "copyNotice", Optional.empty()));
    list(b, "gaps", l.gaps().size());
    for (int i = 0; i < l.gaps().size(); i++) {
      field(b, "gaps[" + i + "]", (l.gaps().get(i).kind() + " " + l.gaps().get(i).detail()).strip());
    }
  }

  private static void provisions(StringBuilder b, String path, List<Provision> provisions) {
    list(b, path, provisions.size());
    for (int i = 0; i < provisions.size(); i++) {
      Provision p = provisions.get(i);
      String q = path + "[" + i + "].";
      field(b, q + "number", p.number());
      field(b, q + "label", p.label());
      field(b, q + "appliesTo", p.appliesTo());
      field(b, q + "text", p.text());
      provisions(b, q + "items", p.items());
    }
  }

  private static void strings(StringBuilder b, String path, List<String> values) {
    list(b, path, values.size());
    for (int i = 0; i < values.size(); i++) {
      field(b, path + "[" + i + "]", values.get(i));
    }
  }

  private static void list(StringBuilder b, String path, int size) {
    b.append(path).append(": (").append(size).append(")\n");
  }

  /** An absent value is written {@code (absent)}; line breaks inside a text as {@code \\n}. */
  private static void field(StringBuilder b, String path, Object value) {
    Object v = value instanceof Optional<?> o ? o.map(Object.class::cast).orElse("(absent)") : value;
    b.append(path).append(": ").append(String.valueOf(v).replace("\n", "\\n")).append('\n');
  }

  private static Map<String, String> split(String rendered) {
    Map<String, String> parts = new LinkedHashMap<>();
    List<String> lines = new ArrayList<>(rendered.lines().toList());
    String key = null;
    StringBuilder body = new StringBuilder();
    for (String line : lines) {
      if (line.startsWith("=== ")) {
        if (key != null) {
          parts.put(key, body.toString());
        }
        key = line.substring(4);
        body.setLength(0);
      } else {
        body.append(line).append('\n');
      }
    }
    if (key != null) {
      parts.put(key, body.toString());
    }
    return parts;
  }
}
