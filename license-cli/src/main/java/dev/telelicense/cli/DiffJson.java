package dev.telelicense.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.telelicense.model.License;
import dev.telelicense.rules.diff.FieldChange;
import dev.telelicense.rules.diff.GrantChange;
import dev.telelicense.rules.diff.LicenseDiff;
import dev.telelicense.rules.diff.ProvisionChange;
import dev.telelicense.rules.diff.TextEdit;
import dev.telelicense.rules.diff.WebsiteChange;
import dev.telelicense.rules.provision.ProvisionCatalog;
import java.util.List;
import java.util.Locale;

/**
 * The {@code diff} command's JSON: {@code {"before", "after", "same", "fields", "grants", "websites",
 * "provisions"}}; each change has {@code change} ({@code added}, {@code removed}, {@code changed},
 * {@code moved}, {@code reworded}); provisions carry {@code provisionId}, {@code title},
 * {@code section}, the citations {@code from} and {@code to}, {@code quote} and, when reworded,
 * {@code edits} ({@code [{"op": "same|removed|inserted", "text"}]}).
 */
final class DiffJson {
  private DiffJson() {}

  static String render(License before, License after, LicenseDiff diff, boolean en) {
    ObjectNode root = ProvisionsJson.MAPPER.createObjectNode();
    root.put("before", before.number().toString());
    root.put("after", after.number().toString());
    root.put("same", diff.isEmpty());
    fields(root.putArray("fields"), diff.fields());
    ArrayNode grants = root.putArray("grants");
    for (GrantChange g : diff.grants()) {
      ObjectNode o = grants.addObject();
      o.put("change", lower(g.kind()));
      o.put("service", g.service());
      if (!g.fields().isEmpty()) {
        fields(o.putArray("fields"), g.fields());
      }
    }
    ArrayNode websites = root.putArray("websites");
    for (WebsiteChange w : diff.websites()) {
      ObjectNode o = websites.addObject();
      o.put("change", lower(w.kind()));
      o.put("name", w.name());
      if (!w.fields().isEmpty()) {
        fields(o.putArray("fields"), w.fields());
      }
    }
    ArrayNode provisions = root.putArray("provisions");
    for (ProvisionChange p : diff.provisions()) {
      ObjectNode o = provisions.addObject();
      o.put("change", lower(p.kind()));
      p.provisionId().ifPresent(id -> {
        o.put("provisionId", id);
        ProvisionCatalog.standard().find(id).ifPresent(e -> o.put("title", e.title(en)));
      });
      p.section().ifPresent(s -> o.put("section", s));
      p.before().ifPresent(c -> o.put("from", c));
      p.after().ifPresent(c -> o.put("to", c));
      o.put("quote", p.quote());
      if (p.kind() == dev.telelicense.rules.diff.ChangeKind.REWORDED) {
        ArrayNode edits = o.putArray("edits");
        for (TextEdit e : p.edits()) {
          edits.addObject().put("op", e.op().name().toLowerCase(Locale.ROOT)).put("text", e.text());
        }
      }
    }
    return root.toString();
  }

  private static void fields(ArrayNode array, List<FieldChange> fields) {
    for (FieldChange f : fields) {
      ObjectNode o = array.addObject();
      o.put("field", f.field());
      f.before().ifPresent(v -> o.put("before", v));
      f.after().ifPresent(v -> o.put("after", v));
    }
  }

  private static String lower(Enum<?> kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }
}
