package dev.telelicense.io.text;

import dev.telelicense.model.ServiceCatalog;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 业务列表 — splits {@code 信息搜索查询服务、信息社区服务、信息即时交互服务和信息保护和加工处理服务。} into
 * its items: on {@code 、 , ， ; ；}, and on a {@code 和} that joins two catalogue names, so that a name
 * which itself contains 和 ({@code 信息保护和加工处理服务}) stays whole. Items are kept as printed.
 */
final class ServiceListSplitter {
  /** Longer items are never catalogue names joined by 和; bounds the search. */
  private static final int MAX_SPLIT_CHARS = 120;

  private final ServiceCatalog catalog;

  ServiceListSplitter(ServiceCatalog catalog) {
    this.catalog = catalog;
  }

  List<String> split(String list) {
    List<String> items = new ArrayList<>();
    String text = Cjk.withoutFinalStop(list);
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || "、,，;；".indexOf(text.charAt(i)) >= 0) {
        String item = Cjk.withoutFinalStop(text.substring(start, i));
        if (!item.isEmpty()) {
          items.addAll(splitOnAnd(item));
        }
        start = i + 1;
      }
    }
    return items;
  }

  /** The item split where 和 joins catalogue names, or the item whole when it cannot be. */
  private List<String> splitOnAnd(String item) {
    if (item.indexOf('和') < 0 || item.length() > MAX_SPLIT_CHARS || isCatalogued(item)) {
      return List.of(item);
    }
    List<String> parts = catalogueNames(item, 0);
    return parts == null ? List.of(item) : parts;
  }

  /** {@code text[from..]} as catalogue names joined by 和, or null. */
  @Nullable
  private List<String> catalogueNames(String text, int from) {
    String rest = text.substring(from);
    if (isCatalogued(rest) && from > 0) {
      return new ArrayList<>(List.of(rest));
    }
    for (int and = text.indexOf('和', from + 1); and >= 0; and = text.indexOf('和', and + 1)) {
      String left = text.substring(from, and);
      if (!isCatalogued(left)) {
        continue;
      }
      List<String> tail = catalogueNames(text, and + 1);
      if (tail != null) {
        tail.add(0, left);
        return tail;
      }
    }
    return null;
  }

  private boolean isCatalogued(String name) {
    return !name.isEmpty() && catalog.find(name).isPresent();
  }

  /** {@code 第二类增值电信业务中的信息服务业务} → {@code 信息服务业务}: the category is implied by the service. */
  static String withoutCategoryPrefix(String name) {
    int of = name.indexOf("中的");
    if (name.startsWith("第") && of > 0 && name.substring(0, of).endsWith("电信业务")) {
      return name.substring(of + 2);
    }
    return name;
  }
}
