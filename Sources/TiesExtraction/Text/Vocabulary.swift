import Foundation

/// The `WordTable` an `Extractor` shares across the articles it reads, behind a lock taken
/// once per article (not once per word).
///
/// Articles of one stream share most of their words, so the table is filled by the first
/// articles and mostly read after that. Concurrent extractions wait for each other only
/// while they tokenize.
final class Vocabulary: @unchecked Sendable {
  private let lock = NSLock()
  private var table: WordTable

  init(lexicon: Lexicon) {
    table = WordTable(classify: { lexicon.wordClass($0) })
  }

  /// Runs `body` with exclusive use of the table.
  func withTable<R>(_ body: (inout WordTable) -> R) -> R {
    lock.lock()
    defer { lock.unlock() }
    return body(&table)
  }
}
