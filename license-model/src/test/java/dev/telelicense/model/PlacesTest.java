package dev.telelicense.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlacesTest {
  private static final Places PLACES = Places.standard();

  @Test
  void theTableHoldsEveryProvinceAndThePrefectures() {
    assertEquals(31, PLACES.all().stream().filter(p -> p.kind() == Place.Kind.PROVINCE).count());
    assertTrue(PLACES.all().stream().filter(p -> p.kind() == Place.Kind.PREFECTURE).count() > 330);
    for (Province p : Province.values()) {
      assertEquals(p, PLACES.provinceOf(PLACES.named(p.fullName()).orElseThrow()));
    }
  }

  @ParameterizedTest(name = "{0} is {1} in {2}")
  @CsvSource({"延边朝鲜族自治州, 延边朝鲜族自治州, JILIN", "兴安盟, 兴安盟, INNER_MONGOLIA", "阿里地区, 阿里地区, TIBET",
      "广州, 广州市, GUANGDONG", "北京, 北京市, BEIJING", "济源市, 济源市, HENAN"})
  void coverageItemsNamePlaces(String printed, String name, Province province) {
    Place p = PLACES.named(printed).orElseThrow();
    assertEquals(name, p.name());
    assertEquals(province, PLACES.provinceOf(p));
  }

  @Test
  void unknownNamesAreNoPlace() {
    assertEquals(Optional.empty(), PLACES.named("火星"));
    assertEquals(Optional.empty(), PLACES.named("互联网数据中心业务"));
  }

  @ParameterizedTest(name = "{0} is in {1}")
  @CsvSource({"上海市浦东新区张江路1号, 上海市", "广东省深圳市南山区科技园, 深圳市", "江苏省昆山市花桥镇, 昆山市",
      "上海市黄浦区山东中路10号, 上海市", "深圳市福田区, 深圳市", "内蒙古呼和浩特市赛罕区, 呼和浩特市",
      "吉林省延边朝鲜族自治州延吉市, 延吉市", "浙江杭州市西湖区, 杭州市"})
  void anAddressIsWhereItsLeadingPlacesSay(String address, String place) {
    assertEquals(place, PLACES.locate(address).orElseThrow().name());
  }

  @Test
  void anAddressNamingNoPlaceIsNowhere() {
    assertEquals(Optional.empty(), PLACES.locate("张江高科技园区3号楼"));
  }

  @Test
  void placesAreFoundAtTheirLongestName() {
    assertEquals(List.of("吉林省", "吉林市"), PLACES.in("吉林省吉林市船营区").stream().map(Place::name).toList());
    Place suzhou = PLACES.named("苏州市").orElseThrow();
    assertTrue(PLACES.contains(PLACES.named("江苏省").orElseThrow(), PLACES.named("昆山市").orElseThrow()));
    assertTrue(PLACES.contains(suzhou, PLACES.named("昆山市").orElseThrow()));
  }
}
