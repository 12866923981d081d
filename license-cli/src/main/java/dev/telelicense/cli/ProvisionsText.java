package dev.telelicense.cli;

import dev.telelicense.model.License;
import dev.telelicense.rules.provision.CatalogEntry;
import dev.telelicense.rules.provision.Citations;
import dev.telelicense.rules.provision.LicenseProvisions;
import dev.telelicense.rules.provision.MatchedPart;
import dev.telelicense.rules.provision.MatchedProvision;

/** The {@code provisions} command's table: one line per obligation of each provision and item. */
final class ProvisionsText {
  private ProvisionsText() {}

  static String render(License license, LicenseProvisions provisions, boolean en) {
    StringBuilder b = new StringBuilder();
    b.append(en ? "Licence " : "经营许可证 ").append(license.number()).append(" · ").append(license.licensee())
        .append(en ? " · " + provisions.all().size() + " provisions and items"
            : " · 特别规定事项 " + provisions.all().size() + " 条（项）").append("\n\n");
    int citationWidth = 0;
    int idWidth = 0;
    int titleWidth = 0;
    for (MatchedProvision m : provisions.all()) {
      citationWidth = Math.max(citationWidth, Columns.width(citation(m, en)));
      for (CatalogEntry e : m.entries()) {
        idWidth = Math.max(idWidth, e.id().length());
        titleWidth = Math.max(titleWidth, Columns.width(e.title(en)));
      }
    }
    for (MatchedProvision m : provisions.all()) {
      String cited = citation(m, en);
      for (MatchedPart p : m.parts()) {
        b.append(Columns.pad(cited, citationWidth + 2));
        cited = "";
        if (p.entry().isPresent()) {
          CatalogEntry e = p.entry().get();
          b.append(Columns.pad(e.id(), idWidth + 2)).append(Columns.pad(e.title(en), titleWidth + 2))
              .append(judgedBy(e, en));
        } else {
          b.append(en ? "?  new or unknown provision: \"" : "?  目录中没有的条款：「").append(p.quote())
              .append(en ? "\"" : "」");
        }
        b.append("\n");
      }
    }
    return b.toString();
  }

  /** The citation, with its Arabic form in English: {@code 十五（七） 15(7)}. */
  static String citation(MatchedProvision m, boolean en) {
    return en ? Citations.bilingual(m.citation()) : m.citation();
  }

  /** The rules that judge an entry; a heading's line says that its items are judged. */
  static String judgedBy(CatalogEntry e, boolean en) {
    if (e.statesNoDuty()) {
      return en ? "— (no duty of its own)" : "—（本身不设义务）";
    }
    return String.join(", ", e.judgedBy());
  }
}
