import ArgumentParser
import TiesGraph
import TiesModel

struct CommunitiesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "communities",
    abstract: "Find communities (Louvain, weighted by relation strength) and their modularity.",
    discussion: """
      Relations are walked either way; the same seed gives the same communities.

      Example: ties communities --seed 7 --resolution 1.5

      Exit codes: 0 success, 1 bad input, 2 store error.
      """)

  @OptionGroup var options: GraphCommandOptions
  @Option(help: "The seed of the node orders.") var seed: UInt64 = 1
  @Option(help: "Resolution γ: above 1 favours smaller communities.") var resolution: Double = 1
  @Flag(help: "Count every relation as 1 instead of its weight.") var unweighted = false
  @Option(help: "Text output: members shown per community.") var show: Int = 5

  func validate() throws {
    if !(resolution > 0) { throw ValidationError("--resolution must be positive") }
  }

  func run() throws {
    try GraphContext.reporting {
      let context = try GraphContext.load(options.source, options.global)
      let found = try context.index.graph.louvainCommunities(
        resolution: resolution, seed: seed, weighted: !unweighted)
      let groups = GraphRendering.groups(found.members(), in: context.index)
      emit(
        try GroupRendering.render(
          groups, noun: "communities", context: context, format: options.format, show: show,
          extra: ["modularity": found.modularity]))
    }
  }
}
