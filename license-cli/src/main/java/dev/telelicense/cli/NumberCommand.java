package dev.telelicense.cli;

import dev.telelicense.model.LicenseNumber;
import dev.telelicense.model.LicenseNumberFormatException;
import java.io.PrintWriter;
import java.time.Year;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code telelicense number TEXT}: decode a licence or filing number. */
@Command(name = "number", mixinStandardHelpOptions = true,
    description = {"Decode a licence or filing number (经营许可证编号 / 备案号) and print it as one JSON object.",
        "Exit 0 when it is a number, 1 when it is not, 2 for usage errors."})
final class NumberCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "TEXT", description = "The number, e.g. 京B2-20190486 or 京ICP证150746号.")
  String text;

  @Override
  public Integer call() {
    return decode(text, spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /** Prints the number as JSON, or one line saying why it is none; returns the exit code. */
  static int decode(String text, PrintWriter out, PrintWriter err) {
    LicenseNumber n;
    try {
      n = LicenseNumber.parse(text, latestPlausibleYear());
    } catch (LicenseNumberFormatException e) {
      err.println("telelicense: " + e.getMessage());
      err.flush();
      return ExitCode.FAILED;
    }
    out.println(toJson(n));
    out.flush();
    return ExitCode.OK;
  }

  /**
   * The latest year a number may carry: this year in China. The library never reads the clock, the
   * command does, so that {@code 京B2-20990286} is refused today.
   */
  static Year latestPlausibleYear() {
    return Year.now(ZoneId.of("Asia/Shanghai"));
  }

  static String toJson(LicenseNumber n) {
    return fields(new Json(), n).toString();
  }

  /** Adds the number's fields to {@code json}; fields absent from the number are omitted, as the contract asks. */
  static Json fields(Json json, LicenseNumber n) {
    json.field("number", n.toString())
        .field("kind", n.kind().name())
        .field("issuer", n.issuer())
        .field("region", n.region());
    if (n.isForeignInvested()) {
      json.field("foreignInvested", true);
    }
    if (n.isIcp()) {
      json.field("icp", true);
    }
    if (!n.categories().isEmpty()) {
      json.field("categories", n.categories());
    }
    n.year().ifPresent(y -> json.field("year", y));
    json.field("serial", n.serial());
    n.site().ifPresent(s -> json.field("site", s));
    n.siteType().ifPresent(t -> json.field("siteType", String.valueOf(t)));
    return json;
  }
}
