/// The one place numbers are turned into text for output, so every format prints them alike.
public enum NumberFormatting {
  /// The shortest decimal text that reads back as the same `Double` (Swift's `description`),
  /// with integral values printed without a trailing `.0` only when `trimIntegral` is set.
  public static func shortest(_ value: Double, trimIntegral: Bool = false) -> String {
    if trimIntegral, value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
    return value.description
  }

  /// `value` rounded to `digits` decimal places, without exponent, for human-facing tables
  /// ("0.000003" for 3e-06 with six digits). Non-finite values print as Swift prints them.
  public static func fixed(_ value: Double, digits: Int) -> String {
    guard value.isFinite else { return value.description }
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    // Whole number of the smallest unit, then split into integer and fraction digits.
    let units = (abs(value) * scale).rounded()
    guard units < 9e15 else { return value.description }
    let whole = Int64(units)
    let unit = Int64(scale)
    let integerPart = digits > 0 ? whole / unit : whole
    var text = (value < 0 && whole != 0 ? "-" : "") + String(integerPart)
    if digits > 0 {
      let fraction = String(whole % unit)
      text += "." + String(repeating: "0", count: digits - fraction.count) + fraction
    }
    return text
  }
}
