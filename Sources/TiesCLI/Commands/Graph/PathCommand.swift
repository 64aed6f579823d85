import ArgumentParser
import TiesGraph
import TiesModel
import TiesQuery

struct PathCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "path",
    abstract: "Show how two entities are connected: each hop with its role, event, date and evidence.",
    discussion: """
      Edges are walked either way. By default one shortest path (fewest hops, bidirectional \
      search); --weighted prefers strong ties (cost 1/weight, Dijkstra); --k N lists the N \
      shortest simple paths (Yen); --all lists every shortest path (at most 1,000). \
      Names are matched forgivingly (see ties show); ambiguous or unknown names exit with 3.

      Example: ties path "Kim Yoon" "Kobayashi Ken" --k 3 --via attended,held_in

      Exit codes: 0 found, 1 bad input, 2 store error, 3 unknown or ambiguous name, or no path.
      """)

  @OptionGroup var options: GraphCommandOptions
  @Argument(help: "Where the path starts (a name, alias or id).") var from: String
  @Argument(help: "Where it ends.") var to: String
  @Option(
    help: ArgumentHelp("Use only these predicates (comma-separated).", valueName: "predicate,..."),
    transform: { $0.split(separator: ",").map { Predicate(rawValue: String($0)) } })
  var via: [Predicate] = []
  @Option(help: "List the k shortest simple paths.") var k: Int = 1
  @Option(name: .customLong("max-hops"), help: "Refuse paths longer than this many hops.") var maxHops: Int?
  @Flag(help: "Prefer strong ties: an edge costs 1/weight.") var weighted = false
  @Flag(help: "List every shortest path (fewest hops).") var all = false

  func validate() throws {
    if k < 1 { throw ValidationError("--k must be at least 1") }
    if let maxHops, maxHops < 1 { throw ValidationError("--max-hops must be at least 1") }
    if all && (k > 1 || weighted) { throw ValidationError("--all cannot be combined with --k or --weighted") }
  }

  func run() throws {
    try GraphContext.reporting {
      let context = try GraphContext.load(options.source, options.global, keepEvidence: true)
      let (a, b) = (try context.vertex(named: from), try context.vertex(named: to))
      let query = PathQuery(via: via, k: k, all: all, weighted: weighted, maxHops: maxHops)
      let paths = try query.paths(in: context.index, from: a, to: b)
      guard !paths.isEmpty else {
        Diagnostics.error("error: no path from \(context.describe(a)) to \(context.describe(b))")
        throw ExitCode(ExitCodes.notFound)
      }
      let renderer = PathRendering(context: context)
      emit(options.format == .json ? try renderer.json(paths, a, b) : renderer.text(paths, a, b))
    }
  }
}
