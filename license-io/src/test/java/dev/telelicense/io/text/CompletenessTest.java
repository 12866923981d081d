package dev.telelicense.io.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.telelicense.io.ReadResult;
import dev.telelicense.model.Gap;
import dev.telelicense.model.License;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 完整性 — what each licence text lacks, named: every sample, every variant, and the variants written
 * for this check (a licence cut to its main page, cut inside 九, a page of provisions lost, a last item
 * cut mid-word, a text ending in a page header, an ICP licence without its appendix, an IDC licence
 * that has no appendix and needs none).
 */
class CompletenessTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "/licenses/jing-icp-150746.txt              | ''",
      "/licenses/jing-b2-20190486.txt             | ''",
      "/licenses/jing-b2-20240286.txt             | ''",
      "/licenses/jing-b2-20252223.txt             | ''",
      "/variants/shanghai_idc_only.txt            | ''",
      "/variants/jiangsu_main_page_only.txt       | PROVISIONS_MISSING; APPENDIX_MISSING 信息服务业务",
      "/variants/hubei_cut_in_provision_nine.txt  | NUMBERING_STOPS 十至十四; TEXT_CUT_OFF 九;"
          + " SERVICE_PROVISION_MISSING 信息服务业务",
      "/variants/sichuan_page_of_provisions_removed.txt | NUMBERING_SKIPS 八至十三",
      "/variants/guangdong_last_item_cut.txt      | TEXT_CUT_OFF 十五（十三）",
      "/variants/zhejiang_ends_in_page_header.txt | TEXT_CUT_OFF 十五（九）",
      "/variants/beijing_icp_without_appendix.txt | APPENDIX_MISSING 信息服务业务",
      // The variants written for other checks are cut short: what they lack is named too.
      "/variants/guangdong_two_grants_crlf.txt    | NUMBERING_STOPS 四至十四;"
          + " SERVICE_PROVISION_MISSING 在线数据处理与交易处理业务",
      "/variants/miit_b1_nationwide.txt           | NUMBERING_STOPS 三至十四; SERVICE_PROVISION_MISSING 信息服务业务",
      "/variants/zhejiang_side_by_side.txt        | NUMBERING_STOPS 四至十四; SERVICE_PROVISION_MISSING 信息服务业务",
      "/variants/damaged_copy_notice.txt          | PROVISIONS_MISSING; APPENDIX_MISSING 信息服务业务",
  })
  void gapsAreNamed(String path, String expected) {
    ReadResult<License> result = LicenseTextParser.standard().parse(Fixtures.resource(path));
    List<Gap> gaps = Fixtures.licenseOf(result).gaps();
    assertEquals(expected.strip(), gaps.stream().map(g -> (g.kind() + " " + g.detail()).strip())
        .collect(Collectors.joining("; ")), gaps::toString);
    // Each gap is one diagnostic of the same name, an error exactly when the gap is one.
    List<String> reported = result.diagnostics().stream()
        .filter(d -> gaps.stream().anyMatch(g -> g.kind().name().equals(d.code())))
        .map(d -> d.code() + " " + d.severity()).toList();
    assertEquals(gaps.stream().map(g -> g.kind() + " " + g.severity()).toList(), reported);
  }
}
