package dev.telelicense.examples;

import dev.telelicense.rules.Language;
import dev.telelicense.rules.Rule;
import dev.telelicense.rules.Rulebook;

/** List the rulebook: id, title in Chinese and English, and the provision each rule enforces. */
public final class ListRules {
  public static void main(String[] args) {
    for (Rule rule : Rulebook.standard().rules()) {
      System.out.println(rule.id() + " | " + rule.title(Language.ZH) + " | " + rule.title(Language.EN)
          + " | " + rule.enforces(Language.EN));
    }
  }
}
