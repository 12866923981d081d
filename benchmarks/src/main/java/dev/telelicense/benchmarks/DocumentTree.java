package dev.telelicense.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.telelicense.model.CopyNotice;
import dev.telelicense.model.Grant;
import dev.telelicense.model.License;
import dev.telelicense.model.Provision;
import dev.telelicense.model.TelecomService;
import dev.telelicense.model.Website;
import dev.telelicense.rules.provision.CatalogEntry;
import dev.telelicense.rules.provision.MatchedProvision;
import dev.telelicense.rules.provision.ProvisionMatcher;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The licence document as plain mutable POJOs, the tree a Jackson user would write by hand: public
 * fields, the document's key order, {@code null} and empty lists left out (the mapper leaves out
 * nulls; lists say so themselves). No validation and no immutable values: that is the point of a floor.
 */
final class DocumentTree {
  private DocumentTree() {}

  @JsonPropertyOrder({"number", "licensee", "legalRepresentative", "issuedOn", "validUntil", "grants",
      "provisions", "copyNotice"})
  public static final class LicenseDoc {
    public String number;
    public String licensee;
    public String legalRepresentative;
    public LocalDate issuedOn;
    public LocalDate validUntil;
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public List<GrantDoc> grants;
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public List<ProvisionDoc> provisions;
    public CopyNoticeDoc copyNotice;
  }

  @JsonPropertyOrder({"service", "item", "name", "limitedTo", "excluding", "including", "coverage",
      "coverageByArea", "websites"})
  public static final class GrantDoc {
    public String service;
    public String item;
    public String name;
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public List<String> limitedTo;
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public List<String> excluding;
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public List<String> including;
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public List<String> coverage;
    public String coverageByArea;
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public List<WebsiteDoc> websites;
  }

  @JsonPropertyOrder({"name", "domains", "serverLocation", "accessProvider"})
  public static final class WebsiteDoc {
    public String name;
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public List<String> domains;
    public String serverLocation;
    public String accessProvider;
  }

  @JsonPropertyOrder({"number", "label", "provisionId", "title", "appliesTo", "text", "items"})
  public static final class ProvisionDoc {
    public int number;
    public String label;
    public String provisionId;
    public String title;
    public String appliesTo;
    public String text;
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public List<ProvisionDoc> items;
  }

  @JsonPropertyOrder({"purpose", "validUntil"})
  public static final class CopyNoticeDoc {
    public String purpose;
    public LocalDate validUntil;
  }

  /** The tree for {@code license}, as a plain-Jackson user would build it before writing it. */
  static LicenseDoc of(License license) {
    LicenseDoc d = new LicenseDoc();
    d.number = license.number().toString();
    d.licensee = license.licensee();
    d.legalRepresentative = license.legalRepresentative().orElse(null);
    d.issuedOn = license.issuedOn().orElse(null);
    d.validUntil = license.validUntil().orElse(null);
    d.grants = license.grants().stream().map(DocumentTree::of).toList();
    // The ids and titles as the document names them: each provision and item matched to the catalogue.
    Iterator<MatchedProvision> matched = ProvisionMatcher.standard().match(license).all().iterator();
    d.provisions = license.provisions().stream().map(p -> of(p, matched, 0)).toList();
    d.copyNotice = license.copyNotice().map(DocumentTree::of).orElse(null);
    return d;
  }

  private static GrantDoc of(Grant g) {
    GrantDoc d = new GrantDoc();
    d.service = g.service().map(TelecomService::key).orElse(null);
    d.name = g.name();
    d.limitedTo = g.limitedTo();
    d.excluding = g.excluding();
    d.including = g.including();
    d.item = g.item().map(TelecomService::key).orElse(null);
    d.coverage = g.coverage();
    d.coverageByArea = g.coverageByArea().orElse(null);
    d.websites = g.websites().stream().map(DocumentTree::of).toList();
    return d;
  }

  private static WebsiteDoc of(Website w) {
    WebsiteDoc d = new WebsiteDoc();
    d.name = w.name();
    d.domains = w.domains();
    d.serverLocation = w.serverLocation().orElse(null);
    d.accessProvider = w.accessProvider().orElse(null);
    return d;
  }

  private static ProvisionDoc of(Provision p, Iterator<MatchedProvision> matched, int depth) {
    ProvisionDoc d = new ProvisionDoc();
    d.number = p.number();
    d.label = p.label();
    if (depth < 2 && matched.hasNext()) {
      MatchedProvision m = matched.next();
      Optional<CatalogEntry> entry = m.provision() == p ? m.primary() : Optional.empty();
      d.provisionId = entry.map(CatalogEntry::id).orElse(null);
      d.title = entry.map(CatalogEntry::titleZh).orElse(null);
    }
    d.appliesTo = p.appliesTo().orElse(null);
    d.text = p.text();
    d.items = p.items().stream().map(i -> of(i, matched, depth + 1)).toList();
    return d;
  }

  private static CopyNoticeDoc of(CopyNotice c) {
    CopyNoticeDoc d = new CopyNoticeDoc();
    d.purpose = c.purpose();
    d.validUntil = c.validUntil().orElse(null);
    return d;
  }
}
