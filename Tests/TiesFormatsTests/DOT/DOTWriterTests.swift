import Foundation
import Testing
import TiesModel

@testable import TiesFormats

@Suite struct DOTWriterTests {
  @Test func fixtureGraphMatchesGolden() throws {
    let folder = try TemporaryFolder()
    try DOTWriter.write(FixtureGraph.graph, to: folder.file("fixture.dot"))
    try assertGolden(try folder.read("fixture.dot"), named: "fixture.dot")
  }

  @Test func clusteredByTypeMatchesGolden() throws {
    let text = DOTWriter.render(FixtureGraph.graph, options: DOTOptions(clustering: .byType, legend: false))
    try assertGolden(Data(text.utf8), named: "fixture-by-type.dot")
  }

  @Test func clusteredByCommunity() {
    let communities: [EntityID: Int] = ["c-at-t": 1, "p-ann-a-muller": 1, "ev-node": 0]
    let text = DOTWriter.render(
      FixtureGraph.graph, options: DOTOptions(clustering: .byCommunity(communities), legend: false))
    #expect(text.contains("subgraph \"cluster_0\" {\n    label=\"community 0\";"))
    #expect(text.contains("subgraph \"cluster_1\" {\n    label=\"community 1\";"))
    #expect(text.hasPrefix("digraph \"ties\" {"))
  }

  @Test(arguments: [
    ("Ann \"A\" \\ Müller", "Ann \\\"A\\\" \\\\ Müller"),
    ("C:\\Net \\N \\G", "C:\\\\Net \\\\N \\\\G"),
    ("trail\\", "trail\\\\"),
    ("two\nlines\r\nand\rmore", "two\\nlines\\nand\\nmore"),
    ("tab\there", "tab here"),
    ("ctl\u{01}\u{7F}\u{FFFE}x", "ctlx"),
    ("🚀 김윤 トヨタ", "🚀 김윤 トヨタ"),
  ])
  func labelsAreEscaped(_ input: String, _ expected: String) {
    #expect(DOTText.escaped(input) == expected)
  }

  @Test func keywordsAndOddNamesAreDistinctQuotedIDs() {
    let names = ["node", "Graph", "strict", "subgraph", "1abc", "a-b", "a:b", "-1.5", "", "edge"]
    let ids = names.map(DOTText.quotedID)
    #expect(Set(ids).count == names.count)
    #expect(ids.allSatisfy { $0.hasPrefix("\"") && $0.hasSuffix("\"") })
  }

  @Test func longLabelsAreCutBelowTheScannerLimit() {
    let label = DOTText.escaped(String(repeating: "é\"", count: 20_000))
    #expect(label.utf8.count < 16_384)
    #expect(label.hasSuffix("…"))
    #expect(!label.hasSuffix("\\…"))
    let id = DOTText.quotedID(String(repeating: "x", count: 20_000))
    #expect(id.utf8.count < 1_000 && id != DOTText.quotedID(String(repeating: "x", count: 20_001)))
  }

  @Test func parallelEdgesStayTwoEdges() {
    let text = DOTWriter.render(FixtureGraph.graph)
    let lines = text.split(separator: "\n").filter { $0.contains("\"p-ann-a-muller\" -> \"c-at-t\"") }
    #expect(lines.count == 2)
    #expect(text.hasPrefix("digraph \"ties\" {"))
  }

  @Test func layoutRecommendationBySize() {
    #expect(LayoutRecommendation.forGraph(nodeCount: 1_500) == .init(engine: .dot, advice: nil))
    #expect(LayoutRecommendation.forGraph(nodeCount: 1_501) == .init(engine: .sfdp, advice: nil))
    let big = LayoutRecommendation.forGraph(nodeCount: 20_001)
    #expect(big.engine == .sfdp && big.advice?.contains("Gephi or Cytoscape") == true)
  }
}
