package dev.telelicense.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.CharBuffer;

/** Reads an input file as strict UTF-8 text, refusing what is not a text file with one clear line. */
final class TextFiles {
  /**
   * The largest file read at all. Documents are limited to 1 MiB of characters; in UTF-8 a Chinese
   * character takes three bytes, so 4 MiB of bytes leaves room without reading a huge file.
   */
  static final long MAX_BYTES = 4L << 20;

  private TextFiles() {}

  static String read(Path file) {
    return decode(readBytes(file), file.toString());
  }

  /**
   * Reads {@code file} in {@code charset}; UTF-8 goes through {@link #read(Path)}.
   *
   * @throws UnusableInputException when it cannot be read, is too large or is not in that encoding
   */
  static String read(Path file, Charset charset) {
    return decode(readBytes(file), file.toString(), charset);
  }

  /** Reads standard input (named {@code name} in messages) with the same limits as a file. */
  static String read(InputStream in, String name, Charset charset) {
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UnusableInputException(name + ": error: cannot read: " + e.getMessage());
    }
    if (bytes.length > MAX_BYTES) {
      throw new UnusableInputException(name + ": error: too large (more than " + MAX_BYTES
          + " bytes; the limit is " + MAX_BYTES + " bytes)");
    }
    return decode(bytes, name, charset);
  }

  private static String decode(byte[] bytes, String name, Charset charset) {
    if (charset.equals(StandardCharsets.UTF_8)) {
      return decode(bytes, name);
    }
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    String text;
    try {
      text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new UnusableInputException(name + ": error: not valid " + charset.name());
    }
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      throw new UnusableInputException(name + ": error: contains a NUL character at character " + nul
          + "; not a text file");
    }
    return text;
  }

  private static String decode(byte[] bytes, String file) {
    int start = hasBom(bytes) ? 3 : 0;
    for (int i = start; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new UnusableInputException(file + ": error: contains a NUL byte at byte " + i + "; not a text file");
      }
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new UnusableInputException(file + ": error: not valid UTF-8 at byte " + in.position());
    }
    try {
      result = decoder.flush(out);
      if (result.isError()) {
        result.throwException();
      }
    } catch (CharacterCodingException e) {
      throw new UnusableInputException(file + ": error: not valid UTF-8 at byte " + in.position());
    }
    out.flip();
    return out.toString();
  }

  private static byte[] readBytes(Path file) {
    try {
      if (Files.isDirectory(file)) {
        throw new UnusableInputException(file + ": error: is a directory, not a file");
      }
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new UnusableInputException(file + ": error: too large (" + size + " bytes; the limit is "
            + MAX_BYTES + " bytes)");
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new UnusableInputException(file + ": error: no such file");
    } catch (IOException e) {
      throw new UnusableInputException(file + ": error: cannot read: " + e.getMessage());
    }
  }

  private static boolean hasBom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }
}
