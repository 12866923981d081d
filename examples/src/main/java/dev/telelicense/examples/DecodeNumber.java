package dev.telelicense.examples;

import dev.telelicense.model.LicenseNumber;
import dev.telelicense.model.LicenseNumberFormatException;

/** Decode a licence number: who issued it, for which region, which categories. */
public final class DecodeNumber {
  public static void main(String[] args) {
    for (String text : new String[] {"粤Ｂ２－２００９００５９－１１１", "B1.B2-20090108", "京B3-20190486"}) {
      try {
        LicenseNumber n = LicenseNumber.parse(text);
        System.out.println(n + " issuer=" + n.issuer() + " region=" + n.region()
            + " categories=" + n.categories() + " serial=" + n.serial() + " kind=" + n.kind());
      } catch (LicenseNumberFormatException e) {
        System.out.println(e.reason() + " at index " + e.errorIndex() + ": " + e.getMessage());
      }
    }
  }
}
