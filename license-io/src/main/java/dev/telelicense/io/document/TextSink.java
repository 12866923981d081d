package dev.telelicense.io.document;

import java.io.Writer;
import java.util.Arrays;

/**
 * Where a generator writes a document: an unsynchronised, growable {@code char[]} that becomes the
 * document text, ending in a newline, in one copy. A {@link java.io.StringWriter} synchronises every
 * write and, with the newline added after, copied the whole document twice. One per write; not
 * thread-safe.
 */
final class TextSink extends Writer {
  /** Licence documents run to tens of kilobytes; starting here spares the first few doublings. */
  private static final int INITIAL_CHARS = 16 * 1024;

  private char[] chars = new char[INITIAL_CHARS];
  private int length;

  @Override
  public void write(char[] source, int offset, int count) {
    ensure(count);
    System.arraycopy(source, offset, chars, length, count);
    length += count;
  }

  @Override
  public void write(String source, int offset, int count) {
    ensure(count);
    source.getChars(offset, offset + count, chars, length);
    length += count;
  }

  @Override
  public void write(int c) {
    ensure(1);
    chars[length++] = (char) c;
  }

  private void ensure(int more) {
    if (more > chars.length - length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + more));
    }
  }

  /** What was written, with a final {@code \n} added unless it already ends in one. */
  String textEndingInNewline() {
    if (length == 0 || chars[length - 1] != '\n') {
      write('\n');
    }
    return new String(chars, 0, length);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
