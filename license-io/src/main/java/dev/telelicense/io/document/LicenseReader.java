package dev.telelicense.io.document;

import dev.telelicense.io.internal.Texts;
import dev.telelicense.model.CopyNotice;
import dev.telelicense.model.DomainNames;
import dev.telelicense.model.Gap;
import dev.telelicense.model.Grant;
import dev.telelicense.model.ImmutableCopyNotice;
import dev.telelicense.model.ImmutableGap;
import dev.telelicense.model.ImmutableGrant;
import dev.telelicense.model.ImmutableLicense;
import dev.telelicense.model.ImmutableProvision;
import dev.telelicense.model.ImmutableWebsite;
import dev.telelicense.model.License;
import dev.telelicense.model.LicenseNumber;
import dev.telelicense.model.LicenseNumberFormatException;
import dev.telelicense.model.Provision;
import dev.telelicense.model.Website;
import java.util.ArrayList;
import java.util.List;

/** Reads the licence document through the model's builders, so the model's invariants apply. */
final class LicenseReader {
  static final Fields LICENSE = Fields.of(List.of("number", "licensee", "legalRepresentative",
      "issuedOn", "validUntil", "grants", "provisions", "copyNotice", "gaps"), "number", "licensee");
  static final Fields GRANT = Fields.of(List.of("service", "item", "name", "limitedTo", "excluding",
      "including", "coverage", "coverageByArea", "websites"), "name");
  static final Fields WEBSITE = Fields.of(List.of("name", "domains", "serverLocation",
      "accessProvider"), "name", "domains");
  static final Fields PROVISION = Fields.of(List.of("number", "label", "provisionId", "title",
      "appliesTo", "text", "items"), "number", "label", "text");
  static final Fields COPY_NOTICE = Fields.of(List.of("purpose", "validUntil"), "purpose");
  static final Fields GAP = Fields.of(List.of("kind", "detail"), "kind");

  private LicenseReader() {}

  static License read(Cursor c) {
    int line = c.line();
    ImmutableLicense.Builder b = License.builder();
    c.object(LICENSE, name -> {
      switch (name) {
        case "number" -> b.number(licenceNumber(c));
        case "licensee" -> b.licensee(c.string());
        case "legalRepresentative" -> b.legalRepresentative(c.string());
        case "issuedOn" -> b.issuedOn(c.date());
        case "validUntil" -> b.validUntil(c.date());
        case "grants" -> b.grants(c.array(() -> grant(c)));
        case "provisions" -> b.provisions(c.array(() -> provision(c)));
        case "copyNotice" -> b.copyNotice(copyNotice(c));
        case "gaps" -> b.gaps(c.array(() -> gap(c)));
        default -> throw c.noCaseFor(name);
      }
    });
    return c.build(line, b::build);
  }

  /** The licence's number: any form {@link #number} reads, but not an ICP filing, which is no licence. */
  private static LicenseNumber licenceNumber(Cursor c) {
    LicenseNumber number = number(c);
    if (number.kind() == LicenseNumber.Kind.FILING) {
      throw c.fail("'" + number + "' is an ICP filing number (备案号), not a licence number", "");
    }
    return number;
  }

  /** A licence number in any form {@link LicenseNumber#parse} reads; the error repeats its reason. */
  static LicenseNumber number(Cursor c) {
    String text = c.string();
    try {
      return LicenseNumber.parse(text);
    } catch (LicenseNumberFormatException e) {
      throw c.fail("invalid licence number " + Texts.quote(text), ": " + reason(e));
    }
  }

  /** The refusal's cause without its restatement of the input: reason, detail and index. */
  private static String reason(LicenseNumberFormatException e) {
    return e.detail().explanation() + " at index " + e.errorIndex();
  }

  private static Grant grant(Cursor c) {
    int line = c.line();
    ImmutableGrant.Builder b = Grant.builder();
    c.object(GRANT, name -> {
      switch (name) {
        case "service" -> b.service(Services.lookup(c));
        case "item" -> b.item(Services.lookup(c));
        case "name" -> b.name(c.string());
        case "limitedTo" -> b.limitedTo(c.array(c::string));
        case "excluding" -> b.excluding(c.array(c::string));
        case "including" -> b.including(c.array(c::string));
        case "coverage" -> b.coverage(coverage(c));
        case "coverageByArea" -> b.coverageByArea(c.string());
        case "websites" -> b.websites(c.array(() -> website(c)));
        default -> throw c.noCaseFor(name);
      }
    });
    return c.build(line, b::build);
  }

  /**
   * 业务覆盖范围: an array of regions; a single string, as documents written before the array was,
   * is one region per item of its 、-separated list.
   */
  private static List<String> coverage(Cursor c) {
    if (c.isString()) {
      List<String> regions = new ArrayList<>();
      StringBuilder region = new StringBuilder();
      String printed = c.string();
      for (int i = 0; i <= printed.length(); i++) {
        char ch = i < printed.length() ? printed.charAt(i) : '、';
        if ("、，,；;".indexOf(ch) >= 0 || Character.isWhitespace(ch)) {
          if (region.length() > 0) {
            regions.add(region.toString());
          }
          region.setLength(0);
        } else {
          region.append(ch);
        }
      }
      return regions;
    }
    return c.array(c::string);
  }

  private static Website website(Cursor c) {
    int line = c.line();
    ImmutableWebsite.Builder b = Website.builder();
    c.object(WEBSITE, name -> {
      switch (name) {
        case "name" -> b.name(c.string());
        case "domains" -> b.domains(c.array(() -> domain(c)));
        case "serverLocation" -> b.serverLocation(c.string());
        case "accessProvider" -> b.accessProvider(c.string());
        default -> throw c.noCaseFor(name);
      }
    });
    return c.build(line, b::build);
  }

  /** Checked here rather than by the model so the error names the exact element. */
  static String domain(Cursor c) {
    String d = c.string();
    if (!DomainNames.isValid(d)) {
      throw c.fail("invalid domain " + Texts.quote(d), "");
    }
    return d;
  }

  private static Provision provision(Cursor c) {
    int line = c.line();
    ImmutableProvision.Builder b = Provision.builder();
    c.object(PROVISION, name -> {
      switch (name) {
        case "number" -> b.number(c.integer());
        case "label" -> b.label(c.string());
        // Worked out from the text by the catalogue, so read past: the text says what it says, and
        // a document written before they existed reads the same.
        case "provisionId", "title" -> c.skipString();
        case "appliesTo" -> b.appliesTo(c.string());
        case "text" -> b.text(c.string());
        case "items" -> b.items(c.array(() -> provision(c)));
        default -> throw c.noCaseFor(name);
      }
    });
    return c.build(line, b::build);
  }

  private static CopyNotice copyNotice(Cursor c) {
    int line = c.line();
    ImmutableCopyNotice.Builder b = CopyNotice.builder();
    c.object(COPY_NOTICE, name -> {
      switch (name) {
        case "purpose" -> b.purpose(c.string());
        case "validUntil" -> b.validUntil(c.date());
        default -> throw c.noCaseFor(name);
      }
    });
    return c.build(line, b::build);
  }

  private static Gap gap(Cursor c) {
    int line = c.line();
    ImmutableGap.Builder b = Gap.builder().detail("");
    c.object(GAP, name -> {
      switch (name) {
        case "kind" -> b.kind(c.enumValue(Gap.Kind.class, "gap kind"));
        case "detail" -> b.detail(c.string());
        default -> throw c.noCaseFor(name);
      }
    });
    return c.build(line, b::build);
  }
}
