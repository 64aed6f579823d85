import ArgumentParser

/// The file formats `ties export` writes.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
  /// GraphML (networkx, igraph, Gephi, yEd, Cytoscape).
  case graphml
  /// Graphviz DOT.
  case dot
  /// The interchange JSON of `shared/eval/SCHEMA.md`.
  case json
  /// networkx's node-link JSON (also read by Cytoscape.js).
  case nodelink
  /// GEXF 1.3, Gephi's native format.
  case gexf

  /// The name of the file in `exports/` when only `--format` is given.
  var defaultFileName: String {
    switch self {
    case .graphml: return "knowledge-graph.graphml"
    case .dot: return "knowledge-graph.dot"
    case .json: return "knowledge-graph.json"
    case .nodelink: return "knowledge-graph.node-link.json"
    case .gexf: return "knowledge-graph.gexf"
    }
  }

  /// The format a file name implies: `.graphml`, `.dot` or `.gv`, `.node-link.json`, `.json`,
  /// `.gexf`; nil for anything else.
  init?(fileName: String) {
    let name = fileName.lowercased()
    if name.hasSuffix(".graphml") {
      self = .graphml
    } else if name.hasSuffix(".dot") || name.hasSuffix(".gv") {
      self = .dot
    } else if name.hasSuffix(".node-link.json") {
      self = .nodelink
    } else if name.hasSuffix(".json") {
      self = .json
    } else if name.hasSuffix(".gexf") {
      self = .gexf
    } else {
      return nil
    }
  }
}

/// How `ties export` groups DOT nodes into clusters.
enum ClusterMode: String, ExpressibleByArgument, CaseIterable {
  case none
  case type
}
