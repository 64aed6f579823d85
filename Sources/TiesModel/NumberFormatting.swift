/// The one place numbers are turned into text for output, so every format prints them alike.
public enum NumberFormatting {
  /// The shortest decimal text that reads back as the same `Double` (Swift's `description`),
  /// with integral values printed without a trailing `.0` only when `trimIntegral` is set.
  public static func shortest(_ value: Double, trimIntegral: Bool = false) -> String {
    if trimIntegral, value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
    return value.description
  }

  /// `value` rounded to `digits` decimal places, without exponent, for human-facing tables.
  public static func fixed(_ value: Double, digits: Int) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let rounded = (value * scale).rounded() / scale
    var text = String(rounded)
    if let dot = text.firstIndex(of: ".") {
      let decimals = text.distance(from: dot, to: text.endIndex) - 1
      if decimals < digits { text += String(repeating: "0", count: digits - decimals) }
    } else if digits > 0 {
      text += "." + String(repeating: "0", count: digits)
    }
    return text
  }
}
