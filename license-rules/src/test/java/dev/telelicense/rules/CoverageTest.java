package dev.telelicense.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.telelicense.model.Province;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** 业务覆盖范围 as printed on a grant. */
class CoverageTest {

  @Test
  void readsNationwideOneProvinceAndLists() {
    assertEquals(new Coverage(true, Set.of(), null, "全国"), Coverage.of("全国"));
    assertEquals(new Coverage(false, Set.of(Province.JIANGSU), null, "江苏省"), Coverage.of("江苏省"));
    assertEquals(new Coverage(false, Set.of(Province.BEIJING, Province.SHANGHAI, Province.GUANGDONG), null,
        "北京、上海和广东"), Coverage.of("北京、上海和广东"));
    assertEquals(new Coverage(false, Set.of(Province.BEIJING, Province.INNER_MONGOLIA), null,
        "北京市，内蒙古自治区"), Coverage.of("北京市，内蒙古自治区"));
  }

  @Test
  void anItemNamingNoProvinceMakesItUnreadable() {
    assertEquals("华北地区", Coverage.of("北京、华北地区").unreadable());
    assertEquals("北京市海淀区", Coverage.of("北京市海淀区").unreadable(), "a city is no coverage we can judge");
    assertEquals("、", Coverage.of("、").unreadable(), "no item at all");
  }
}
