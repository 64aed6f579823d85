import Foundation
import Testing
import TiesModel

@testable import TiesCLI

@Suite("show, entities, misses, extract")
struct QueryTests {
  @Test("show prints an entity, its relations and the sentences behind them")
  func show() throws {
    let workspace = try Workspace.built()
    let run = try workspace.run("show", "lim dong hyun")
    #expect(run.status == 0)
    #expect(
      run.output == """
        Lim Dong-hyun [person] p-lim-donghyun
          mentions: 1
          → affiliated_with (chairman) Korea Battery Industry Council, as of 2025-04-08
              a.txt#3 [title-before-name]: KBIC Chairman Lim Dong-hyun and Vice Chairman Baek Seung-ho \
        welcomed Fujita Kenji, president of Nanko Heavy Industries.
          → attended 3rd Korea-Japan Battery Forum
              a.txt#3 [participation]: KBIC Chairman Lim Dong-hyun and Vice Chairman Baek Seung-ho \
        welcomed Fujita Kenji, president of Nanko Heavy Industries.

        """)
  }

  @Test("show finds an entity by its alias or its id")
  func showByAlias() throws {
    let workspace = try Workspace.built()
    let byAlias = try workspace.run("show", "KBIC")
    #expect(byAlias.status == 0)
    #expect(
      byAlias.output.hasPrefix(
        "Korea Battery Industry Council [association] a-korea-battery-industry-council\n"))
    #expect(byAlias.output.contains("  also: KBIC\n"))
    #expect(byAlias.output.contains("  ← Baek Seung-ho affiliated_with (vice chairman), as of 2025-04-08\n"))
    let byID = try workspace.run("show", "p-fujita-kenji")
    #expect(byID.status == 0)
    #expect(byID.output.hasPrefix("Fujita Kenji [person] p-fujita-kenji\n"))
  }

  @Test("show on an ambiguous or unknown name fails with exit code 3", arguments: ["Kim", "Nobody Here"])
  func showFails(_ name: String) throws {
    let workspace = try Workspace.built()
    let run = try workspace.run("show", name)
    #expect(run.status == 3)
    #expect(run.output.isEmpty)
  }

  @Test("entities filters by type and text")
  func entities() throws {
    let workspace = try Workspace.built()
    let run = try workspace.run("entities", "--type", "person", "--match", "kim")
    #expect(run.status == 0)
    #expect(run.output == "p-kim-doyeon\tperson\tKim Do-yeon\np-kim-seojun\tperson\tKim Seo-jun\n")
    #expect(try workspace.run("entities", "--type", "planet").status == 64)
  }

  @Test("misses lists the untyped spans of one document, not capitalized sentence openers")
  func misses() throws {
    let workspace = try Workspace()
    try workspace.write(
      "c.txt", "Port visit\nMay 2, 2025\nDelegates toured Blue Harbor with Kim Do-yeon on Friday.\n")
    #expect(try workspace.run("build", workspace.articles).status == 0)
    let run = try workspace.run("misses", "c.txt")
    #expect(run.status == 0)
    #expect(run.output == "c.txt#0 [40-51] Blue Harbor\n")
  }

  @Test("extract --format json prints documents, entities and relations")
  func extractJSON() throws {
    let workspace = try Workspace()
    try workspace.write("a.txt", Articles.battery)
    try workspace.write("b.txt", Articles.steel)
    let run = try workspace.run("extract", "--format", "json", workspace.articles)
    #expect(run.status == 0)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
    #expect(Set(json.keys) == ["documents", "entities", "relations"])
    #expect(json["documents"] as? [String] == ["a.txt", "b.txt"])
    let entities = try #require(json["entities"] as? [[String: Any]])
    let relations = try #require(json["relations"] as? [[String: Any]])
    #expect(entities.count == 13)
    #expect(relations.count == 11)
    let ids = Set(entities.compactMap { $0["id"] as? String })
    for relation in relations {
      #expect(ids.contains(relation["subject"] as? String ?? ""))
      #expect(ids.contains(relation["object"] as? String ?? ""))
      #expect(!((relation["evidence"] as? [Any]) ?? []).isEmpty)
    }
    let fujita = try #require(entities.first { $0["name"] as? String == "Fujita Kenji" })
    #expect(fujita["type"] as? String == "person")
    let evidence = try #require((fujita["evidence"] as? [[String: Any]])?.first)
    let start = try #require(evidence["start"] as? Int)
    let end = try #require(evidence["end"] as? Int)
    let text = Array(Articles.battery.unicodeScalars)
    #expect(String(String.UnicodeScalarView(text[start..<end])) == "Fujita Kenji")
    #expect(!FileManager.default.fileExists(atPath: workspace.graph + "/ties.sqlite"))
  }
}
