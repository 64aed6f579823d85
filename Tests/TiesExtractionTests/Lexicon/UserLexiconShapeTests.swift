import Foundation
import Testing
import TiesExtraction
import TiesModel
import TiesTestSupport

/// Lexicon files of odd shapes. The first cases are what FuzzLexicon found (issue 14): a mapping
/// key that is not text (a flow sequence inside a mapping) made Yams's constructor trap on a
/// force unwrap, ending `ties build` with a crash instead of an error.
@Suite("User lexicon shapes")
struct UserLexiconShapeTests {
  private func parse(_ yaml: String) throws -> UserLexicon {
    try UserLexicon.parse(Array(yaml.utf8), path: "lexicon.yaml")
  }

  @Test(
    "a key that is not text is an error with its place, not a crash",
    arguments: [
      // Minimized from Fuzz/.build/crashes/FuzzLexicon-crash-c645f173… (a mutated acronyms.yaml).
      ("aliases:\n  OECD: {name: OECD, [Organisation for Economic Co-operation]}\n", 2, 9),
      ("? [a, b]\n: c\n", 1, 3),
      ("types:\n  {[x]: y}: place\n", 2, 3),
      ("aliases:\n  ? [a]\n  : [b]\n", 2, 5),
      ("ignore:\n  - {[x]: y}\n", 2, 5),
    ])
  func keysThatAreNotText(_ yaml: String, line: Int, column: Int) throws {
    let error = try #require(throws: ExtractionError.self) { try parse(yaml) }
    guard case .badLexicon(let location, _) = error else {
      Issue.record("expected badLexicon, got \(error)")
      return
    }
    #expect(location.path == "lexicon.yaml")
    #expect(location.line == line)
    #expect(location.column == column)
  }

  @Test("the same through Lexicon.load, from a file")
  func fromFile() throws {
    let directory = try TemporaryDirectory()
    let path = directory.appending("lexicon.yaml")
    try "aliases:\n  A: {[x]: y}\n".write(toFile: path, atomically: true, encoding: .utf8)
    let error = try #require(throws: ExtractionError.self) { try Lexicon.load(userFile: path) }
    #expect(error.description.hasPrefix("\(path):2:6: error: bad lexicon: "))
  }

  @Test("empty values count as none; one name may stand without a list")
  func emptyValues() throws {
    #expect(try parse("") == UserLexicon())
    #expect(try parse("aliases:\ntypes: ~\nignore: null\n") == UserLexicon())
    let lexicon = try parse("aliases:\n  Korea-Japan Economic Association: KJEA\nignore: Covid-19\n")
    #expect(
      lexicon.aliases == [
        "korea-japan economic association": "Korea-Japan Economic Association",
        "kjea": "Korea-Japan Economic Association",
      ])
    #expect(lexicon.ignored == ["covid-19"])
  }

  @Test("an alias under two names resolves the same way on every run: the last name in order")
  func conflictingAliases() throws {
    let lexicon = try parse("aliases:\n  Zeta Corp: [ZC]\n  Alpha Corp: [ZC]\n")
    #expect(lexicon.aliases["zc"] == "Zeta Corp")
  }
}
