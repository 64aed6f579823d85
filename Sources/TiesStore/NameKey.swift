/// The key names and aliases are looked up by: lower-cased, with every run of white space and
/// dashes (hyphen-minus, the Unicode hyphens and dashes, the minus sign) folded into one space,
/// and the typographic apostrophe read as `'`.
///
/// So "Sohn Kyung-Shik", "sohn kyung shik" and "SOHN KYUNG–SHIK" share the key
/// `sohn kyung shik`, while "Kyungshik" stays different: joining syllables is resolution's
/// business, not the store's.
package enum NameKey {
  /// - Complexity: O(n) in the length of `name`.
  package static func make(_ name: String) -> String {
    var out = ""
    out.unicodeScalars.reserveCapacity(name.unicodeScalars.count)
    var pendingSpace = false
    for scalar in name.lowercased().unicodeScalars {
      if scalar.properties.isWhitespace || isDash(scalar.value) {
        pendingSpace = true
        continue
      }
      if pendingSpace && !out.isEmpty { out.unicodeScalars.append(" ") }
      pendingSpace = false
      out.unicodeScalars.append(scalar.value == 0x2019 ? "'" : scalar)
    }
    return out
  }

  private static func isDash(_ value: UInt32) -> Bool {
    value == 0x2D || (0x2010...0x2015).contains(value) || value == 0x2212 || value == 0xFE63
      || value == 0xFF0D
  }
}
