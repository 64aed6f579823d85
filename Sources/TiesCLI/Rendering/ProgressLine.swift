import Foundation
import TiesPipeline

/// A progress line on standard error: documents done, documents per second and the time
/// left, rewritten in place on a terminal and printed as lines otherwise; at most twice a
/// second, plus each change of phase.
final class ProgressLine: @unchecked Sendable {
  private let terminal: Bool
  private let lock = NSLock()
  private var lastPrinted = -1.0
  private var lastPhase: IngestProgress.Phase?

  init(terminal: Bool) { self.terminal = terminal }

  func report(_ progress: IngestProgress) {
    lock.lock()
    defer { lock.unlock() }
    let phaseChanged = progress.phase != lastPhase
    guard phaseChanged || progress.elapsed - lastPrinted >= 0.5 else { return }
    lastPrinted = progress.elapsed
    lastPhase = progress.phase
    Diagnostics.write((terminal ? "\r\u{1B}[K" : "") + Self.text(progress) + (terminal ? "" : "\n"))
    if terminal && progress.phase == .resolving { Diagnostics.write("\n") }
  }

  /// `extracted 1200/5000 documents, 310 docs/s, about 12 s left`.
  static func text(_ p: IngestProgress) -> String {
    switch p.phase {
    case .extracting:
      let left = p.remaining.map { String(format: ", about %.0f s left", $0) } ?? ""
      return "extracted \(p.done)/\(p.total) documents, \(String(format: "%.0f", p.rate)) docs/s\(left)"
    case .resolving: return String(format: "resolving entities and writing the graph (%.1f s)", p.elapsed)
    }
  }
}
