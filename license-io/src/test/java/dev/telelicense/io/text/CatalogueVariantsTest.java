package dev.telelicense.io.text;

import static dev.telelicense.io.text.Fixtures.licenseOf;
import static dev.telelicense.io.text.Fixtures.parseResource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telelicense.io.Diagnostic;
import dev.telelicense.io.ReadResult;
import dev.telelicense.io.Severity;
import dev.telelicense.model.Grant;
import dev.telelicense.model.License;
import dev.telelicense.model.ServiceCatalog;
import dev.telelicense.model.TelecomService;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Variant licences for the services beyond the samples': B1 only, A2.B1.B2, SP only. */
class CatalogueVariantsTest {
  private static final ServiceCatalog CATALOG = ServiceCatalog.standard();

  private static List<String> codes(License l) {
    return l.grants().stream().map(g -> g.service().flatMap(TelecomService::code).orElse("?")).toList();
  }

  private static List<Diagnostic> errors(ReadResult<License> r) {
    return r.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
  }

  @Test
  void aB1LicenceInTheRegistersFormWithOldNamesAndAreasWithTheirOwnItems() {
    ReadResult<License> r = parseResource("/variants/miit_b1_register_form.txt");
    assertEquals(List.of(), errors(r));
    License l = licenseOf(r);
    assertEquals(List.of("B11", "B12", "B13", "B14"), codes(l));
    assertEquals("因特网数据中心业务", l.grants().get(0).name());
    assertEquals(List.of("北京市", "上海市", "广州市", "延边朝鲜族自治州"), l.grants().get(0).coverage());
    assertEquals(List.of("全国"), l.grants().get(1).coverage());
    Grant isp = l.grants().get(3);
    assertEquals(6, isp.coverage().size());
    assertEquals(List.of(), isp.excluding());
    assertTrue(isp.coverageByArea().orElseThrow().endsWith("不含网站接入"));
    assertTrue(r.diagnostics().stream().anyMatch(DiagnosticCode.COVERAGE_BY_AREA::matches));
    assertTrue(l.grants(CATALOG.find("互联网数据中心业务").orElseThrow()), "因特网数据中心业务 is IDC");
  }

  @Test
  void anA2B1B2LicenceHoldsBasicAndValueAddedServices() {
    ReadResult<License> r = parseResource("/variants/miit_a2_b1_b2.txt");
    assertEquals(List.of(), errors(r));
    License l = licenseOf(r);
    assertEquals("A2.B1.B2-20200031", l.number().toString());
    assertEquals(List.of("A23", "A24", "B11", "B24", "B25"), codes(l).stream()
        .map(c -> c.contains("-") ? c.substring(0, c.indexOf('-')) : c).toList());
    assertTrue(l.grants().get(0).service().orElseThrow().isBasic());
    assertTrue(l.grants().get(1).service().orElseThrow().isBasic());
    assertFalse(l.grants().get(2).service().orElseThrow().isBasic());
    assertEquals(List.of("北京市", "天津市", "河北省"), l.grants().get(2).coverage());
    assertEquals(Optional.of(CATALOG.find("国内呼叫中心业务").orElseThrow()), l.grants().get(3).item());
    assertEquals(List.of("全国"), l.grants().get(3).coverage());
    assertEquals(List.of("互联网信息服务"), l.grants().get(4).limitedTo());
    assertFalse(l.grants(CATALOG.find("移动网信息服务").orElseThrow()));
  }

  @Test
  void anSpLicenceIsNoInternetInformationLicence() {
    ReadResult<License> r = parseResource("/variants/guangdong_sp_only.txt");
    assertEquals(List.of(), Fixtures.apartFromGaps(r).diagnostics(), "no appendix is asked of an SP licence");
    License l = licenseOf(r);
    Grant sp = l.grants().get(0);
    assertEquals(List.of("固定网电话信息服务", "互联网信息服务"), sp.excluding());
    assertEquals(List.of("广东省"), sp.coverage());
    assertTrue(l.grants(CATALOG.find("移动网信息服务").orElseThrow()));
    assertTrue(l.grants(CATALOG.find("移动网信息服务中的信息发布平台和递送服务").orElseThrow()));
    assertFalse(l.grants(CATALOG.find("互联网信息服务").orElseThrow()));
    assertFalse(l.grants(CATALOG.find("固定网电话信息服务").orElseThrow()));
    assertEquals(3, l.provisions().get(l.provisions().size() - 1).items().size());
  }
}
