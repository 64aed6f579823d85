import ArgumentParser
import TiesGraph
import TiesModel
import TiesQuery

struct NeighborsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "neighbors",
    abstract: "List the entities within K hops of an entity (its ego network).",
    discussion: """
      Edges are walked either way. Entities are listed by distance, then id.

      Example: ties neighbors "Kim Do-yeon" --radius 2

      Exit codes: 0 success, 1 bad input, 2 store error, 3 unknown or ambiguous name.
      """)

  @OptionGroup var options: GraphCommandOptions
  @Argument(help: "The centre (a name, alias or id).") var name: String
  @Option(help: "How many hops out.") var radius: Int = 1

  func validate() throws {
    if radius < 0 { throw ValidationError("--radius must be at least 0") }
  }

  func run() throws {
    try GraphContext.reporting {
      let context = try GraphContext.load(options.source, options.global)
      let index = context.index
      let center = try context.vertex(named: name)
      let found = try index.graph.neighborhood(of: center, radius: radius)
      var rows = zip(found.vertices, found.distances).filter { $0.0 != center }
      rows.sort { ($0.1, index.ids[Int($0.0)]) < ($1.1, index.ids[Int($1.0)]) }
      if options.format == .json {
        let json = NeighborhoodJSON(
          center: GraphRendering.entity(center, in: index), radius: radius,
          neighbors: rows.map {
            NeighborJSON(distance: Int($0.1), entity: GraphRendering.entity($0.0, in: index))
          })
        emit(try GraphRendering.json(json))
      } else {
        emit(rows.map { "\($0.1)\t\(context.describe($0.0))\n" }.joined())
      }
    }
  }
}
