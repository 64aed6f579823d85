import Foundation
import Testing

@testable import TiesCLI

@Suite("export")
struct ExportTests {
  @Test("without --format and --out, the targets are exports/knowledge-graph.graphml and .dot")
  func defaultTargets() throws {
    let export = try Export.parse([])
    #expect(export.targets.map(\.path) == ["exports/knowledge-graph.graphml", "exports/knowledge-graph.dot"])
    #expect(export.targets.map(\.format) == [.graphml, .dot])
  }

  @Test("the default export writes both the GraphML and the DOT file")
  func defaultWritesBoth() throws {
    let workspace = try Workspace.built()
    let folder = workspace.root.appending("exports")
    let run = try workspace.run("export", "--out-dir", folder)
    #expect(run.status == 0)
    let graphml = try FormatsFixture.text(folder + "/knowledge-graph.graphml")
    let dot = try FormatsFixture.text(folder + "/knowledge-graph.dot")
    #expect(graphml.contains("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""))
    #expect(graphml.contains("Korea Battery Industry Council"))
    #expect(dot.hasPrefix("digraph \"ties\" {\n"))
    #expect(dot.contains("\"a-korea-battery-industry-council\""))
    #expect(run.output.contains("wrote \(folder)/knowledge-graph.graphml ("))
    #expect(run.output.contains("wrote \(folder)/knowledge-graph.dot ("))
    let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    let picture = ExportPictureTests.graphvizInstalled ? ["knowledge-graph.svg"] : []
    #expect(
      names == ["knowledge-graph.dot", "knowledge-graph.graphml"] + picture, "no temporary file is left")
  }

  @Test(
    "each --format writes its file",
    arguments: [
      ("graphml", "<graphml "), ("dot", "digraph \"ties\""), ("json", "\"relations\": ["),
      ("nodelink", "\"multigraph\": true"), ("gexf", "<gexf "),
    ])
  func eachFormat(_ format: String, _ marker: String) throws {
    let workspace = try Workspace.built()
    let out = workspace.root.appending("graph-out." + format)
    let run = try workspace.run("export", "--format", format, "--out", out)
    #expect(run.status == 0)
    let text = try FormatsFixture.text(out)
    #expect(text.contains(marker))
    #expect(text.contains("Lim Dong-hyun"))
  }

  @Test("--out alone takes the format from the file name")
  func formatFromName() throws {
    let workspace = try Workspace.built()
    for (name, marker) in [
      ("g.gv", "digraph"), ("g.node-link.json", "\"multigraph\""), ("g.json", "\"documents\""),
    ] {
      let out = workspace.root.appending(name)
      #expect(try workspace.run("export", "--out", out).status == 0)
      #expect(try FormatsFixture.text(out).contains(marker), "\(name)")
    }
  }

  @Test(
    "--focus and --radius keep a neighbourhood, edges taken either way",
    arguments: [
      ("1", ["c-bolt", "p-ann"], ["p-ann affiliated_with c-bolt"]),
      ("2", ["c-bolt", "p-ann", "p-cho"], ["p-ann affiliated_with c-bolt", "p-cho affiliated_with c-bolt"]),
      (
        "3", ["c-bolt", "ev-dawn", "p-ann", "p-cho"],
        ["p-ann affiliated_with c-bolt", "p-cho affiliated_with c-bolt", "p-cho attended ev-dawn"]
      ),
      ("0", ["p-ann"], []),
    ])
  func focus(_ radius: String, _ entities: [String], _ relations: [String]) throws {
    let workspace = try Workspace()
    let input = try FormatsFixture.write(FormatsFixture.chain, "chain.graphml", in: workspace)
    #expect(try workspace.run("import", input).status == 0)
    let out = workspace.root.appending("focus.json")
    let run = try workspace.run("export", "--focus", "ann lee", "--radius", radius, "--out", out)
    #expect(run.status == 0)
    let got = try FormatsFixture.contents(ofInterchange: out)
    #expect(got.entities == entities)
    #expect(got.relations.sorted() == relations)
  }

  @Test("--type keeps the entities of those types and the relations among them")
  func types() throws {
    let workspace = try Workspace()
    let input = try FormatsFixture.write(FormatsFixture.chain, "chain.graphml", in: workspace)
    let out = workspace.root.appending("typed.json")
    #expect(try CLI.run(["export", "--from", input, "--type", "person", "--out", out]).status == 0)
    var got = try FormatsFixture.contents(ofInterchange: out)
    #expect(got.entities == ["p-ann", "p-cho", "p-eve"])
    #expect(got.relations.isEmpty)
    #expect(
      try CLI.run(["export", "--from", input, "--type", "person", "company", "--out", out]).status == 0)
    got = try FormatsFixture.contents(ofInterchange: out)
    #expect(got.entities == ["c-bolt", "p-ann", "p-cho", "p-eve"])
    #expect(got.relations.sorted() == ["p-ann affiliated_with c-bolt", "p-cho affiliated_with c-bolt"])
    let both = ["--focus", "Cho Min su", "--radius", "1", "--type", "event"]
    #expect(try CLI.run(["export", "--from", input, "--out", out] + both).status == 0)
    got = try FormatsFixture.contents(ofInterchange: out)
    #expect(got.entities == ["ev-dawn", "p-cho"], "the focus stays")
    #expect(got.relations == ["p-cho attended ev-dawn"])
    let typo = try StandardError.capture {
      try CLI.run(["export", "--from", input, "--type", "persn", "--out", out])
    }
    #expect(typo.result.status == 0)
    #expect(
      typo.text.contains("warning: no entity has the type 'persn' (the graph has: company, event, person)"))
  }

  @Test("an ambiguous or unknown focus lists the candidates and exits with 3")
  func focusNotFound() throws {
    let workspace = try Workspace()
    let input = try FormatsFixture.write(FormatsFixture.chain, "chain.graphml", in: workspace)
    let out = workspace.root.appending("x.dot")
    let (ambiguous, message) = try StandardError.capture {
      try CLI.run(["export", "--from", input, "--focus", "ms lee", "--out", out])
    }
    #expect(ambiguous.status == 3)
    #expect(message.contains("error: 'ms lee' is ambiguous; candidates:\n  p-ann\tperson\tAnn Lee"))
    #expect(message.contains("  p-eve\tperson\tEve Lee"))
    #expect(try workspace.run("import", input).status == 0)
    #expect(try workspace.run("export", "--focus", "Ms Lee", "--out", out).status == 3)
    #expect(try workspace.run("export", "--focus", "Nobody", "--out", out).status == 3)
    #expect(!FileManager.default.fileExists(atPath: out), "nothing is written")
    #expect(try workspace.run("export", "--focus", "p-eve", "--out", out).status == 0, "an id works too")
  }

  @Test(
    "impossible combinations are usage errors",
    arguments: [
      ["--radius", "2"], ["--focus", "x", "--radius", "-1"], ["--out", "graph.txt"],
      ["--format", "graphml", "--cluster", "type"], ["--out", "a.dot", "--out-dir", "b"],
    ])
  func refused(_ arguments: [String]) throws {
    #expect(try CLI.run(["export"] + arguments).status == 64)
  }

  @Test("--cluster type groups the DOT nodes by type")
  func clusterByType() throws {
    let workspace = try Workspace()
    let input = try FormatsFixture.write(FormatsFixture.chain, "chain.graphml", in: workspace)
    let out = workspace.root.appending("c.dot")
    #expect(try CLI.run(["export", "--from", input, "--cluster", "type", "--out", out]).status == 0)
    let dot = try FormatsFixture.text(out)
    #expect(dot.contains("subgraph \"cluster_0\" {\n    label=\"person\";"))
  }

  @Test("--from converts a GraphML file without a store, streaming GraphML to GraphML")
  func fromFile() throws {
    let workspace = try Workspace()
    let input = try FormatsFixture.write(FormatsFixture.chain, "chain.graphml", in: workspace)
    let streamed = workspace.root.appending("streamed.graphml")
    let run = try CLI.run(["export", "--from", input, "--out", streamed])
    #expect(run.status == 0)
    #expect(run.output == "wrote \(streamed) (5 nodes, 3 edges)\n")
    let again = workspace.root.appending("again.graphml")
    #expect(try CLI.run(["export", "--from", streamed, "--format", "graphml", "--out", again]).status == 0)
    #expect(
      try FormatsFixture.read(again) == FormatsFixture.read(streamed), "a Ties file re-streams unchanged")
    let dot = workspace.root.appending("chain.dot")
    #expect(try CLI.run(["export", "--from", input, "--out", dot]).status == 0)
    #expect(try FormatsFixture.text(dot).contains("\"p-cho\" -> \"ev-dawn\" [label=\"attended\""))
    #expect(!FileManager.default.fileExists(atPath: workspace.graph), "no store is created")
  }

  @Test("a DOT export past 20,000 nodes gets a note advising Gephi or Cytoscape")
  func layoutAdvice() {
    let note = ExportWriting.layoutNote(nodeCount: 20_049)
    #expect(
      note?.hasPrefix("note: The graph has 20049 nodes, more than Graphviz can lay out legibly") == true)
    #expect(note?.contains("Gephi or Cytoscape") == true)
    #expect(ExportWriting.layoutNote(nodeCount: 5_000) == nil)
  }
}
