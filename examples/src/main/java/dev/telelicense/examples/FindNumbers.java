package dev.telelicense.examples;

import dev.telelicense.model.LicenseNumber;
import dev.telelicense.model.LicenseNumberMatch;
import java.time.Year;

/** Find the licence and filing numbers in a site's footer, skipping the registrations that are not. */
public final class FindNumbers {
  public static void main(String[] args) {
    String footer = "<p>增值电信业务经营许可证：浙B2-20080224&nbsp;浙网文（2019）1033-086号</p>"
        + "<p><a href=\"https://beian.miit.gov.cn/\">浙ICP备12005180号-3</a> 浙公网安备 33010602011771号</p>";
    // Pass the latest plausible year yourself: the library never reads the clock.
    for (LicenseNumberMatch m : LicenseNumber.findAll(footer, Year.of(2026))) {
      System.out.println(m.number() + " " + m.kind() + " at " + m.start() + ".." + m.end());
    }
    LicenseNumber printed = LicenseNumber.parse("A2.B1.B2-20202637");
    System.out.println(printed.isSameLicense(LicenseNumber.parse("B1.B2-20202637")));
  }
}
