import Foundation
import Testing

@testable import TiesCLI

@Suite("generate")
struct GenerateTests {
  @Test("generate writes the synthetic graph and prints its counts")
  func counts() throws {
    let workspace = try Workspace()
    let out = workspace.root.appending("s.graphml")
    let run = try CLI.run(["generate", "--people", "200", "--seed", "7", "--out", out])
    #expect(run.status == 0)
    let text = try FormatsFixture.text(out)
    let nodes = FormatsFixture.count("<node id=", in: text)
    let edges = FormatsFixture.count("<edge id=", in: text)
    #expect(nodes == 200 + 40 + 4 + 2)
    #expect(edges > 200)
    #expect(run.output == "wrote \(out) (\(nodes) nodes, \(edges) edges)\n")
    let again = workspace.root.appending("t.graphml")
    #expect(try CLI.run(["generate", "--people", "200", "--seed", "7", "--out", again]).status == 0)
    #expect(try FormatsFixture.read(again) == FormatsFixture.read(out), "same seed, same bytes")
    let other = workspace.root.appending("u.graphml")
    #expect(try CLI.run(["generate", "--people", "200", "--seed", "8", "--out", other]).status == 0)
    #expect(try FormatsFixture.read(other) != FormatsFixture.read(out))
  }

  @Test("the generated file imports and exports through --from")
  func importsBack() throws {
    let workspace = try Workspace()
    let out = workspace.root.appending("s.graphml")
    #expect(try CLI.run(["generate", "--people", "100", "--out", out]).status == 0)
    let run = try workspace.run("import", out)
    #expect(run.status == 0)
    #expect(run.output.hasPrefix("documents: 0\nentities: 123\n  person: 100\n  company: 20\n"))
  }

  @Test("--people is required and not negative")
  func refused() throws {
    #expect(try CLI.run(["generate", "--out", "x.graphml"]).status == 64)
    #expect(try CLI.run(["generate", "--people", "-3", "--out", "x.graphml"]).status == 64)
  }
}
