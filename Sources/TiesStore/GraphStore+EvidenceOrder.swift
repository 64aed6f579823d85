import GRDB
import TiesModel

extension GraphStore {
  /// `Evidence`'s own order, with confidence breaking ties.
  package static func evidenceOrder(_ a: Evidence, _ b: Evidence) -> Bool {
    if a < b { return true }
    if b < a { return false }
    return a.confidence < b.confidence
  }
}
