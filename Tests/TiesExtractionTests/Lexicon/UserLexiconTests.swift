import Foundation
import Testing
import TiesExtraction
import TiesModel
import TiesTestSupport

@Suite("User lexicon")
struct UserLexiconTests {
  private func lexicon(_ yaml: String, in directory: TemporaryDirectory) throws -> Lexicon {
    let path = directory.appending("lexicon.yaml")
    try yaml.write(toFile: path, atomically: true, encoding: .utf8)
    return try Lexicon.load(userFile: path)
  }

  private static let article = """
    Hanbit Group opened a battery plant in Gumi. Hanbit Holdings owns the site.
    The Vision Council praised Blue Harbor on Friday.
    """

  @Test("without a user lexicon")
  func builtInOnly() throws {
    let facts = try Harness.facts(Self.article)
    let names = Set(facts.entities.map(\.name))
    #expect(names.contains("Hanbit Group"))
    #expect(names.contains("Hanbit Holdings"))
    #expect(facts.entities.contains(.association("Vision Council")))
    #expect(!names.contains("Blue Harbor"))
    let extraction = try Harness.extract(Self.article)
    #expect(extraction.misses.map(\.text).contains("Blue Harbor"))
  }

  @Test("aliases merge, types force, ignores drop")
  func userEntries() throws {
    let directory = try TemporaryDirectory()
    let lexicon = try lexicon(
      """
      aliases:
        Hanbit Holdings: [Hanbit Group]
      types:
        Blue Harbor: place
      ignore:
        - Vision Council
      """, in: directory)
    let result = try Harness.resolve([("article.txt", Self.article)], lexicon: lexicon)
    let hanbit = result.graph.entities.filter { $0.name.hasPrefix("Hanbit") }
    #expect(hanbit.count == 1)
    #expect(hanbit.first.map { Set([$0.name] + $0.aliases) } == ["Hanbit Holdings", "Hanbit Group"])
    let facts = Harness.facts(of: result.graph)
    #expect(facts.entities.contains(.place("Blue Harbor")))
    #expect(!facts.entities.map(\.name).contains("Vision Council"))
    #expect(result.extractions.allSatisfy { !$0.misses.map(\.text).contains("Blue Harbor") })
  }

  @Test("a missing user file means the built-in lexicon")
  func missingFile() throws {
    let directory = try TemporaryDirectory()
    let lexicon = try Lexicon.load(userFile: directory.appending("lexicon.yaml"))
    #expect(lexicon.userAliases.isEmpty && lexicon.userTypes.isEmpty && lexicon.userIgnored.isEmpty)
    #expect(lexicon.roleTitles == (try Harness.lexicon()).roleTitles)
  }

  @Test("malformed YAML is a bad lexicon with its line")
  func malformed() throws {
    let directory = try TemporaryDirectory()
    let path = directory.appending("lexicon.yaml")
    try "aliases:\n  Hanbit Holdings: [Hanbit Group\ntypes:\n  Blue Harbor: place\n".write(
      toFile: path, atomically: true, encoding: .utf8)
    let error = try #require(throws: ExtractionError.self) { try Lexicon.load(userFile: path) }
    guard case .badLexicon(let location, _) = error else {
      Issue.record("expected badLexicon, got \(error)")
      return
    }
    #expect(location.path == path)
    #expect(location.line == 3)  // where the unclosed "[" meets the next key
    #expect(error.description.hasPrefix("\(path):\(location.line):"))
  }

  @Test(
    "a lexicon of the wrong shape is refused",
    arguments: [
      "- just\n- a list\n", "alias:\n  A: [B]\n", "types:\n  Blue Harbor: planet\n",
    ])
  func wrongShape(_ yaml: String) throws {
    let directory = try TemporaryDirectory()
    let path = directory.appending("lexicon.yaml")
    try yaml.write(toFile: path, atomically: true, encoding: .utf8)
    let error = try #require(throws: ExtractionError.self) { try Lexicon.load(userFile: path) }
    guard case .badLexicon(let location, _) = error else {
      Issue.record("expected badLexicon, got \(error)")
      return
    }
    #expect(location.path == path)
  }
}
