import Foundation
import TiesModel

/// A list of distinct lower-case words held as the bytes of its file (one word per line, the
/// lines in byte order) and searched by bisection.
///
/// The large generated lists (given and family names, English words) hold about 230,000
/// words. Loading them as hash sets meant hashing and allocating every word at each start of
/// the program, about a third of a second, to look up a few thousand words afterwards. This
/// form costs one pass over the bytes to find where each line starts and ends.
public struct SortedWordList: Sendable {
  private let bytes: [UInt8]
  /// Where each word starts and ends in `bytes`, in the file's order (sorted).
  private let starts: [Int32]
  private let ends: [Int32]
  /// Words added after loading (a few hand-written ones), looked up by hash.
  private var added: Set<String> = []

  /// An empty list.
  public init() {
    bytes = []
    starts = []
    ends = []
  }

  /// The non-empty lines of `data` (a line break may be LF or CRLF).
  /// - Parameter file: the file's name, for errors.
  /// - Throws: `ExtractionError.badLexicon` at the first line that does not sort after the
  ///   line before it (a list out of order or with a repeated word), which bisection would
  ///   silently miss.
  /// - Complexity: O(n) in the size of `data`.
  init(sortedLines data: Data, file: String) throws {
    var starts: [Int32] = []
    var ends: [Int32] = []
    // Checked in the one pass that finds the lines: each must sort after the one before.
    try Lexicon.forEachLine(of: data) { line, number in
      if let start = starts.last, let end = ends.last {
        let previous = UnsafeBufferPointer(rebasing: line.base[Int(start)..<Int(end)])
        guard Self.compare(previous, UnsafeBufferPointer(rebasing: line)) < 0 else {
          throw ExtractionError.badLexicon(
            location: InputLocation(path: "generated/\(file)", line: number, column: 1),
            reason: "lines must be distinct and sorted by bytes (LC_ALL=C sort -u)")
        }
      }
      starts.append(Int32(line.startIndex))
      ends.append(Int32(line.endIndex))
    }
    self.bytes = [UInt8](data)
    self.starts = starts
    self.ends = ends
  }

  /// The number of words.
  public var count: Int { starts.count + added.count }

  /// Whether `word` is in the list.
  /// - Complexity: O(m log n) for a word of m bytes among n words.
  public func contains(_ word: String) -> Bool {
    if !added.isEmpty && added.contains(word) { return true }
    var word = word
    return word.withUTF8 { key in
      bytes.withUnsafeBufferPointer { buffer in
        var lo = 0
        var hi = starts.count
        while lo < hi {
          let mid = (lo + hi) / 2
          let order = Self.compare(
            UnsafeBufferPointer(rebasing: buffer[Int(starts[mid])..<Int(ends[mid])]), key)
          if order == 0 { return true }
          if order < 0 { lo = mid + 1 } else { hi = mid }
        }
        return false
      }
    }
  }

  /// Adds `words` to the list.
  /// - Complexity: O(k) expected for k words.
  mutating func formUnion(_ words: some Sequence<String>) {
    for word in words where !contains(word) { added.insert(word) }
  }

  /// Negative, zero or positive as `a` sorts before, with or after `b`, byte by byte.
  private static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
    let common = min(a.count, b.count)
    if common > 0, let x = a.baseAddress, let y = b.baseAddress {
      let order = memcmp(x, y, common)
      if order != 0 { return Int(order) }
    }
    return a.count - b.count
  }
}
