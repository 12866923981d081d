package dev.telelicense.rules;

import dev.telelicense.model.Advertisement;
import dev.telelicense.model.AnnualReport;
import dev.telelicense.model.Attestation;
import dev.telelicense.model.EntityChange;
import dev.telelicense.model.IllegalInfoDisposal;
import dev.telelicense.model.ImmutableOperatingFacts;
import dev.telelicense.model.InfoChange;
import dev.telelicense.model.OperatedWebsite;
import dev.telelicense.model.OperatingFacts;
import dev.telelicense.model.SecurityAssessment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the small YAML subset of {@code examples/facts/*.yaml} (scalars, flow lists, block lists of
 * flow maps) so the examples are checked against the rules here; the real reader lives in
 * license-io, which this module must not depend on.
 */
final class ExampleFactsReader {
  private ExampleFactsReader() {}

  static OperatingFacts read(String yaml) {
    Map<String, Object> top = new LinkedHashMap<>();
    String listKey = null;
    for (String raw : yaml.split("\n")) {
      String line = raw.replaceAll("\\s+#.*$", "");
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      if (line.startsWith("  - ")) {
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) top.get(listKey);
        list.add(flowMap(line.substring(4).strip()));
        continue;
      }
      int colon = line.indexOf(':');
      String key = line.substring(0, colon).strip();
      String value = line.substring(colon + 1).strip();
      if (value.isEmpty()) {
        top.put(key, new ArrayList<>());
        listKey = key;
      } else if (value.startsWith("[")) {
        top.put(key, flowList(value));
      } else {
        top.put(key, value);
      }
    }
    ImmutableOperatingFacts.Builder b = OperatingFacts.builder();
    for (Map.Entry<String, Object> e : top.entrySet()) {
      Object v = e.getValue();
      switch (e.getKey()) {
        case "services" -> b.services(strings(v));
        case "websites" -> b.websites(maps(v, m -> {
          var w = OperatedWebsite.builder().domain(m.get("domain"));
          if (m.containsKey("homepageShowsLicenseNumber")) {
            w.homepageShowsLicenseNumber(Boolean.parseBoolean(m.get("homepageShowsLicenseNumber")));
          }
          if (m.containsKey("serverLocation")) {
            w.serverLocation(m.get("serverLocation"));
          }
          return w.build();
        }));
        case "annualReports" -> b.annualReports(maps(v, m -> AnnualReport.builder()
            .year(Integer.parseInt(m.get("year"))).filedOn(date(m, "filedOn")).build()));
        case "renewalAppliedOn" -> b.renewalAppliedOn(LocalDate.parse((String) v));
        case "entityChanges" -> b.entityChanges(maps(v, m -> {
          var c = EntityChange.builder().decidedOn(date(m, "decidedOn"));
          if (m.containsKey("appliedOn")) {
            c.appliedOn(date(m, "appliedOn"));
          }
          if (m.containsKey("approvedOn")) {
            c.approvedOn(date(m, "approvedOn"));
          }
          if (m.containsKey("implementedOn")) {
            c.implementedOn(date(m, "implementedOn"));
          }
          return c.build();
        }));
        case "infoChanges" -> b.infoChanges(maps(v, m -> {
          var c = InfoChange.builder().changedOn(date(m, "changedOn"));
          if (m.containsKey("reportedOn")) {
            c.reportedOn(date(m, "reportedOn"));
          }
          return c.build();
        }));
        case "illegalInfoDisposals" -> b.illegalInfoDisposals(maps(v, m -> {
          var c = IllegalInfoDisposal.builder().disposedOn(date(m, "disposedOn"));
          if (m.containsKey("reportedOn")) {
            c.reportedOn(date(m, "reportedOn"));
          }
          return c.build();
        }));
        case "securityAssessments" -> b.securityAssessments(maps(v, m -> {
          var c = SecurityAssessment.builder().completedOn(date(m, "completedOn"));
          if (m.containsKey("reportedOn")) {
            c.reportedOn(date(m, "reportedOn"));
          }
          return c.build();
        }));
        case "advertisements" -> b.advertisements(maps(v, m -> Advertisement.builder()
            .showsCompanyName(Boolean.parseBoolean(m.get("showsCompanyName")))
            .showsLicenseNumber(Boolean.parseBoolean(m.get("showsLicenseNumber"))).build()));
        case "dataRetentionDays" -> b.dataRetentionDays(Integer.parseInt((String) v));
        case "attestations" -> b.attestations(maps(v, m -> Attestation.builder()
            .provision(m.get("provision")).by(m.get("by")).on(date(m, "on")).build()));
        default -> throw new IllegalArgumentException("unknown key " + e.getKey());
      }
    }
    return b.build();
  }

  private static LocalDate date(Map<String, String> m, String key) {
    return LocalDate.parse(m.get(key));
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Object v) {
    return (List<String>) v;
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> maps(Object v, Function<Map<String, String>, T> f) {
    List<T> out = new ArrayList<>();
    for (Object o : (List<Object>) v) {
      out.add(f.apply((Map<String, String>) o));
    }
    return out;
  }

  private static List<Object> flowList(String text) {
    String inner = text.substring(1, text.lastIndexOf(']')).strip();
    List<Object> out = new ArrayList<>();
    if (!inner.isEmpty()) {
      for (String s : inner.split(",")) {
        out.add(s.strip());
      }
    }
    return out;
  }

  private static Map<String, String> flowMap(String text) {
    String inner = text.substring(1, text.lastIndexOf('}'));
    Map<String, String> m = new LinkedHashMap<>();
    for (String pair : inner.split(",")) {
      int colon = pair.indexOf(':');
      m.put(pair.substring(0, colon).strip(), pair.substring(colon + 1).strip());
    }
    return m;
  }
}
