import Foundation
import TiesStore

/// What `GraphPipeline.build` and `ingest` did.
public struct IngestReport: Sendable {
  /// Documents new to the graph.
  public var added = 0
  /// Documents stored before under the same name with other content, now replaced.
  public var changed = 0
  /// Documents stored before with the same content, skipped.
  public var unchanged = 0
  /// What resolution changed in the stored entities, relations and mentions.
  public var changes = StoreChanges()
  /// Clusters (one article's name for one thing) resolved again: every cluster for `build`,
  /// those the new articles can reach for `ingest`.
  public var clustersResolved = 0
  /// Wall time, seconds.
  public var seconds = 0.0
  /// Set by `ingest` when the graph's articles were extracted otherwise than this run
  /// extracts (other rules or another lexicon, `Extractor.fingerprint`): new articles may
  /// then name the same things otherwise than the stored ones do.
  public var extractionMismatch: ExtractionMismatch?
}

/// How the stored articles and an ingest's articles were extracted, when they differ.
public struct ExtractionMismatch: Sendable, Equatable {
  /// The fingerprint the graph recorded at its build; nil for a graph built before Ties
  /// recorded one.
  public var recorded: String?
  /// The fingerprint of this run.
  public var current: String

  public init(recorded: String?, current: String) {
    self.recorded = recorded
    self.current = current
  }
}

/// Where a long `build` or `ingest` is, for a progress line.
public struct IngestProgress: Sendable {
  public enum Phase: String, Sendable {
    case extracting = "extracted"
    /// Resolving entities and writing the graph.
    case resolving = "resolving"
  }

  public var phase: Phase
  /// Documents extracted so far, and in all.
  public var done: Int
  public var total: Int
  /// Seconds since the run started.
  public var elapsed: Double

  /// Documents per second so far.
  public var rate: Double { elapsed > 0 ? Double(done) / elapsed : 0 }

  /// Seconds left at the current rate, or nil before there is a rate.
  public var remaining: Double? {
    guard rate > 0, done <= total else { return nil }
    return Double(total - done) / rate
  }
}

/// How `build` and `ingest` run.
public struct IngestOptions: Sendable {
  /// Replace invalid UTF-8 with U+FFFD instead of refusing the article.
  public var lossy = false
  /// How long to wait for another process writing the same graph, seconds.
  public var waitSeconds = 600.0
  /// Documents extracted and stored at a time by `build` (memory holds one batch of text).
  public var batchSize = 512
  /// Called now and then during long runs.
  public var progress: (@Sendable (IngestProgress) -> Void)?

  public init(
    lossy: Bool = false, waitSeconds: Double = 600, batchSize: Int = 512,
    progress: (@Sendable (IngestProgress) -> Void)? = nil
  ) {
    self.lossy = lossy
    self.waitSeconds = waitSeconds
    self.batchSize = batchSize
    self.progress = progress
  }
}
