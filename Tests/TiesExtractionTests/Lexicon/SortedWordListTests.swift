import Foundation
import Testing
import TiesModel

@testable import TiesExtraction

/// `SortedWordList` answers membership like a set of its lines, and refuses a file that
/// bisection would misread.
@Suite("Sorted word list")
struct SortedWordListTests {
  /// Every string of one to three letters over an alphabet with a multi-byte letter and a
  /// hyphen: prefixes, extensions and neighbours of one another.
  private static let strings: [String] = {
    let alphabet = ["a", "b", "é", "-"]
    var out = alphabet
    var longest = alphabet
    for _ in 0..<2 {
      longest = longest.flatMap { s in alphabet.map { s + $0 } }
      out += longest
    }
    return out
  }()

  private func list(_ words: [String], separator: String = "\n", trailing: Bool = true) throws
    -> SortedWordList
  {
    let sorted = words.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    let text = sorted.joined(separator: separator) + (trailing ? separator : "")
    return try SortedWordList(sortedLines: Data(text.utf8), file: "test.txt")
  }

  @Test("a word is found exactly when it is a line", arguments: [("\n", true), ("\r\n", false)])
  func membership(separator: String, trailing: Bool) throws {
    let members = Self.strings.enumerated().filter { $0.offset % 3 != 0 }.map(\.element)
    let set = Set(members)
    let words = try list(members, separator: separator, trailing: trailing)
    #expect(words.count == members.count)
    for word in Self.strings + ["", "aaaa", "é-é-", "A", "zzz"] {
      #expect(words.contains(word) == set.contains(word), "\(word)")
    }
  }

  @Test("an empty list holds nothing; added words are found")
  func emptyAndAdded() throws {
    var words = try list([])
    #expect(words.count == 0)
    #expect(!words.contains("a"))
    words.formUnion(["ma", "li", "ma"])
    #expect(words.contains("ma") && words.contains("li") && !words.contains("m"))
    #expect(words.count == 2)
  }

  @Test(
    "a line out of order or repeated is an error at its line",
    arguments: [("apple\nbanana\ncherry\nbanana\n", 4), ("apple\n\nbanana\nbanana\n", 4), ("b\na\n", 2)])
  func unsorted(text: String, line: Int) throws {
    #expect {
      try SortedWordList(sortedLines: Data(text.utf8), file: "names.txt")
    } throws: { error in
      guard case .badLexicon(let location, let reason) = error as? ExtractionError else { return false }
      return location.path == "generated/names.txt" && location.line == line && reason.contains("sorted")
    }
  }

  @Test("every line of the bundled lists is found, and words between them are not")
  func bundledLists() throws {
    for file in ["given-names.txt", "family-names.txt", "english-words.txt", "given-names-common-words.txt"] {
      let data = try Lexicon.generatedData(file)
      let words = try SortedWordList(sortedLines: data, file: file)
      var lines: [String] = []
      Lexicon.forEachLine(of: data) { bytes, _ in
        lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes), as: UTF8.self))
      }
      #expect(words.count == lines.count)
      // Every 7th line, and a string that sorts just after it but is not a line.
      for (k, line) in lines.enumerated() where k % 7 == 0 {
        #expect(words.contains(line), "\(file): \(line)")
        let after = line + "\u{1}"
        #expect(!words.contains(after), "\(file): \(after)")
      }
    }
  }
}
