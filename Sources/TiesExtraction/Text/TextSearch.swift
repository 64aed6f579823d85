/// Substring search on UTF-8 without Foundation (whose `contains` bridges through NSString
/// and dominated extraction time).
enum TextSearch {
  /// Whether `needle` occurs in `haystack`.
  /// - Complexity: O(n·m); both are short here (a line and a phrase).
  static func contains(_ haystack: String, _ needle: String) -> Bool {
    var h = haystack
    var n = needle
    return h.withUTF8 { hb in
      n.withUTF8 { nb in
        guard nb.count > 0 else { return true }
        guard hb.count >= nb.count else { return false }
        let first = nb[0]
        var i = 0
        let last = hb.count - nb.count
        while i <= last {
          if hb[i] == first {
            var j = 1
            while j < nb.count && hb[i + j] == nb[j] { j += 1 }
            if j == nb.count { return true }
          }
          i += 1
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
