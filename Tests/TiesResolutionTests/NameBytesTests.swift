import Foundation
import Testing
import TiesGraph
import TiesModel

@testable import TiesResolution

/// `romanized` and `nameInitials` work byte by byte; these compare them, on random strings,
/// with the straightforward String versions they replaced.
@Suite("name keys byte by byte")
struct NameBytesTests {
  @Test("romanized folds 'ou', 'uu' and a final 'oh' as replacingOccurrences would")
  func romanizedAgrees() {
    #expect(NameMatching.romanized("yuusuke") == "yusuke")
    #expect(NameMatching.romanized("satoh") == "sato")
    #expect(NameMatching.romanized("kouuichi") == "kouichi")  // "ou" first, then no "uu" is left
    let alphabet = Array("ouhxé ")
    var random = SplitMix64(seed: 11)
    for _ in 0..<5000 {
      let length = Int(random.next() % 9)
      let word = String((0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
      var expected = word.replacingOccurrences(of: "ou", with: "o").replacingOccurrences(of: "uu", with: "u")
      if expected.hasSuffix("oh") { expected.removeLast() }
      if ResolutionKnowledge.variantOf[word] == nil {
        #expect(NameMatching.romanized(word) == expected, "\(word)")
      }
    }
  }

  @Test("nameInitials takes each word's and each hyphenated part's first letter, skipping small words")
  func initialsAgree() {
    #expect(nameInitials("Federation of  Small-and-Medium Enterprises") == "FSAME")
    #expect(nameInitials("the Board OF Trade & Industry") == "BTI")
    #expect(nameInitials("Société Générale") == "SG")
    #expect(nameInitials("Élan Östra") == "")  // only ASCII letters count
    let alphabet = Array("aoftheindAOFTHEN&- éÉ")
    var random = SplitMix64(seed: 12)
    for _ in 0..<5000 {
      let length = Int(random.next() % 14)
      let name = String((0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
      #expect(nameInitials(name) == Self.initialsByWords(name), "\(name)")
    }
  }

  /// The String version: split at spaces, skip small words, split at hyphens.
  static func initialsByWords(_ name: String) -> String {
    let small: Set<String> = ["of", "for", "and", "the", "&", "on", "in"]
    var out: [UInt8] = []
    for word in name.split(separator: " ") {
      if word.utf8.count <= 3 && small.contains(word.lowercased()) { continue }
      for part in word.utf8.split(separator: UInt8(ascii: "-")) {
        guard let c = part.first else { continue }
        if c >= 97 && c <= 122 { out.append(c - 32) } else if c >= 65 && c <= 90 { out.append(c) }
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}
