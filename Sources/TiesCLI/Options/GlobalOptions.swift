import ArgumentParser

/// Flags every command takes.
struct GlobalOptions: ParsableArguments {
  @Option(
    name: .long, help: ArgumentHelp("The graph folder (SQLite store and lexicon.yaml).", valueName: "dir"))
  var graph: String = "graph"

  /// The user's lexicon file inside the graph folder.
  var lexiconPath: String { graph + "/lexicon.yaml" }
}

/// Flags of the commands that read articles.
struct ReadingOptions: ParsableArguments {
  @Flag(name: .long, help: "Replace invalid UTF-8 with U+FFFD instead of stopping with an error.")
  var lossy = false
}
