package dev.telelicense.io.document;

import com.fasterxml.jackson.core.util.BufferRecycler;
import java.io.Writer;
import java.util.Arrays;

/**
 * Where a generator writes a document: an unsynchronised, growable {@code char[]} that becomes the
 * document text, ending in a newline, in one copy. A {@link java.io.StringWriter} synchronises every
 * write and, with the newline added after, copied the whole document twice. One per write; not
 * thread-safe.
 *
 * <p>The array is borrowed from the factory's {@link BufferRecycler} (Jackson's per-thread pool, which
 * its own parsers and generators use) and handed back by {@link #release}: a fresh 32 KiB array per
 * write, zeroed by the JVM, was a fifth of the time of writing a licence.
 */
final class TextSink extends Writer {
  /** Licence documents run to about 6 Ki chars; starting here spares the first few doublings. */
  private static final int INITIAL_CHARS = 16 * 1024;
  /**
   * The largest array handed back for reuse: a rare huge document should not stay in every thread's
   * pool for good.
   */
  private static final int MAX_KEPT_CHARS = 256 * 1024;
  private static final int SLOT = BufferRecycler.CHAR_TEXT_BUFFER;

  private final BufferRecycler recycler;
  private char[] chars;
  private int length;

  TextSink(BufferRecycler recycler) {
    this.recycler = recycler;
    this.chars = recycler.allocCharBuffer(SLOT, INITIAL_CHARS);
  }

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

  /** Hands the array back to the pool; the sink must not be used after. */
  void release() {
    if (chars.length <= MAX_KEPT_CHARS) {
      recycler.releaseCharBuffer(SLOT, chars);
    }
    chars = null;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
