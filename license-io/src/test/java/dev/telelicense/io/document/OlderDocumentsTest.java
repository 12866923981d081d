package dev.telelicense.io.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telelicense.model.Grant;
import dev.telelicense.model.License;
import dev.telelicense.model.OperatingFacts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Documents written before coverage was a list and before items had a field of their own. */
class OlderDocumentsTest {
  private static final String HEAD = "{\"number\": \"B1-20210517\", \"licensee\": \"北京示例云联科技有限公司\", \"grants\": [";

  @Test
  void aSingleCoverageStringIsReadAsItsRegions() {
    License l = JsonDocuments.standard().readLicense(HEAD
        + "{\"service\": \"B11\", \"name\": \"互联网数据中心业务\", \"coverage\": \"北京、上海，延边朝鲜族自治州\"}]}");
    assertEquals(List.of("北京", "上海", "延边朝鲜族自治州"), l.grants().get(0).coverage());
    String written = JsonDocuments.standard().writeLicense(l);
    assertTrue(written.contains("\"coverage\": ["), written);
    assertEquals(l, JsonDocuments.standard().readLicense(written));
  }

  @Test
  void anItemWrittenAsTheServiceIsReadAsServiceAndItem() {
    Grant g = JsonDocuments.standard().readLicense(HEAD
        + "{\"service\": \"国内呼叫中心业务\", \"name\": \"国内呼叫中心业务\", \"coverage\": [\"全国\"]}]}").grants().get(0);
    assertEquals("B24", g.service().orElseThrow().key());
    assertEquals("国内呼叫中心业务", g.item().orElseThrow().key());
    String written = JsonDocuments.standard().writeLicense(JsonDocuments.standard()
        .readLicense(HEAD + "{\"service\": \"B24\", \"item\": \"国内呼叫中心业务\", \"name\": \"国内呼叫中心业务\"}]}"));
    assertTrue(written.contains("\"item\": \"国内呼叫中心业务\""), written);
  }

  @Test
  void anItemOfAnotherServiceIsRefused() {
    assertThrows(DocumentException.class, () -> JsonDocuments.standard().readLicense(HEAD
        + "{\"service\": \"B11\", \"item\": \"国内呼叫中心业务\", \"name\": \"x\"}]}"));
  }

  @Test
  void facilitiesAreReadAndWritten() {
    OperatingFacts f = YamlDocuments.standard().readFacts(
        "facilities: [{service: B11, location: 上海市浦东新区张江路1号}, {service: 内容分发网络业务, location: 广州}]\n");
    assertEquals("上海市浦东新区张江路1号", f.facilities().orElseThrow().get(0).location());
    assertEquals(f, YamlDocuments.standard().readFacts(YamlDocuments.standard().writeFacts(f)));
    assertThrows(DocumentException.class, () -> YamlDocuments.standard().readFacts(
        "facilities: [{service: 量子云业务, location: 上海市}]\n"));
  }
}
