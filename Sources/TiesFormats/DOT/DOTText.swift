/// Quoting for Graphviz DOT: every id and label is a double-quoted string.
enum DOTText {
  /// Graphviz's scanner fails on a quoted string of 16,384 bytes or more; labels stop below.
  static let maxBytes = 16_000

  /// `text` as the inside of a DOT quoted string holding an escString label: `\` doubled (so
  /// `\N`, `\G` and friends stay literal), `"` escaped, newlines (and `\r\n`, `\r`) as `\n`,
  /// tab as a space, C0 controls, DEL, U+FFFE and U+FFFF dropped (they would make SVG output
  /// ill-formed XML), and cut with `…` before `maxBytes`.
  /// - Complexity: O(n).
  static func escaped(_ text: String, limit: Int = maxBytes) -> String {
    var out = ""
    var bytes = 0
    var previousCR = false
    for scalar in text.unicodeScalars {
      let piece: String
      switch scalar.value {
      case 0x5C: piece = "\\\\"
      case 0x22: piece = "\\\""
      case 0x0A: piece = previousCR ? "" : "\\n"
      case 0x0D: piece = "\\n"
      case 0x09: piece = " "
      case 0x00...0x1F, 0x7F, 0xFFFE, 0xFFFF: piece = ""
      default: piece = String(scalar)
      }
      previousCR = scalar.value == 0x0D
      let size = piece.utf8.count
      if bytes + size > limit - 3 {
        out += "…"
        return out
      }
      out += piece
      bytes += size
    }
    return out
  }

  /// `"…"` around `escaped(id)`; an id too long for Graphviz is cut and suffixed with a hash of
  /// the whole, so distinct ids stay distinct.
  static func quotedID(_ id: String) -> String {
    let inner = escaped(id, limit: Int.max)
    if inner.utf8.count < 1_000 { return "\"" + inner + "\"" }
    return "\"" + escaped(id, limit: 900).dropLast() + "#" + fnv1a(id) + "\""
  }

  static func quoted(_ text: String) -> String { "\"" + escaped(text) + "\"" }

  /// FNV-1a 64-bit, hex: a hash that is the same in every process (unlike `Hasher`).
  static func fnv1a(_ text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return String(hash, radix: 16)
  }
}
