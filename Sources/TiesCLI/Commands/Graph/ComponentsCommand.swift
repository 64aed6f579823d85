import ArgumentParser
import TiesGraph
import TiesModel

struct ComponentsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "components",
    abstract: "List the connected components (relations walked either way), largest first.",
    discussion: """
      Text output shows each component's size and its first members by id (--show); \
      JSON lists every member.

      Example: ties components --format json

      Exit codes: 0 success, 1 bad input, 2 store error.
      """)

  @OptionGroup var options: GraphCommandOptions
  @Option(help: "Text output: members shown per component.") var show: Int = 5

  func run() throws {
    try GraphContext.reporting {
      let context = try GraphContext.load(options.source, options.global)
      let groups = GraphRendering.groups(
        context.index.graph.connectedComponents().members(), in: context.index)
      emit(
        try GroupRendering.render(
          groups, noun: "components", context: context, format: options.format, show: show, extra: [:]))
    }
  }
}

/// Components and communities print alike.
enum GroupRendering {
  static func render(
    _ groups: [[Int32]], noun: String, context: GraphContext, format: GraphOutputFormat, show: Int,
    extra: [String: Double]
  ) throws -> String {
    let index = context.index
    if format == .json {
      let json = GroupsJSON(
        count: groups.count, modularity: extra["modularity"],
        groups: groups.map { GroupJSON(size: $0.count, members: $0.map { index.ids[Int($0)].rawValue }) })
      return try GraphRendering.json(json)
    }
    var out = "\(groups.count) \(noun)"
    if let q = extra["modularity"] { out += ", modularity \(GraphRendering.score(q))" }
    out += "\n"
    for (n, group) in groups.enumerated() {
      let names = group.prefix(max(show, 0)).map { index.names[Int($0)] }.joined(separator: "; ")
      let more = group.count > show ? "; …" : ""
      out += "\(n + 1)\t\(group.count)\t\(names)\(more)\n"
    }
    return out
  }
}

struct GroupsJSON: Encodable {
  var count: Int
  var modularity: Double?
  var groups: [GroupJSON]
}
