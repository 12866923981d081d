package dev.telelicense.model;

import org.immutables.value.Value;

/**
 * 设施 — where a service's facilities stand: an IDC machine room (机房, B11), a CDN node (B12), a VPN or
 * internet access point of presence (B13, B14), a B21 platform.
 */
@Value.Immutable
public abstract class Facility {

  // Package-private: only the generated ImmutableFacility extends this class.
  Facility() {}

  /**
   * The service the facility serves, as a catalogue code or name ({@code B11}, {@code 互联网数据中心业务}).
   *
   * @return the service as written in the facts
   */
  public abstract String service();

  /**
   * 所在地 — its address, e.g. {@code 上海市浦东新区张江路1号}; the places it names decide where it is.
   *
   * @return the location as written
   */
  public abstract String location();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableFacility.Builder builder() {
    return ImmutableFacility.builder();
  }

  @Value.Check
  void check() {
    if (service().isBlank() || location().isBlank()) {
      throw new IllegalStateException("a facility needs a service and a location");
    }
  }
}
