package dev.telelicense.cli;

/**
 * The few lines of JSON the {@code number} command prints, written by hand so that decoding a number
 * does not load a JSON library: the CLI's quickest command stays quick.
 */
final class Json {
  private final StringBuilder out = new StringBuilder(128).append('{');
  private boolean first = true;

  Json field(String name, String value) {
    key(name);
    quote(value);
    return this;
  }

  Json field(String name, long value) {
    key(name);
    out.append(value);
    return this;
  }

  Json field(String name, boolean value) {
    key(name);
    out.append(value);
    return this;
  }

  Json field(String name, Iterable<String> values) {
    key(name);
    out.append('[');
    boolean firstValue = true;
    for (String v : values) {
      if (!firstValue) {
        out.append(',');
      }
      quote(v);
      firstValue = false;
    }
    out.append(']');
    return this;
  }

  @Override
  public String toString() {
    return out + "}";
  }

  private void key(String name) {
    if (!first) {
      out.append(',');
    }
    first = false;
    quote(name);
    out.append(':');
  }

  private void quote(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }
}
