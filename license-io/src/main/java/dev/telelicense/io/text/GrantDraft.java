package dev.telelicense.io.text;

import dev.telelicense.model.Grant;
import dev.telelicense.model.TelecomService;
import dev.telelicense.model.Website;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A grant (业务种类) while it is being read: filled clause by clause, then by the appendix. */
final class GrantDraft {
  final String name;
  final int line;
  @Nullable final TelecomService service;
  final List<String> limitedTo = new ArrayList<>();
  final List<String> excluding = new ArrayList<>();
  final List<String> including = new ArrayList<>();
  final List<String> coverage = new ArrayList<>();
  @Nullable String coverageByArea;
  final List<Website> websites = new ArrayList<>();

  GrantDraft(String name, int line, @Nullable TelecomService service) {
    this.name = name;
    this.line = line;
    this.service = service;
  }

  Grant build() {
    return Grant.builder()
        .name(name)
        .service(Optional.ofNullable(service))
        .addAllLimitedTo(limitedTo)
        .addAllExcluding(excluding)
        .addAllIncluding(including)
        .addAllCoverage(coverage)
        .coverageByArea(Optional.ofNullable(coverageByArea))
        .addAllWebsites(websites)
        .build();
  }
}
