import ArgumentParser
import TiesGraph
import TiesModel
import TiesQuery

struct CommonCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "common",
    abstract: "List the entities that two entities are both directly tied to.",
    discussion: """
      Example: ties common "Kim Do-yeon" "Fujita Kenji"

      Exit codes: 0 success, 1 bad input, 2 store error, 3 unknown or ambiguous name.
      """)

  @OptionGroup var options: GraphCommandOptions
  @Argument(help: "The first entity (a name, alias or id).") var first: String
  @Argument(help: "The second entity.") var second: String

  func run() throws {
    try GraphContext.reporting {
      let context = try GraphContext.load(options.source, options.global)
      let index = context.index
      let (a, b) = (try context.vertex(named: first), try context.vertex(named: second))
      let common = GraphRendering.byID(try index.graph.commonNeighbors(a, b), in: index)
      if options.format == .json {
        let json = CommonJSON(
          first: GraphRendering.entity(a, in: index), second: GraphRendering.entity(b, in: index),
          common: common.map { GraphRendering.entity($0, in: index) })
        emit(try GraphRendering.json(json))
      } else {
        emit(common.map { context.describe($0) + "\n" }.joined())
      }
    }
  }
}

struct CommonJSON: Encodable {
  var first: EntityJSON
  var second: EntityJSON
  var common: [EntityJSON]
}
