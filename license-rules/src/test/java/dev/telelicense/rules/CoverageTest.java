package dev.telelicense.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telelicense.model.Place;
import dev.telelicense.model.Places;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 业务覆盖范围 as printed on a grant. */
class CoverageTest {
  private static final Places PLACES = Places.standard();

  private static Place place(String name) {
    return PLACES.named(name).orElseThrow();
  }

  @Test
  void readsNationwideProvincesCitiesAndPrefectures() {
    assertEquals(new Coverage(true, List.of(), null, "全国"), Coverage.of(List.of("全国")));
    assertEquals(new Coverage(false, List.of(place("江苏省")), null, "江苏省"), Coverage.of(List.of("江苏省")));
    assertEquals(new Coverage(false, List.of(place("北京市"), place("内蒙古自治区")), null, "北京、内蒙古自治区"),
        Coverage.of(List.of("北京", "内蒙古自治区")));
    Coverage idc = Coverage.of(List.of("上海市", "广州市", "延边朝鲜族自治州"));
    assertTrue(idc.unreadable() == null);
    assertEquals(Coverage.Where.INSIDE, idc.where(place("上海市")));
    assertEquals(Coverage.Where.INSIDE, idc.where(place("延吉市")));
    assertEquals(Coverage.Where.OUTSIDE, idc.where(place("深圳市")));
    assertEquals(Coverage.Where.OUTSIDE, idc.where(place("北京市")));
    assertEquals(Coverage.Where.UNDECIDED, idc.where(place("广东省")), "which city of 广东 is not said");
  }

  @Test
  void aRegionNamingNoPlaceMakesItUnreadable() {
    assertEquals("华北地区", Coverage.of(List.of("北京", "华北地区")).unreadable());
    assertEquals("北京市海淀区", Coverage.of(List.of("北京市海淀区")).unreadable(), "a district is no coverage we judge");
  }
}
