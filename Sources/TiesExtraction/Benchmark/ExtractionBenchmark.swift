import Foundation
import TiesModel

/// Measures extraction throughput: the given articles, repeated until at least `minimumBytes`
/// of text, extracted one after another on one core.
public struct ExtractionBenchmark: Sendable {
  public struct Report: Sendable {
    public var documents: Int
    public var bytes: Int
    /// Wall-clock seconds.
    public var seconds: Double
    /// CPU seconds of the extracting thread (what one core spent, whatever else runs).
    public var cpuSeconds: Double
    public var mentions: Int
    public var relations: Int
    public var megabytesPerSecond: Double { Double(bytes) / 1_000_000 / max(seconds, 1e-9) }
    public var megabytesPerCPUSecond: Double { Double(bytes) / 1_000_000 / max(cpuSeconds, 1e-9) }
  }

  public let extractor: Extractor
  public init(extractor: Extractor) { self.extractor = extractor }

  /// - Throws: `ExtractionError` for unreadable or invalid articles.
  /// - Complexity: O(total bytes).
  public func run(files: [InputFile], minimumBytes: Int) throws -> Report {
    var texts: [(text: [Unicode.Scalar], bytes: Int, name: String)] = []
    for file in files {
      let bytes = try InputFiles.read(file)
      texts.append((try TextDecoding.decode(bytes, path: file.path, lossy: false), bytes.count, file.name))
    }
    guard !texts.isEmpty else {
      return Report(documents: 0, bytes: 0, seconds: 0, cpuSeconds: 0, mentions: 0, relations: 0)
    }
    // Warm up (lexicon caches, allocator) with a throwaway extractor, so that the measured one
    // starts with an empty word table and pays for interning every word it meets.
    let warmUp = Extractor(lexicon: extractor.lexicon)
    for t in texts { _ = warmUp.extract(text: t.text, name: t.name, path: t.name, contentHash: "") }
    var report = Report(documents: 0, bytes: 0, seconds: 0, cpuSeconds: 0, mentions: 0, relations: 0)
    let clock = ContinuousClock()
    let cpuStart = Self.threadCPUTime()
    let start = clock.now
    var i = 0
    while report.bytes < minimumBytes {
      let t = texts[i % texts.count]
      let e = extractor.extract(text: t.text, name: t.name, path: t.name, contentHash: "")
      report.documents += 1
      report.bytes += t.bytes
      report.mentions += e.mentions.count
      report.relations += e.relations.count
      i += 1
    }
    let elapsed = clock.now - start
    report.cpuSeconds = Self.threadCPUTime() - cpuStart
    report.seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    return report
  }

  /// CPU time of the calling thread, in seconds.
  static func threadCPUTime() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
  }
}
