import Foundation
import TiesExtraction
import TiesModel
import TiesResolution
import TiesStore

extension GraphPipeline {
  /// Builds the graph in `store` anew from `files` (`GraphStoring.rebuild`: on SQLite, a new
  /// database file that replaces the graph at once): if anything fails, the previous graph is
  /// left as it was.
  ///
  /// Articles are extracted a batch at a time (`options.batchSize`), the next batch on the
  /// other cores while this one is stored, so memory holds two batches of text and, for
  /// resolution, the mentions (in a compact form, `HeldMentions`) and local relations of all,
  /// each long text and key once (`StringPool`); each is freed once used. Mentions are stored
  /// after resolution, with their entities, instead of being stored and then updated. The tables
  /// are filled with their indexes set aside (`GraphWriting.bulkLoading`), and the planner's
  /// statistics are gathered at the end (`GraphWriting.updateStatistics`). Other writers of
  /// the graph wait until this one commits; readers see the previous graph until then.
  /// - Throws: the `ExtractionError` of the first bad article; `StoreError` (`.busy` when
  ///   another writer kept the graph longer than `options.waitSeconds`).
  /// - Complexity: O(text) to extract, plus resolution (`Resolver.resolve`), O(rows) to
  ///   write and O(rows log rows) to index them.
  public func build(
    _ files: [InputFile], into store: any GraphStoring, options: IngestOptions = IngestOptions()
  )
    throws -> IngestReport
  {
    let started = Date()
    var report = IngestReport()
    let size = max(1, options.batchSize)
    let batches = stride(from: 0, to: files.count, by: size).map { $0..<min(files.count, $0 + size) }
    try store.rebuild(waitingUpTo: options.waitSeconds) { writer in
      try writer.bulkLoading { load in
        // What resolution reads of each article, kept instead of read back from the store.
        var input: [DocumentExtraction] = []
        input.reserveCapacity(files.count)
        var held = HeldMentions()
        var relations = CompactRelations()
        var pool = StringPool()
        var next = batches.first.map { prepare(files, $0, started: started, options: options) }
        // On failure, the batch being extracted finishes before the error is thrown.
        defer { _ = try? next?.value() }
        for b in batches.indices {
          guard let current = next else { break }
          let batch = try current.value()
          next =
            b + 1 < batches.count ? prepare(files, batches[b + 1], started: started, options: options) : nil
          // Mentions are stored once resolution has given them their entities.
          try storeBatch(batch, writer, mentions: false)
          for extraction in batch.extractions {
            input.append(
              pool.resolutionInput(of: extraction, holdingMentionsIn: &held, relationsIn: &relations))
          }
        }
        report.added = files.count
        (report.changes, report.clustersResolved) = try resolve(
          writer, started: started, total: files.count, options: options
        ) {
          // Resolution takes the only copy, and frees each part once it is done with it.
          var taken: [DocumentExtraction] = []
          swap(&taken, &input)
          var heldTaken = HeldMentions()
          swap(&heldTaken, &held)
          var relationsTaken = CompactRelations()
          swap(&relationsTaken, &relations)
          return try resolveBuilt(
            writer, input: consume taken, relations: consume relationsTaken,
            mentions: SharedHeldMentions(consume heldTaken), load: load)
        }
      }
      try writer.recordState(Self.extractionState, extractor.fingerprint)
      try writer.updateStatistics()
    }
    report.seconds = Date().timeIntervalSince(started)
    return report
  }

  /// Starts extracting `files[range]` and finding their buckets, on other threads.
  private func prepare(
    _ files: [InputFile], _ range: Range<Int>, started: Date, options: IngestOptions
  ) -> Pending<PreparedBatch> {
    let batch = Array(files[range])
    let total = files.count
    return Pending {
      try prepared(
        try extract(batch, lossy: options.lossy) { n in
          options.progress?(
            IngestProgress(
              phase: .extracting, done: range.lowerBound + n, total: total,
              elapsed: Date().timeIntervalSince(started)))
        })
    }
  }

  /// Adds `files` to the graph in `store`: a document already stored with the same content is
  /// skipped; one whose content changed replaces its own facts. Then only the entities and
  /// relations the new articles can reach are resolved again (`resolveIncrementally`), with
  /// the same result as resolving every stored document, and only the rows that changed are
  /// written, in one transaction.
  ///
  /// New articles are extracted before taking the write lock, so concurrent ingests extract
  /// at the same time and queue only to store and resolve; each resolves with every article
  /// committed before it.
  /// - Throws: the `ExtractionError` of the first bad article; `StoreError` (`.busy` when
  ///   another writer kept the graph longer than `options.waitSeconds`).
  /// - Complexity: O(size of the new articles) to extract, plus the resolution of the
  ///   clusters they reach and the rows that change (`resolveIncrementally`); a graph of an
  ///   older schema is resolved whole once.
  public func ingest(
    _ files: [InputFile], into store: any GraphStoring, options: IngestOptions = IngestOptions()
  )
    throws -> IngestReport
  {
    let started = Date()
    var report = IngestReport()
    let before = try store.documentHashes(named: files.map(\.name))
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
      let stored = try writer.storedHashes(named: extractions.map(\.document.name))
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
      // An empty graph takes this run's extraction; a graph extracted otherwise is reported.
      let recorded = try writer.recordedState(Self.extractionState)
      let empty = try !writer.hasDocuments()
      if empty {
        try writer.recordState(Self.extractionState, extractor.fingerprint)
        // An empty graph's buckets are complete, whatever form a schema recorded.
        try writer.markBucketsComplete()
      } else if recorded != extractor.fingerprint {
        report.extractionMismatch = ExtractionMismatch(recorded: recorded, current: extractor.fingerprint)
      }
      let incremental = try writer.bucketsComplete()
      let removedBuckets = incremental ? try writer.buckets(ofDocuments: replaced) : []
      let removedEntities = incremental ? try writer.entities(ofDocuments: replaced) : []
      try writer.remove(documents: replaced)
      let batch = try prepared(inserted)
      try storeBatch(batch, writer)
      (report.changes, report.clustersResolved) = try resolve(
        writer, started: started, total: fresh.count, options: options
      ) {
        guard incremental else { return try resolveWhole(writer) }
        return try resolveIncrementally(
          writer, added: batch, removedBuckets: removedBuckets, removedEntities: removedEntities)
      }
      // What the ingest wrote is the whole graph: the planner's statistics follow it.
      if empty { try writer.updateStatistics() }
    }
    report.seconds = Date().timeIntervalSince(started)
    return report
  }

  /// The name under which a graph records the fingerprint of the extraction that built it.
  static let extractionState = "extraction"

  /// Runs `body` (a resolution), reporting its phase.
  private func resolve(
    _ writer: any GraphWriting, started: Date, total: Int, options: IngestOptions,
    _ body: () throws -> Resolution
  ) throws -> (StoreChanges, Int) {
    options.progress?(
      IngestProgress(phase: .resolving, done: total, total: total, elapsed: Date().timeIntervalSince(started))
    )
    let resolution = try body()
    return (resolution.changes, resolution.clusters)
  }
}
