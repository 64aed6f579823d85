import Testing

@testable import TiesExtraction

/// `TextSearch.contains`: byte-for-byte substring search on UTF-8.
@Suite struct TextSearchTests {
  @Test(arguments: [
    ("all rights reserved 2026", "all rights reserved", true),
    ("(c) 2026 all rights reserved", "all rights reserved", true),
    ("follow us on the wire", "follow us", true),
    ("aaab", "aab", true),
    ("ababac", "abac", true),
    ("copyrigh", "copyright", false),
    ("sign-up today", "sign up", false),
    ("", "subscribe", false),
    ("anything", "", true),
    ("", "", true),
    ("reproduction prohibée", "prohibée", true),
    ("reproduction prohibee", "prohibée", false),
    ("newsletter\u{0}tail", "\u{0}tail", true),
  ])
  func findsTheNeedleWhereverItLies(haystack: String, needle: String, found: Bool) {
    #expect(TextSearch.contains(haystack, needle) == found)
  }

  @Test func findsEverySubstringOfALineAndNothingItLacks() {
    let line = "share this article • click here — log in to comment"
    let bytes = Array(line.utf8)
    for start in 0..<bytes.count {
      for end in start...min(bytes.count, start + 12) {
        // Pieces that cut a character in two are not strings of their own.
        let needle = String(decoding: bytes[start..<end], as: UTF8.self)
        guard Array(needle.utf8) == Array(bytes[start..<end]) else { continue }
        #expect(TextSearch.contains(line, needle))
        #expect(!TextSearch.contains(line, needle + "§"))
      }
    }
  }
}
