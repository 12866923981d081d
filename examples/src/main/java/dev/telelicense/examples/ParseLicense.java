package dev.telelicense.examples;

import dev.telelicense.io.ReadResult;
import dev.telelicense.io.text.LicenseTextParser;
import dev.telelicense.model.Grant;
import dev.telelicense.model.License;
import dev.telelicense.model.Website;

/** Parse a licence text as scanned and print its grants and websites, then what the parser had to say. */
public final class ParseLicense {
  public static void main(String[] args) {
    String text = Samples.read(Samples.license("jing-b2-20252223.txt"));
    ReadResult<License> result = LicenseTextParser.standard().parse(text);
    result.value().ifPresent(license -> {
      System.out.println(license.number() + " " + license.licensee());
      for (Grant grant : license.grants()) {
        System.out.println("  " + grant.service().map(s -> s.key()).orElse("?") + " " + grant.name()
            + " limitedTo=" + grant.limitedTo() + " excluding=" + grant.excluding());
        for (Website site : grant.websites()) {
          System.out.println("    " + site.name() + " " + site.domains());
        }
      }
    });
    // The damaged dates of this scan are absent, each with an ERROR naming the field.
    result.diagnostics().forEach(d -> System.out.println(d.format("jing-b2-20252223.txt")));
  }
}
