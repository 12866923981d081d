package dev.telelicense.benchmarks;

/** The floor for a command's start: a JVM that starts, prints one line and exits. */
public final class Hello {
  private Hello() {}

  public static void main(String[] args) {
    System.out.println("hello");
  }
}
