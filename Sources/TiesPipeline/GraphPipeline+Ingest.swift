import Foundation
import TiesExtraction
import TiesModel
import TiesStore

extension GraphPipeline {
  /// Builds the graph in `store` anew from `files`, in one write transaction: if anything
  /// fails, the previous graph is left as it was.
  ///
  /// Articles are extracted and stored a batch at a time (`options.batchSize`), so memory
  /// holds one batch of text and, for resolution, the mentions and local relations of all.
  /// Other writers of the graph wait until this one commits; readers see the previous graph
  /// until then.
  /// - Throws: the `ExtractionError` of the first bad article; `StoreError` (`.busy` when
  ///   another writer kept the graph longer than `options.waitSeconds`).
  /// - Complexity: O(text) to extract, plus resolution (`Resolver.resolve`) and O(rows) to
  ///   write.
  public func build(_ files: [InputFile], into store: GraphStore, options: IngestOptions = IngestOptions())
    throws -> IngestReport
  {
    let started = Date()
    var report = IngestReport()
    try store.write(waitingUpTo: options.waitSeconds) { writer in
      try writer.removeAll()
      var start = 0
      while start < files.count {
        let batch = Array(files[start..<min(files.count, start + max(1, options.batchSize))])
        let extractions = try extract(batch, lossy: options.lossy) { n in
          options.progress?(
            IngestProgress(
              phase: .extracting, done: start + n, total: files.count,
              elapsed: Date().timeIntervalSince(started)))
        }
        try writer.insert(extractions)
        start += batch.count
      }
      report.added = files.count
      report.changes = try resolveStored(writer, started: started, total: files.count, options: options)
    }
    report.seconds = Date().timeIntervalSince(started)
    return report
  }

  /// Adds `files` to the graph in `store`: a document already stored with the same content is
  /// skipped; one whose content changed replaces its own facts. Then the entities and
  /// relations are resolved again with every stored document, and only the rows that changed
  /// are written, in one transaction.
  ///
  /// New articles are extracted before taking the write lock, so concurrent ingests extract
  /// at the same time and queue only to store and resolve; each resolves with every article
  /// committed before it.
  /// - Throws: the `ExtractionError` of the first bad article; `StoreError` (`.busy` when
  ///   another writer kept the graph longer than `options.waitSeconds`).
  /// - Complexity: O(size of the new articles) to extract, plus resolution of the whole graph
  ///   from its stored mentions (O(M log M) for M stored mentions) and the rows that change.
  public func ingest(_ files: [InputFile], into store: GraphStore, options: IngestOptions = IngestOptions())
    throws -> IngestReport
  {
    let started = Date()
    var report = IngestReport()
    let before = try store.documentHashes()
    var fresh: [InputFile] = []
    var seen = Set<String>()
    for file in files where seen.insert(file.name).inserted {
      let hash = InputFiles.contentHash(try InputFiles.read(file))
      if before[file.name] == hash { report.unchanged += 1 } else { fresh.append(file) }
    }
    let extractions = try extract(fresh, lossy: options.lossy) { n in
      options.progress?(
        IngestProgress(
          phase: .extracting, done: n, total: fresh.count, elapsed: Date().timeIntervalSince(started)))
    }
    try store.write(waitingUpTo: options.waitSeconds) { writer in
      let stored = try writer.storedHashes()
      var replaced: [String] = []
      var inserted: [DocumentExtraction] = []
      for extraction in extractions {
        let document = extraction.document
        switch stored[document.name] {
        case document.contentHash?:
          report.unchanged += 1  // another writer stored the same content meanwhile
          continue
        case nil: report.added += 1
        default:
          report.changed += 1
          replaced.append(document.name)
        }
        inserted.append(extraction)
      }
      guard !inserted.isEmpty else { return }
      try writer.remove(documents: replaced)
      try writer.insert(inserted)
      report.changes = try resolveStored(writer, started: started, total: fresh.count, options: options)
    }
    report.seconds = Date().timeIntervalSince(started)
    return report
  }

  /// Resolves every stored document again and writes what changed.
  private func resolveStored(_ writer: GraphWriter, started: Date, total: Int, options: IngestOptions) throws
    -> GraphWriter.Changes
  {
    func note(_ phase: IngestProgress.Phase) {
      options.progress?(
        IngestProgress(phase: phase, done: total, total: total, elapsed: Date().timeIntervalSince(started)))
    }
    note(.resolving)
    let result = resolver.resolve(try writer.resolutionInput())
    note(.writing)
    return try writer.apply(graph: result.graph, resolved: result.extractions)
  }
}
