package dev.telelicense.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.telelicense.model.License;
import dev.telelicense.rules.provision.CatalogEntry;
import dev.telelicense.rules.provision.Citations;
import dev.telelicense.rules.provision.LicenseProvisions;
import dev.telelicense.rules.provision.MatchedPart;
import dev.telelicense.rules.provision.MatchedProvision;

/**
 * The {@code provisions} command's JSON: {@code {"license", "provisions": [{"citation",
 * "citationArabic", "provisionId", "title", "judgedBy", "section", "parts": [...]}]}}, where
 * {@code provisionId} and {@code title} are the first obligation's and {@code parts} lists every
 * obligation of the text, an unknown one as {@code {"unknown": true, "quote"}}.
 */
final class ProvisionsJson {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private ProvisionsJson() {}

  static String render(License license, LicenseProvisions provisions, boolean en) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("license", license.number().toString());
    ArrayNode list = root.putArray("provisions");
    for (MatchedProvision m : provisions.all()) {
      ObjectNode p = list.addObject();
      p.put("citation", m.citation());
      Citations.arabic(m.citation()).ifPresent(a -> p.put("citationArabic", a));
      m.primary().ifPresent(e -> entry(p, e, en));
      m.section().ifPresent(s -> p.put("section", s.key()));
      ArrayNode parts = p.putArray("parts");
      for (MatchedPart part : m.parts()) {
        ObjectNode o = parts.addObject();
        if (part.entry().isPresent()) {
          entry(o, part.entry().get(), en);
        } else {
          o.put("unknown", true);
          o.put("quote", part.quote());
        }
      }
    }
    return root.toString();
  }

  static void entry(ObjectNode o, CatalogEntry e, boolean en) {
    o.put("provisionId", e.id());
    o.put("title", e.title(en));
    ArrayNode judged = o.putArray("judgedBy");
    e.judgedBy().forEach(judged::add);
  }
}
