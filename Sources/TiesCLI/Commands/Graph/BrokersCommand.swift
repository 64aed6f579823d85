import ArgumentParser
import TiesGraph
import TiesModel
import TiesQuery

struct BrokersCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "brokers",
    abstract: "Rank the entities that connect a set of entities (lie on their shortest paths).",
    discussion: """
      For every pair of the given entities joined by some path, each other entity on one of \
      their shortest paths counts that pair once; the list is by pairs, then id.

      Example: ties brokers "Kim Do-yeon" "Fujita Kenji" "Lim Dong-hyun"

      Exit codes: 0 success, 1 bad input, 2 store error, 3 unknown or ambiguous name.
      """)

  @OptionGroup var options: GraphCommandOptions
  @Argument(help: "Two or more entities (names, aliases or ids).") var names: [String]
  @Option(help: "Show at most this many brokers (0: all).") var top: Int = 10

  func validate() throws {
    if names.count < 2 { throw ValidationError("give at least two entities") }
    if top < 0 { throw ValidationError("--top must be at least 0") }
  }

  func run() throws {
    try GraphContext.reporting {
      let context = try GraphContext.load(options.source, options.global)
      let index = context.index
      let members = try names.map { try context.vertex(named: $0) }
      var brokers = try index.graph.brokers(between: members)
      brokers.sort { ($1.pairs, index.ids[Int($0.vertex)]) < ($0.pairs, index.ids[Int($1.vertex)]) }
      if top > 0 { brokers = Array(brokers.prefix(top)) }
      if options.format == .json {
        let json = BrokersJSON(
          members: GraphRendering.byID(members, in: index).map { GraphRendering.entity($0, in: index) },
          brokers: brokers.map {
            BrokerJSON(pairs: $0.pairs, entity: GraphRendering.entity($0.vertex, in: index))
          })
        emit(try GraphRendering.json(json))
      } else {
        emit(brokers.map { "\($0.pairs)\t\(context.describe($0.vertex))\n" }.joined())
      }
    }
  }
}

struct BrokersJSON: Encodable {
  var members: [EntityJSON]
  var brokers: [BrokerJSON]
}

struct BrokerJSON: Encodable {
  var pairs: Int
  var entity: EntityJSON
}
