package dev.telelicense.io.document;

import dev.telelicense.model.CopyNotice;
import dev.telelicense.model.Grant;
import dev.telelicense.model.License;
import dev.telelicense.model.Provision;
import dev.telelicense.model.TelecomService;
import dev.telelicense.model.Website;
import dev.telelicense.rules.provision.CatalogEntry;
import dev.telelicense.rules.provision.MatchedProvision;
import dev.telelicense.rules.provision.ProvisionMatcher;
import java.util.Iterator;
import java.util.Optional;

/** Writes the licence document: fields in {@link LicenseReader}'s order, absent and empty left out. */
final class LicenseWriter {
  private LicenseWriter() {}

  static void write(Out out, License license) {
    out.startObject();
    out.string("number", license.number().toString());
    out.string("licensee", license.licensee());
    out.string("legalRepresentative", license.legalRepresentative());
    out.date("issuedOn", license.issuedOn());
    out.date("validUntil", license.validUntil());
    out.objects("grants", license.grants(), false, g -> grant(out, g));
    // Provisions and items in the order the matcher lists them: each provision, then its items.
    Iterator<MatchedProvision> matched = ProvisionMatcher.standard().match(license).all().iterator();
    out.objects("provisions", license.provisions(), false, p -> provision(out, p, matched, 0));
    license.copyNotice().ifPresent(c -> out.object("copyNotice", () -> copyNotice(out, c)));
    out.objects("gaps", license.gaps(), false, g -> {
      out.string("kind", g.kind().name());
      out.string("detail", Optional.of(g.detail()).filter(d -> !d.isEmpty()));
    });
    out.endObject();
  }

  private static void grant(Out out, Grant g) {
    out.string("service", g.service().map(TelecomService::key));
    out.string("item", g.item().map(TelecomService::key));
    out.string("name", g.name());
    out.strings("limitedTo", g.limitedTo(), false);
    out.strings("excluding", g.excluding(), false);
    out.strings("including", g.including(), false);
    out.strings("coverage", g.coverage(), false);
    out.string("coverageByArea", g.coverageByArea());
    out.objects("websites", g.websites(), false, w -> website(out, w));
  }

  private static void website(Out out, Website w) {
    out.string("name", w.name());
    out.strings("domains", w.domains(), false);
    out.string("serverLocation", w.serverLocation());
    out.string("accessProvider", w.accessProvider());
  }

  private static void provision(Out out, Provision p, Iterator<MatchedProvision> matched, int depth) {
    Optional<CatalogEntry> obligation = Optional.empty();
    // The matcher reads provisions and their items, not items of items: those are named nothing.
    if (depth < 2 && matched.hasNext()) {
      MatchedProvision m = matched.next();
      obligation = m.provision() == p ? m.primary() : Optional.empty();
    }
    out.integer("number", p.number());
    out.string("label", p.label());
    out.string("provisionId", obligation.map(CatalogEntry::id));
    out.string("title", obligation.map(CatalogEntry::titleZh));
    out.string("appliesTo", p.appliesTo());
    out.string("text", p.text());
    out.objects("items", p.items(), false, i -> provision(out, i, matched, depth + 1));
  }

  private static void copyNotice(Out out, CopyNotice c) {
    out.string("purpose", c.purpose());
    out.date("validUntil", c.validUntil());
  }
}
