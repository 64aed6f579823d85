import Foundation
import Testing

@testable import TiesCLI

@Suite("import")
struct ImportTests {
  @Test("import replaces the graph and prints the counts")
  func importPrintsStats() throws {
    let workspace = try Workspace.built([("a.txt", Articles.battery)])
    let input = try FormatsFixture.write(FormatsFixture.chain, "chain.graphml", in: workspace)
    let run = try workspace.run("import", input)
    #expect(run.status == 0)
    #expect(
      run.output == """
        documents: 0
        entities: 5
          person: 3
          company: 1
          event: 1
        relations: 3
          affiliated_with: 2
          attended: 1
        mentions: 0
        misses: 0

        """)
    #expect(try workspace.run("show", "Cho Min-su").output.contains("→ attended Dawn Forum"))
  }

  @Test("export, import, export gives the same GraphML bytes")
  func roundTrip() throws {
    let workspace = try Workspace.built()
    let first = workspace.root.appending("first.graphml")
    #expect(try workspace.run("export", "--out", first).status == 0)
    let other = try Workspace()
    #expect(try other.run("import", first).status == 0)
    let second = workspace.root.appending("second.graphml")
    #expect(try other.run("export", "--out", second).status == 0)
    #expect(try FormatsFixture.read(first) == FormatsFixture.read(second))
    let fromFile = workspace.root.appending("third.graphml")
    #expect(
      try CLI.run([
        "export", "--from", first, "--type", "person", "company", "association", "event", "place",
        "government", "agreement", "--out", fromFile,
      ]).status == 0)
    #expect(
      try FormatsFixture.read(first) == FormatsFixture.read(fromFile), "read into memory and written again")
  }

  @Test("an undirected graph imports with a warning")
  func undirected() throws {
    let workspace = try Workspace()
    let text = FormatsFixture.chain.replacingOccurrences(
      of: "edgedefault=\"directed\"", with: "edgedefault=\"undirected\"")
    let input = try FormatsFixture.write(text, "u.graphml", in: workspace)
    let (run, message) = try StandardError.capture { try workspace.run("import", input) }
    #expect(run.status == 0)
    #expect(message.contains("\(input): warning: the graph is undirected"))
  }

  @Test("a missing file is an input error naming the file")
  func missingFile() throws {
    let workspace = try Workspace()
    let path = workspace.root.appending("nope.graphml")
    let (run, message) = try StandardError.capture { try workspace.run("import", path) }
    #expect(run.status == 1)
    #expect(message.contains(path))
    let (export, exportMessage) = try StandardError.capture {
      try CLI.run(["export", "--from", path, "--out", workspace.root.appending("x.dot")])
    }
    #expect(export.status == 1)
    #expect(exportMessage.contains(path))
  }

  @Test(
    "malformed GraphML is an input error at path:line:col, and the store is left alone",
    arguments: [
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n<graph>\n<node id=\"a\">\n</graph>",
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n<graph>\n  <node id=\"a\"/>\n  <node id=\"a\"/>\n</graph></graphml>",
      "<?xml version=\"1.0\"?>\n<!DOCTYPE g [<!ENTITY x \"y\">]>\n<graphml><graph/></graphml>",
    ])
  func malformed(_ text: String) throws {
    let workspace = try Workspace.built([("a.txt", Articles.battery)])
    let before = try workspace.run("stats").output
    let input = try FormatsFixture.write(text, "bad.graphml", in: workspace)
    let (run, message) = try StandardError.capture { try workspace.run("import", input) }
    #expect(run.status == 1)
    #expect(
      message.range(of: input + #":\d+:\d+: error: "#, options: .regularExpression) != nil, "\(message)")
    #expect(try workspace.run("stats").output == before)
  }
}
