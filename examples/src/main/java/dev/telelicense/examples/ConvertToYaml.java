package dev.telelicense.examples;

import dev.telelicense.io.document.JsonDocuments;
import dev.telelicense.io.document.YamlDocuments;
import dev.telelicense.io.text.LicenseTextParser;
import dev.telelicense.model.License;

/** Convert a licence to YAML and JSON and read both back: the same value comes out. */
public final class ConvertToYaml {
  public static void main(String[] args) {
    License license = LicenseTextParser.standard()
        .parse(Samples.read(Samples.license("jing-b2-20190486.txt"))).value().orElseThrow();
    String yaml = YamlDocuments.standard().writeLicense(license);
    System.out.print(yaml.lines().limit(8).map(l -> l + "\n").reduce("", String::concat));
    License fromYaml = YamlDocuments.standard().readLicense(yaml);
    License fromJson = JsonDocuments.standard().readLicense(JsonDocuments.standard().writeLicense(license));
    System.out.println("same after YAML: " + fromYaml.equals(license) + ", after JSON: " + fromJson.equals(license));
  }
}
