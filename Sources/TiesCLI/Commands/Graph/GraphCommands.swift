import ArgumentParser

/// The commands that query the graph with graph algorithms.
enum GraphCommands {
  static let all: [any ParsableCommand.Type] = [
    PathCommand.self, NeighborsCommand.self, CommonCommand.self, BrokersCommand.self, RankCommand.self,
    ComponentsCommand.self, CommunitiesCommand.self,
  ]
}
