/// Text rules shared by the XML writers.
enum XMLText {
  /// `text` without the characters XML 1.0 forbids (C0 controls other than tab, newline and
  /// carriage return, U+FFFE and U+FFFF); unchanged (and not copied) when it has none.
  /// - Complexity: O(n).
  static func legal(_ text: String) -> String {
    if isClean(text.utf8) { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars where isLegal(scalar) { out.append(scalar) }
    return String(out)
  }

  /// Whether UTF-8 `bytes` hold no XML-illegal character: no byte below 0x20 other than tab,
  /// newline and carriage return, and no `EF BF BE` / `EF BF BF` (U+FFFE, U+FFFF).
  private static func isClean(_ bytes: String.UTF8View) -> Bool {
    let fast = bytes.withContiguousStorageIfAvailable { buffer -> Bool in
      var i = 0
      let n = buffer.count
      while i < n {
        let byte = buffer[i]
        if byte < 0x20 {
          if byte != 0x09 && byte != 0x0A && byte != 0x0D { return false }
        } else if byte == 0xEF, i + 2 < n, buffer[i + 1] == 0xBF, buffer[i + 2] >= 0xBE {
          return false
        }
        i += 1
      }
      return true
    }
    if let fast { return fast }
    var previous: (UInt8, UInt8) = (0, 0)
    for byte in bytes {
      if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D { return false }
      if previous == (0xEF, 0xBF) && (byte == 0xBE || byte == 0xBF) { return false }
      previous = (previous.1, byte)
    }
    return true
  }

  static func isLegal(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if v < 0x20 { return v == 0x09 || v == 0x0A || v == 0x0D }
    return v != 0xFFFE && v != 0xFFFF
  }

  /// Whether `c` may appear in an NMTOKEN we write: ASCII letters, digits, `.`, `-`, `_`.
  ///
  /// XML allows many more name characters, but validators disagree on non-ASCII ones (libxml2
  /// applies XML 1.0 4th-edition tables), so we keep to the set every tool accepts.
  static func isTokenByte(_ c: UInt8) -> Bool {
    (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x2E
      || c == 0x2D || c == 0x5F
  }

  /// An NMTOKEN-safe id: unchanged when every byte is a token byte; otherwise each other
  /// Unicode scalar becomes `_` + lower-case hex + `_` (a space becomes `_20_`).
  ///
  /// Idempotent: the result is already safe, so a re-export of an imported file keeps it.
  static func token(_ id: String) -> String {
    if !id.isEmpty && id.utf8.allSatisfy(isTokenByte) { return id }
    if id.isEmpty { return "_" }
    var out = ""
    for scalar in id.unicodeScalars {
      if scalar.isASCII && isTokenByte(UInt8(scalar.value)) {
        out.unicodeScalars.append(scalar)
      } else {
        out += "_" + String(scalar.value, radix: 16) + "_"
      }
    }
    return out
  }

  /// An attribute name made NMTOKEN-safe by replacing each other scalar with `_`
  /// (`birth date` → `birth_date`).
  static func attributeName(_ name: String) -> String {
    if !name.isEmpty && name.utf8.allSatisfy(isTokenByte) { return name }
    if name.isEmpty { return "_" }
    var out = ""
    for scalar in name.unicodeScalars {
      out += scalar.isASCII && isTokenByte(UInt8(scalar.value)) ? String(scalar) : "_"
    }
    return out
  }
}
