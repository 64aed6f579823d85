import Foundation
import Testing

@testable import TiesCLI

/// The sample corpus, found from this file: Tests/TiesCLITests/Formats/ → ../../../corpus.
private let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("corpus").path

@Suite("export --path")
struct ExportPathTests {
  /// A store built from corpus/.
  private func built() throws -> Workspace {
    let workspace = try Workspace()
    #expect(try workspace.run("build", corpus).status == 0)
    return workspace
  }

  /// The lines of captured standard error that Ties printed: the test runner writes its
  /// progress there too, between them.
  private func diagnostics(_ text: String) -> [String] {
    text.split(separator: "\n").map(String.init).filter { line in
      line.hasPrefix("error: ") || (line.hasPrefix("  ") && line.contains("] "))
    }
  }

  private func export(_ workspace: Workspace, _ arguments: [String]) throws -> CLI.Run {
    try CLI.run(["export", "--graph", workspace.graph] + arguments)
  }

  /// Kobayashi Ken (JCCI, Busan meeting) to Toyoda Akio (Tokyo roundtable): through Chey
  /// Tae-won, who attended both meetings.
  private static let entities = [
    "ev-12-korea-japan-chambers-of-commerce-chairpersons-meeting-2023",
    "ev-korea-japan-business-roundtable-2023", "p-akio-toyoda", "p-chey-taewon", "p-ken-kobayashi",
  ]
  private static let relations = [
    "p-akio-toyoda attended ev-korea-japan-business-roundtable-2023",
    "p-chey-taewon attended ev-12-korea-japan-chambers-of-commerce-chairpersons-meeting-2023",
    "p-chey-taewon attended ev-korea-japan-business-roundtable-2023",
    "p-ken-kobayashi attended ev-12-korea-japan-chambers-of-commerce-chairpersons-meeting-2023",
  ]

  @Test("keeps the entities of the path `ties path` prints and the relations it walks")
  func keepsThePath() throws {
    let workspace = try built()
    let out = workspace.root.appending("path.json")
    let run = try export(workspace, ["--path", "Kobayashi Ken", "Toyoda Akio", "--out", out])
    #expect(run.status == 0)
    #expect(run.output == "wrote \(out) (5 nodes, 4 edges)\n")
    let got = try FormatsFixture.contents(ofInterchange: out)
    #expect(got.entities == Self.entities)
    #expect(got.relations == Self.relations)
    let path = try workspace.run("path", "Kobayashi Ken", "Toyoda Akio")
    #expect(path.output.hasPrefix("Ken Kobayashi → Akio Toyoda: 4 hops\n"), "the same path")
  }

  @Test(
    "works for every format",
    arguments: [
      ("graphml", "<node id=\"", "<edge "), ("dot", "\" [label=\"", " -> "),
      ("json", "\"aliases\"", "\"predicate\""),
      ("nodelink", "\"type\"", "\"predicate\""), ("gexf", "<node id=\"", "<edge "),
    ])
  func everyFormat(_ format: String, _ nodeMarker: String, _ edgeMarker: String) throws {
    let workspace = try built()
    let out = workspace.root.appending("path." + format)
    let run = try export(
      workspace, ["--path", "ken kobayashi", "Akio Toyoda", "--format", format, "--out", out])
    #expect(run.status == 0)
    let text = try FormatsFixture.text(out)
    for id in Self.entities { #expect(text.contains(id), "\(format): \(id)") }
    for name in ["Ken Kobayashi", "Chey Tae-won", "Akio Toyoda", "Korea-Japan Business Roundtable"] {
      #expect(text.contains(name), "\(format): \(name)")
    }
    #expect(!text.contains("Lee Jae-yong"), "\(format): an entity off the path")
    #expect(!text.contains("Korea Chamber of Commerce and Industry"), "\(format): an entity off the path")
    if format == "graphml" || format == "gexf" {
      #expect(FormatsFixture.count(nodeMarker, in: text) == 5, "\(format)")
      #expect(FormatsFixture.count(edgeMarker, in: text) == 4, "\(format)")
    }
  }

  @Test("--from a GraphML export of the store gives the same DOT file as the store")
  func fromFile() throws {
    let workspace = try built()
    let graphml = workspace.root.appending("all.graphml")
    #expect(try export(workspace, ["--out", graphml]).status == 0)
    let fromStore = workspace.root.appending("store.dot")
    let fromFile = workspace.root.appending("file.dot")
    #expect(
      try export(workspace, ["--path", "Kobayashi Ken", "Toyoda Akio", "--out", fromStore]).status == 0)
    let run = try CLI.run([
      "export", "--from", graphml, "--path", "KOBAYASHI KEN", "toyoda akio", "--out", fromFile,
    ])
    #expect(run.status == 0)
    #expect(try FormatsFixture.read(fromFile) == FormatsFixture.read(fromStore))
    let dot = try FormatsFixture.text(fromFile)
    #expect(
      dot.contains("\"p-chey-taewon\" -> \"ev-korea-japan-business-roundtable-2023\" [label=\"attended\""))
    #expect(FormatsFixture.count("[label=\"attended\"", in: dot) == 5, "four hops and the legend's edge")
  }

  @Test(
    "ambiguous and unknown names, and no path, print what `ties path` prints and exit with 3",
    arguments: [
      ["Kim", "Toyoda Akio"], ["Kobayashi Ken", "Kyung Kye-hyn"], ["Kyung Kye-hyun", "Toyoda Akio"],
      ["Nobody Atall", "Toyoda Akio"],
    ])
  func refusedNames(_ names: [String]) throws {
    let workspace = try built()
    let out = workspace.root.appending("x.dot")
    let exported = try StandardError.capture { try export(workspace, ["--path"] + names + ["--out", out]) }
    let path = try StandardError.capture { try CLI.run(["path", "--graph", workspace.graph] + names) }
    #expect(exported.result.status == 3)
    #expect(path.result.status == 3)
    #expect(diagnostics(exported.text) == diagnostics(path.text))
    #expect(diagnostics(exported.text).first?.hasPrefix("error: ") == true)
    #expect(!FileManager.default.fileExists(atPath: out), "nothing is written")
  }

  @Test("the messages name the candidates, the suggestion and the two ends")
  func messages() throws {
    let workspace = try built()
    let out = workspace.root.appending("x.dot")
    let ambiguous = try StandardError.capture {
      try export(workspace, ["--path", "Kim", "Akio", "--out", out])
    }
    let candidates = diagnostics(ambiguous.text)
    #expect(candidates.first == "error: 'Kim' is ambiguous; candidates:")
    #expect(candidates.contains("  Kim Yoon [person] p-kim-yoon"))
    #expect(candidates.count == 7)
    let typo = try StandardError.capture {
      try export(workspace, ["--path", "Kyung Kye-hyn", "Akio Toyoda", "--out", out])
    }
    #expect(
      diagnostics(typo.text) == [
        "error: no entity named 'Kyung Kye-hyn'; did you mean:", "  Kyung Kye-hyun [person] p-kyung-kyehyun",
      ])
    let apart = try StandardError.capture {
      try export(workspace, ["--path", "Kyung Kye-hyun", "Akio Toyoda", "--out", out])
    }
    #expect(
      diagnostics(apart.text) == [
        "error: no path from Kyung Kye-hyun [person] p-kyung-kyehyun to Akio Toyoda [person] p-akio-toyoda"
      ])
  }

  @Test("a path from an entity to itself is that entity alone")
  func toItself() throws {
    let workspace = try built()
    let out = workspace.root.appending("self.json")
    #expect(try export(workspace, ["--path", "Chey Tae-won", "Choi Tae-won", "--out", out]).status == 0)
    let got = try FormatsFixture.contents(ofInterchange: out)
    #expect(got.entities == ["p-chey-taewon"])
    #expect(got.relations.isEmpty)
  }

  @Test(
    "impossible combinations are usage errors",
    arguments: [
      ["--path", "a"], ["--path", "a", "b", "c"], ["--path", "a", "b", "--focus", "c"],
      ["--path", "a", "b", "--type", "person"], ["--path", "a", "b", "--radius", "2"],
    ])
  func refused(_ arguments: [String]) throws {
    #expect(try CLI.run(["export"] + arguments).status == 64)
  }
}
