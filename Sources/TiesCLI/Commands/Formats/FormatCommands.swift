import ArgumentParser

/// The commands that read and write graph files (GraphML, DOT, JSON, GEXF).
enum FormatCommands {
  static let all: [any ParsableCommand.Type] = [Export.self, Import.self, Generate.self]
}
