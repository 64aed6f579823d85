import Foundation
import TiesFormats
import TiesModel
import TiesStore

/// The graph `ties export` writes: selected, with its direction and, from a store, the
/// extractions the interchange JSON shows as mention evidence.
struct ExportInput {
  var graph: KnowledgeGraph
  var directed: Bool
  var extractions: [DocumentExtraction]

  /// Reads the store in `global.graph`, or the GraphML file `from`, and applies `selection`
  /// centred on the entity `focus` names.
  /// - Throws: `StoreError`, `FormatsError`, `IndexError`; `ExitCode(3)` for an unknown or
  ///   ambiguous focus.
  static func load(
    global: GlobalOptions, from: String?, focus: String?, selection: GraphSelection, extractions: Bool
  ) throws -> ExportInput {
    var selection = selection
    if let from {
      let read = try GraphMLReader().readGraph(path: from)
      for warning in read.warnings { Diagnostics.note(warning.description) }
      selection.focus = try focus.map { try EntityLookup.entity(named: $0, in: read.graph) }
      warnAboutUnknownTypes(selection.types, in: read.graph)
      return ExportInput(graph: try selection.apply(to: read.graph), directed: read.directed, extractions: [])
    }
    let store = try global.existingStore()
    selection.focus = try focus.map { try EntityLookup.entity(named: $0, in: store).id }
    let graph = try store.graph()
    if graph.entities.isEmpty {
      Diagnostics.note("note: the graph in \(global.graph) is empty (build it with: ties build)")
    }
    warnAboutUnknownTypes(selection.types, in: graph)
    return ExportInput(
      graph: try selection.apply(to: graph), directed: true,
      extractions: extractions ? try store.extractions() : [])
  }

  /// Warns about each `--type` no entity has (most likely a typo), naming the types there are.
  private static func warnAboutUnknownTypes(_ types: Set<EntityType>, in graph: KnowledgeGraph) {
    let present = Set(graph.entities.map(\.type))
    let unknown = types.subtracting(present)
    if unknown.isEmpty || present.isEmpty { return }
    let known = present.map(\.rawValue).sorted().joined(separator: ", ")
    for type in unknown.sorted() {
      Diagnostics.note("warning: no entity has the type '\(type.rawValue)' (the graph has: \(known))")
    }
  }
}

/// Writes an `ExportInput` in one of the `ExportFormat`s.
enum ExportWriting {
  /// Writes `input` to `path` (through a temporary file renamed into place); for DOT, prints
  /// `LayoutRecommendation`'s advice on standard error when the graph is too large to draw.
  /// - Throws: `FormatsError`.
  static func write(_ input: ExportInput, as format: ExportFormat, to path: String, cluster: ClusterMode)
    throws
  {
    try createFolder(of: path)
    switch format {
    case .graphml:
      try GraphMLWriter.write(input.graph, to: path, directed: input.directed)
    case .dot:
      if let note = layoutNote(nodeCount: input.graph.entities.count) { Diagnostics.note(note) }
      let options = DOTOptions(clustering: cluster == .type ? .byType : .none)
      try DOTWriter.write(input.graph, to: path, options: options)
    case .json:
      try InterchangeJSON.write(input.graph, extractions: input.extractions, to: path)
    case .nodelink:
      try NodeLinkJSON.write(input.graph, to: path)
    case .gexf:
      try GEXFWriter.write(input.graph, to: path)
    }
  }

  /// Draws `graph` as an SVG picture at `path` with Graphviz (`GraphPicture`); returns false,
  /// after a note on standard error, when it is not drawn (Graphviz missing, graph too large).
  /// - Throws: `FormatsError` when the file cannot be written or Graphviz fails.
  static func draw(_ graph: KnowledgeGraph, to path: String) throws -> Bool {
    switch try GraphPicture.write(graph, to: path) {
    case .drawn: return true
    case .graphvizMissing(let engine):
      Diagnostics.note(
        "note: \(path) not drawn: Graphviz's `\(engine.rawValue)` is not on PATH; \(GraphPicture.installHint)"
      )
    case .tooLarge(let count):
      Diagnostics.note("note: \(path) not drawn: \(count) nodes are more than Graphviz lays out legibly")
    }
    return false
  }

  /// `LayoutRecommendation`'s advice for a DOT file of `nodeCount` nodes, as a note for
  /// standard error; nil when Graphviz draws such a graph well.
  static func layoutNote(nodeCount: Int) -> String? {
    LayoutRecommendation.forGraph(nodeCount: nodeCount).advice.map { "note: " + $0 }
  }

  /// Converts the GraphML file `from` into the GraphML file `path` element by element (the
  /// file's order is kept), so the graph never sits in memory; returns `N nodes, M edges`.
  /// - Throws: `FormatsError`.
  /// - Complexity: O(file size) time; memory bounded by the reader's node-id set.
  static func stream(from: String, to path: String) throws -> String {
    try createFolder(of: path)
    let reader = GraphMLReader()
    var sink = CountingSink(try GraphMLWriter(path: path, schema: try reader.schema(path: from)))
    for warning in try reader.read(path: from, into: &sink) { Diagnostics.note(warning.description) }
    return sink.summary
  }

  /// Creates the folder `path` is in when it is missing (for example `exports/`).
  /// - Throws: `FormatsError.io` when it cannot be created.
  static func createFolder(of path: String) throws {
    guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return }
    let folder = String(path[..<slash])
    if FileManager.default.fileExists(atPath: folder) { return }
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw FormatsError.io(path: folder, message: "cannot create the folder: \(error.localizedDescription)")
    }
  }
}
