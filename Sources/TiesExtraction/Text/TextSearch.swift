#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Substring search on UTF-8 without Foundation (whose `contains` bridges through NSString
/// and dominated extraction time).
enum TextSearch {
  /// Whether `needle` occurs in `haystack`, byte for byte: the C library's `memchr` finds
  /// each place the needle's first byte lies, many bytes at a time, and `memcmp` compares the
  /// rest there (a loop comparing byte by byte took 3 % of a large build's extraction, the
  /// footer phrases looked for in every short line).
  /// - Complexity: O(n·m) at worst; about O(n) for phrases in prose.
  static func contains(_ haystack: String, _ needle: String) -> Bool {
    var h = haystack
    var n = needle
    return h.withUTF8 { hb in
      n.withUTF8 { nb in
        guard nb.count > 0 else { return true }
        guard hb.count >= nb.count, let hp = hb.baseAddress, let np = nb.baseAddress else { return false }
        let first = Int32(nb[0])
        let rest = nb.count - 1
        var at = hp
        // The last place the needle can start.
        let last = hp + (hb.count - nb.count)
        while at <= last {
          guard let found = memchr(at, first, last - at + 1) else { return false }
          let start = UnsafePointer(found.assumingMemoryBound(to: UInt8.self))
          if rest == 0 || memcmp(start + 1, np + 1, rest) == 0 { return true }
          at = start + 1
        }
        return false
      }
    }
  }

  /// The space-separated words of `s`, empty ones left out. Splits on the byte, not on
  /// `Character`s, which would run grapheme breaking over every letter.
  /// - Complexity: O(n).
  static func words(_ s: String) -> [String] {
    var s = s
    return s.withUTF8 { bytes in
      var out: [String] = []
      var start = 0
      for i in 0...bytes.count where i == bytes.count || bytes[i] == UInt8(ascii: " ") {
        if i > start {
          out.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
        }
        start = i + 1
      }
      return out
    }
  }

  /// A string from scalars, with a fast path for ASCII.
  /// - Complexity: O(n).
  static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    scalars.withUnsafeBufferPointer { string($0) }
  }

  /// A string from scalars, with a fast path for ASCII.
  /// - Complexity: O(n).
  static func string(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> String {
    // The exact UTF-8 length, so that words of up to 15 bytes stay small (inline) strings.
    var length = 0
    for s in scalars {
      let v = s.value
      length += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
    }
    return String(unsafeUninitializedCapacity: length) { buffer in
      var k = 0
      for s in scalars {
        let v = s.value
        if v < 0x80 {
          buffer[k] = UInt8(truncatingIfNeeded: v)
          k += 1
        } else if v < 0x800 {
          buffer[k] = UInt8(truncatingIfNeeded: 0xC0 | (v >> 6))
          buffer[k + 1] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
          k += 2
        } else if v < 0x10000 {
          buffer[k] = UInt8(truncatingIfNeeded: 0xE0 | (v >> 12))
          buffer[k + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
          buffer[k + 2] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
          k += 3
        } else {
          buffer[k] = UInt8(truncatingIfNeeded: 0xF0 | (v >> 18))
          buffer[k + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 12) & 0x3F))
          buffer[k + 2] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
          buffer[k + 3] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
          k += 4
        }
      }
      return k
    }
  }
}
