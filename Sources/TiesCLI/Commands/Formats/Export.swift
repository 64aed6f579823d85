import ArgumentParser
import TiesModel

struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write the graph as GraphML, DOT, JSON or GEXF for other tools.",
    discussion: """
      With neither --format nor --out, writes exports/knowledge-graph.graphml \
      and exports/knowledge-graph.dot (--out-dir changes the folder), and, when \
      Graphviz is installed, exports/knowledge-graph.svg: a picture with a \
      legend and the entities without relations gathered apart. --format \
      alone writes knowledge-graph.<ext> there; --out alone takes the format \
      from the name (.graphml, .dot, .gv, .json, .node-link.json, .gexf). \
      Files are written under a temporary name and renamed into place.

      --focus NAME keeps the entities within --radius hops of NAME (default 1), \
      following relations either way; NAME is matched like `ties show`. \
      --type keeps the entities of those types (and always the focus) and the \
      relations among them.

      --path FROM TO keeps one shortest path between two entities: the one \
      `ties path FROM TO` prints, with the same forgiving name matching.

      --from FILE.graphml reads a GraphML file instead of the store; GraphML \
      to GraphML without --focus, --type or --path streams, in bounded memory.

      Examples:
        ties export
        ties export --focus "Kim Yoon" --radius 2 --out kim.dot
        ties export --path "Kobayashi Ken" "Toyoda Akio" --out path.dot
        ties export --from big.graphml --type person company --format gexf

      Exit codes: 0 success; 1 bad GraphML input or an unwritable output; \
      2 the store cannot be opened; 3 a --focus or --path name is unknown \
      or ambiguous, or no path joins the two --path entities.
      """)

  @OptionGroup var global: GlobalOptions
  @OptionGroup var source: GraphSourceOptions
  @Option(help: "The output format (json: the interchange JSON; nodelink: networkx's node-link JSON).")
  var format: ExportFormat?
  @Option(
    help: ArgumentHelp("The file to write (default: knowledge-graph.<ext> in --out-dir).", valueName: "file"))
  var out: String?
  @Option(help: ArgumentHelp("The folder of the default file names (default: exports).", valueName: "dir"))
  var outDir: String?
  @Option(
    help: ArgumentHelp("Keep only the neighbourhood of this entity (a name, alias or id).", valueName: "name")
  )
  var focus: String?
  @Option(help: ArgumentHelp("Hops kept around --focus (default: 1).", valueName: "k"))
  var radius: Int?
  @Option(
    name: .customLong("type"), parsing: .upToNextOption,
    help: ArgumentHelp("Keep only entities of these types (person, company, ...).", valueName: "type"))
  var types: [String] = []
  @Option(
    parsing: .upToNextOption,
    help: ArgumentHelp(
      "Keep only a shortest path between two entities (two names, aliases or ids).", valueName: "name"))
  var path: [String] = []
  @Option(help: "Group the DOT file's nodes into one cluster per entity type.")
  var cluster: ClusterMode = .none

  func validate() throws {
    if out != nil && outDir != nil { throw ValidationError("Give --out or --out-dir, not both.") }
    if radius != nil && focus == nil { throw ValidationError("--radius needs --focus NAME.") }
    if let radius, radius < 0 { throw ValidationError("--radius must be 0 or more.") }
    if let out, format == nil, ExportFormat(fileName: out) == nil {
      throw ValidationError("Cannot tell the format of '\(out)' from its name; add --format.")
    }
    if !path.isEmpty && path.count != 2 { throw ValidationError("--path needs two names: --path FROM TO.") }
    if !path.isEmpty && (focus != nil || !types.isEmpty) {
      throw ValidationError("--path cannot be combined with --focus or --type.")
    }
    if cluster != .none && !targets.contains(where: { $0.format == .dot }) {
      throw ValidationError("--cluster applies to DOT output only.")
    }
  }

  /// The files to write, with their formats.
  var targets: [(format: ExportFormat, path: String)] {
    let folder = outDir ?? "exports"
    switch (format, out) {
    case (let format?, let out?): return [(format, out)]
    case (let format?, nil): return [(format, folder + "/" + format.defaultFileName)]
    case (nil, let out?): return [(ExportFormat(fileName: out) ?? .graphml, out)]
    case (nil, nil): return [.graphml, .dot].map { ($0, folder + "/" + $0.defaultFileName) }
    }
  }

  var selection: GraphSelection {
    GraphSelection(
      radius: radius ?? 1, types: Set(types.map { EntityType(rawValue: $0) }),
      path: path.count == 2 ? PathSelection(from: path[0], to: path[1]) : nil)
  }

  /// The SVG picture the default export draws beside the GraphML and DOT files; nil when
  /// --format or --out names one file.
  var picture: String? {
    format == nil && out == nil ? (outDir ?? "exports") + "/knowledge-graph.svg" : nil
  }

  /// A GraphML-to-GraphML conversion without filters, which streams.
  var streams: Bool {
    source.from != nil && focus == nil && types.isEmpty && path.isEmpty && targets.map(\.format) == [.graphml]
  }

  func run() throws {
    try Diagnostics.reporting {
      if streams, let from = source.from, let target = targets.first {
        emit("wrote \(target.path) (\(try ExportWriting.stream(from: from, to: target.path)))\n")
        return
      }
      let input = try ExportInput.load(
        global: global, from: source.from, focus: focus, selection: selection,
        extractions: targets.contains { $0.format == .json })
      let counts = "\(input.graph.entities.count) nodes, \(input.graph.relations.count) edges"
      for target in targets {
        try ExportWriting.write(input, as: target.format, to: target.path, cluster: cluster)
        emit("wrote \(target.path) (\(counts))\n")
      }
      if let picture, try ExportWriting.draw(input.graph, to: picture) {
        emit("wrote \(picture) (\(counts))\n")
      }
    }
  }
}
