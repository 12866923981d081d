package dev.telelicense.rules;

import dev.telelicense.model.CopyNotice;
import dev.telelicense.model.Grant;
import dev.telelicense.model.ImmutableProvision;
import dev.telelicense.model.License;
import dev.telelicense.model.LicenseNumber;
import dev.telelicense.model.Provision;
import dev.telelicense.model.ServiceCatalog;
import dev.telelicense.model.Website;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The four sample licences of {@code examples/licenses}, built with the model builders; the examples
 * module's {@code JavaTwinsTest} holds each equal to what the text parser reads from the sample. The special provisions are the
 * seeds' texts with page headers removed ({@code seed-NNN-provisions.txt}, one provision, item or
 * unnumbered paragraph per line), so the rules meet the real wording and numbering:
 *
 * <ul>
 *   <li>{@link #seed000()} and {@link #seed002()}: the app-store paragraph inside （十）, 13 items;
 *   <li>{@link #seed001()}: the app-store paragraph its own item （十一）, 14 items;
 *   <li>{@link #seed003()}: B21 items under 十五 and B25 items under 十六, dates unreadable.
 * </ul>
 */
final class SeedLicenses {
  private SeedLicenses() {}

  /** 网站接入服务提供单位 of every site of 京ICP证150746号. */
  private static final String WANGSU = "北京网宿科技有限公司";

  private static final Pattern TOP = Pattern.compile("^([一二三四五六七八九十]+)、(.*)$");
  private static final Pattern ITEM = Pattern.compile("^（([一二三四五六七八九十]+)）(?:（适用于(.+?)）)?(.*)$");

  /** 京ICP证150746号 — ICP licence, B25 without search and instant messaging. */
  static License seed000() {
    return License.builder().number(LicenseNumber.parse("京ICP证150746号"))
        .licensee("北京序禄信息科技有限公司").legalRepresentative("毕建军")
        .issuedOn(LocalDate.of(2025, 3, 5)).validUntil(LocalDate.of(2025, 6, 10))
        .addGrant(infoServices(List.of("信息搜索查询服务", "信息即时交互服务"),
            site("易鑫", "北京市朝阳区容达路7号中国电科太极信息技术产业园D栋", WANGSU, "yixincapital.com"),
            site("易鑫集团", "北京市朝阳区容达路7号中国电科太极信息技术产业园D栋", WANGSU, "yixincars.com"),
            site("易鑫租赁", "北京市朝阳区容达路7号中国电科太极信息技术产业园D栋", WANGSU, "yixinqiche.com"),
            site("易鑫信息", "北京市朝阳区容达路7号中国电科太极信息技术产业园D栋", WANGSU, "yxqiche.com", "daikuan.com")))
        .provisions(provisions("seed-000-provisions.txt"))
        .build();
  }

  /** 京B2-20190486 — older template: 信息社区服务 alias excluded, app store its own item （十一）. */
  static License seed001() {
    return License.builder().number(LicenseNumber.parse("京B2-20190486"))
        .licensee("北京淘车科技有限公司").legalRepresentative("王剑炜")
        .issuedOn(LocalDate.of(2020, 1, 8)).validUntil(LocalDate.of(2024, 3, 6))
        .addGrant(infoServices(List.of("信息搜索查询服务", "信息社区服务", "信息即时交互服务", "信息保护和加工处理服务"),
            site("淘车二手车", "北京市朝阳区酒仙桥东路1号院5号楼3层", "北京世纪互联宽带数据中心有限公司", "etaoche.cn")))
        .provisions(provisions("seed-001-provisions.txt"))
        .build();
  }

  /** 京B2-20240286 — like seed 000, valid 2024-01-25 to 2029-01-25; a copy stamped for one use. */
  static License seed002() {
    return License.builder().number(LicenseNumber.parse("京B2-20240286"))
        .licensee("北京懂车帝科技有限公司").legalRepresentative("马骏")
        .issuedOn(LocalDate.of(2024, 1, 25)).validUntil(LocalDate.of(2029, 1, 25))
        .addGrant(infoServices(List.of("信息搜索查询服务", "信息即时交互服务"),
            site("懂车聚光", "北京市朝阳区来广营中路甲一号朝来高科技产业园18号院12号楼2层",
                "中联云港数据科技股份有限公司", "dongchejuguang.com")))
        .provisions(provisions("seed-002-provisions.txt"))
        .copyNotice(CopyNotice.builder().purpose("懂车聚光首页信息变更").validUntil(LocalDate.of(2024, 3, 27))
            .build())
        .build();
  }

  /** 京B2-20252223 — B21 and B25, issue and expiry dates unreadable in the scan. */
  static License seed003() {
    Website site = site("北京踏行天际科技发展有限公司", "北京市昌平区北七家镇九厂路中国电信大厦", "阿里云计算有限公司", "serve24h.com");
    return License.builder().number(LicenseNumber.parse("京B2-20252223"))
        .licensee("北京踏行天际科技发展有限公司").legalRepresentative("乔庆军")
        .addGrant(Grant.builder().service(ServiceCatalog.standard().byCode("B21").orElseThrow())
            .name("在线数据处理与交易处理业务").addLimitedTo("经营类电子商务")
            .addExcluding("网络借贷信息中介类的互联网金融业务").addWebsite(site).build())
        .addGrant(infoServices(List.of("信息搜索查询服务", "信息即时交互服务"), site))
        .provisions(provisions("seed-003-provisions.txt"))
        .build();
  }

  /** Seed 003 with readable dates, for the rules that need them. */
  static License seed003Dated(LocalDate issued, LocalDate validUntil) {
    return dev.telelicense.model.ImmutableLicense.copyOf(seed003()).withIssuedOn(issued).withValidUntil(validUntil);
  }

  static Grant infoServices(List<String> excluding, Website... sites) {
    return Grant.builder().service(ServiceCatalog.standard().byCode("B25").orElseThrow())
        .name("信息服务业务").addLimitedTo("互联网信息服务").excluding(excluding).addWebsites(sites).build();
  }

  static Website site(String name, String serverLocation, String accessProvider, String... domains) {
    return Website.builder().name(name).addDomains(domains).serverLocation(serverLocation)
        .accessProvider(accessProvider).build();
  }

  /** Reads the fixture format: {@code 一、…} a provision, {@code （一）…} an item, other lines paragraphs. */
  static List<Provision> provisions(String resource) {
    List<Provision> result = new ArrayList<>();
    ImmutableProvision.Builder top = null;
    List<Provision> items = new ArrayList<>();
    ImmutableProvision.Builder item = null;
    StringBuilder topText = new StringBuilder();
    StringBuilder itemText = new StringBuilder();
    for (String line : read(resource).split("\n", -1)) {
      if (line.isBlank()) {
        continue;
      }
      Matcher t = TOP.matcher(line);
      Matcher i = ITEM.matcher(line);
      if (t.matches()) {
        if (item != null) {
          items.add(item.text(itemText.toString()).build());
          item = null;
        }
        if (top != null) {
          result.add(top.text(topText.toString()).items(items).build());
        }
        items = new ArrayList<>();
        top = Provision.builder().number(result.size() + 1).label(t.group(1));
        topText = new StringBuilder(t.group(2));
      } else if (i.matches()) {
        if (item != null) {
          items.add(item.text(itemText.toString()).build());
        }
        item = Provision.builder().number(items.size() + 1).label("（" + i.group(1) + "）");
        if (i.group(2) != null) {
          item.appliesTo(i.group(2));
        }
        itemText = new StringBuilder(i.group(3));
      } else if (item != null) {
        itemText.append('\n').append(line);
      } else {
        topText.append('\n').append(line);
      }
    }
    if (item != null) {
      items.add(item.text(itemText.toString()).build());
    }
    if (top != null) {
      result.add(top.text(topText.toString()).items(items).build());
    }
    return result;
  }

  private static String read(String resource) {
    try (InputStream in = SeedLicenses.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
