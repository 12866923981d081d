package dev.telelicense.benchmarks;

import dev.telelicense.model.LicenseNumber;
import dev.telelicense.model.LicenseNumberMatch;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link LicenseNumber#findAll(CharSequence)} over a 1 MiB web page, against decoding the same UTF-8
 * bytes and splitting them into lines: the floor of anything that reads a page.
 */
@State(Scope.Benchmark)
public class FindBenchmark {
  /** The page's size in bytes. */
  static final int PAGE_BYTES = 1 << 20;

  private byte[] bytes;

  @Setup
  public void load() {
    bytes = page().getBytes(StandardCharsets.UTF_8);
    int found = LicenseNumber.findAll(new String(bytes, StandardCharsets.UTF_8)).size();
    if (found < 100) {
      throw new IllegalStateException("the page should hold hundreds of numbers; found " + found);
    }
  }

  @Benchmark
  public List<LicenseNumberMatch> find() {
    return LicenseNumber.findAll(new String(bytes, StandardCharsets.UTF_8));
  }

  @Benchmark
  public List<String> decodeAndSplit() {
    return new String(bytes, StandardCharsets.UTF_8).lines().toList();
  }

  /**
   * A portal's page: navigation, news items full of place names (every 京 of 北京 is a place where a
   * number could start), a product table, and a footer with licence, filing, 公网安备 and 网文 numbers,
   * repeated with other numbers until the page is 1 MiB of UTF-8.
   */
  static String page() {
    String[] places = {"北京", "天津", "上海", "广州", "深圳", "杭州", "南京", "成都", "重庆", "西安"};
    String[] provinces = {"京", "沪", "粤", "浙", "苏", "川", "渝", "陕", "鲁", "闽"};
    StringBuilder b = new StringBuilder(PAGE_BYTES / 2);
    b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>示例门户</title>\n")
        .append("<script>var cfg = {\"b2b\": true, \"region\": \"京津冀\"};</script></head><body>\n");
    int size = b.toString().getBytes(StandardCharsets.UTF_8).length;
    for (int i = 0; size < PAGE_BYTES; i++) {
      String place = places[i % places.length];
      String p = provinces[i % provinces.length];
      StringBuilder c = new StringBuilder(1024);
      c.append("<nav class=\"top\"><a href=\"/news\">新闻</a>&nbsp;|&nbsp;<a href=\"/b2b\">B2B 采购</a>&nbsp;|&nbsp;")
          .append("<a href=\"/city/").append(i).append("\">").append(place).append("频道</a></nav>\n")
          .append("<article><h2>").append(place).append("市发布2025年第").append(i % 12 + 1)
          .append("季度数字经济报告</h2>\n<p>据").append(place).append("市通信管理局消息，截至2025年")
          .append(i % 12 + 1).append("月底，全市互联网数据中心机架数达到").append(10000 + i)
          .append("个，同比增长").append(i % 30).append("%。京津冀、长三角、粤港澳大湾区协同发展，")
          .append("B1、B2类增值电信业务经营者数量稳步增加。</p>\n")
          .append("<table><tr><td>型号 AB2-").append(2000 + i).append("</td><td>￥").append(199 + i)
          .append("</td><td>").append(place).append("仓发货</td></tr></table></article>\n")
          .append("<footer><p>&copy; 2025 ").append(place).append("示例网络科技有限公司 版权所有</p>\n<p>")
          .append("增值电信业务经营许可证：").append(p).append("B2-20").append(10 + i % 15)
          .append(String.format("%04d", i % 10000)).append("&nbsp;&nbsp;<a href=\"https://beian.miit.gov.cn/\">")
          .append(p).append("ICP备").append(10000000 + i).append("号-").append(i % 9 + 1).append("</a>&nbsp;")
          .append(p).append("公网安备 ").append(11010502030000L + i).append("号 ")
          .append(p).append("网文（2019）").append(1000 + i % 9000).append("-086号</p></footer>\n");
      size += c.toString().getBytes(StandardCharsets.UTF_8).length;
      b.append(c);
    }
    return b.append("</body></html>\n").toString();
  }
}
