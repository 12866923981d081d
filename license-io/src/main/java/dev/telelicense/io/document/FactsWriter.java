package dev.telelicense.io.document;

import dev.telelicense.model.OperatedWebsite;
import dev.telelicense.model.OperatingFacts;

/**
 * Writes the operating-facts document. Unlike the licence, a present empty list is written ({@code []}):
 * it says "judged, none", which is not the same as absent ("not known").
 */
final class FactsWriter {
  private FactsWriter() {}

  static void write(Out out, OperatingFacts f) {
    out.startObject();
    f.services().ifPresent(s -> out.strings("services", s, true));
    f.websites().ifPresent(ws -> out.objects("websites", ws, true, w -> website(out, w)));
    f.facilities().ifPresent(fs -> out.objects("facilities", fs, true, x -> {
      out.string("service", x.service());
      out.string("location", x.location());
    }));
    f.annualReports().ifPresent(rs -> out.objects("annualReports", rs, true, r -> {
      // The year covered, as MIIT names a report; year (the year due) only where that was all given.
      if (r.covers().isPresent()) {
        out.integer("covers", r.covers());
      } else {
        out.integer("year", r.year());
      }
      out.date("filedOn", r.filedOn());
    }));
    out.date("renewalAppliedOn", f.renewalAppliedOn());
    f.entityChanges().ifPresent(cs -> out.objects("entityChanges", cs, true, e -> {
      out.date("decidedOn", e.decidedOn());
      out.date("appliedOn", e.appliedOn());
      out.date("approvedOn", e.approvedOn());
      out.date("implementedOn", e.implementedOn());
    }));
    f.infoChanges().ifPresent(cs -> out.objects("infoChanges", cs, true, i -> {
      out.date("changedOn", i.changedOn());
      out.date("reportedOn", i.reportedOn());
    }));
    f.illegalInfoDisposals().ifPresent(ds -> out.objects("illegalInfoDisposals", ds, true, d -> {
      out.date("disposedOn", d.disposedOn());
      out.date("reportedOn", d.reportedOn());
    }));
    f.securityAssessments().ifPresent(as -> out.objects("securityAssessments", as, true, a -> {
      out.date("completedOn", a.completedOn());
      out.date("reportedOn", a.reportedOn());
    }));
    f.advertisements().ifPresent(as -> out.objects("advertisements", as, true, a -> {
      out.bool("showsCompanyName", a.showsCompanyName());
      out.bool("showsLicenseNumber", a.showsLicenseNumber());
    }));
    out.integer("dataRetentionDays", f.dataRetentionDays());
    f.attestations().ifPresent(as -> out.objects("attestations", as, true, a -> {
      out.string("provision", a.provision());
      out.string("by", a.by());
      out.date("on", a.on());
      out.date("until", a.until());
    }));
    out.endObject();
  }

  private static void website(Out out, OperatedWebsite w) {
    out.string("domain", w.domain());
    out.bool("homepageShowsLicenseNumber", w.homepageShowsLicenseNumber());
    out.string("serverLocation", w.serverLocation());
  }

}
