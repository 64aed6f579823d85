/// A Graphviz layout engine Ties recommends.
public enum LayoutEngine: String, Sendable, Hashable, CaseIterable {
  /// Hierarchical; clusters and ranks; up to about 1,500 nodes.
  case dot
  /// Multilevel force-directed; thousands to tens of thousands of nodes.
  case sfdp
}

/// Which engine to draw a graph with, and what to tell the user when Graphviz is the wrong tool.
public struct LayoutRecommendation: Sendable, Hashable {
  public var engine: LayoutEngine
  /// A plain sentence for the CLI to print, or nil when the graph is a comfortable size.
  public var advice: String?

  /// `dot` up to 1,500 nodes, `sfdp` above; past 20,000 nodes also the advice to open the
  /// GraphML in Gephi or Cytoscape (measured: sfdp needs about 45 s at 10,000 nodes and
  /// about 2 minutes, without SVG, at 100,000).
  public static func forGraph(nodeCount: Int) -> LayoutRecommendation {
    if nodeCount <= 1_500 { return LayoutRecommendation(engine: .dot, advice: nil) }
    if nodeCount <= 20_000 { return LayoutRecommendation(engine: .sfdp, advice: nil) }
    return LayoutRecommendation(
      engine: .sfdp,
      advice: """
        The graph has \(nodeCount) nodes, more than Graphviz can lay out legibly (sfdp takes \
        minutes and the SVG is unreadable). Open the GraphML export in Gephi or Cytoscape \
        instead, or draw a neighbourhood with --focus NAME --radius K.
        """)
  }
}
