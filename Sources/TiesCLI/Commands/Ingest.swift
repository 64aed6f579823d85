import ArgumentParser
import Foundation
import TiesExtraction
import TiesModel
import TiesStore

struct Ingest: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Add articles to the existing graph.",
    discussion: """
      A document already in the graph with the same content is skipped; one whose content
      changed replaces its own facts. Resolution then runs again over all documents, and the
      graph is replaced in one transaction.

      Example: ties ingest new-articles/2025-06-01.txt
      """)

  @OptionGroup var global: GlobalOptions
  @OptionGroup var reading: ReadingOptions
  @Argument(help: ArgumentHelp("Article files or folders.", valueName: "path"))
  var paths: [String]

  func run() throws {
    try Diagnostics.reporting {
      let pipeline = try Pipeline(lexiconPath: global.lexiconPath)
      let files = try InputFiles.collect(paths)
      let store = try global.store()
      var byName = Dictionary(
        try store.extractions().map { ($0.document.name, $0) }, uniquingKeysWith: { a, _ in a })
      var added = 0
      var changed = 0
      var unchanged = 0
      for file in files {
        let hash = InputFiles.contentHash(try InputFiles.read(file))
        if let old = byName[file.name], old.document.contentHash == hash {
          unchanged += 1
          continue
        }
        if byName[file.name] == nil { added += 1 } else { changed += 1 }
        byName[file.name] = try pipeline.extractor.extract(file: file, lossy: reading.lossy)
      }
      if added + changed > 0 {
        let result = pipeline.resolve(byName.values.sorted { $0.document.name < $1.document.name })
        try store.replaceAll(extractions: result.extractions, graph: result.graph)
      }
      emit("added \(added), changed \(changed), unchanged \(unchanged)\n")
      emit(SummaryRendering.stats(try store.stats()))
    }
  }
}
