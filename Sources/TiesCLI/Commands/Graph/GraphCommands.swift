import ArgumentParser

/// The commands that query the graph with graph algorithms.
enum GraphCommands {
  static let all: [any ParsableCommand.Type] = []
}
