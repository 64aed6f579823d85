/// Reads calendar dates written the ways news articles write them.
public enum DateParsing {
  static let months: [String: Int] = [
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3,
    "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
  ]

  static let weekdays: [String: Int] = [
    "sunday": 1, "monday": 2, "tuesday": 3, "wednesday": 4, "thursday": 5, "friday": 6, "saturday": 7,
  ]

  /// A month name or abbreviation ("May", "Jan.", "september"), or nil.
  public static func month(_ word: String) -> Int? {
    var w = word.lowercased()
    if w.utf8.last == UInt8(ascii: ".") { w.removeLast() }
    return months[w]
  }

  /// 1 (Sunday) … 7 (Saturday), or nil.
  public static func weekday(_ word: String) -> Int? { weekdays[word.lowercased()] }

  /// A day of the week or a month ("Monday", "May", "Jan."): a date word, never part of a name.
  public static func isDayOrMonth(_ word: String) -> Bool { weekday(word) != nil || month(word) != nil }

  /// The first date in `tokens` as ISO 8601: "2025-05-27", "May 17, 2023", "27 May. 2025",
  /// "March 14, 2024". Returns nil when no full date (day, month, year) is there.
  /// - Complexity: O(n) in the number of tokens.
  public static func firstDate(in tokens: [Token]) -> String? {
    for (i, t) in tokens.enumerated() {
      // ISO: 2025-05-27 is one word token with hyphens.
      if t.kind == .word, t.text.utf8.count == 10, let first = t.text.utf8.first, first >= 48 && first <= 57,
        let iso = isoDate(t.text)
      {
        return iso
      }
      // "2024.08.19", "2024/08/19": year, separator, month, separator, day.
      if t.kind == .number, let y = year(t), i + 4 < tokens.count, [".", "/"].contains(tokens[i + 1].text),
        tokens[i + 3].text == tokens[i + 1].text, let m = Int(tokens[i + 2].text),
        let d = Int(tokens[i + 4].text),
        (1...12).contains(m), (1...31).contains(d)
      {
        return format(y, m, d)
      }
      guard t.isCapitalized, t.kind == .word, let m = month(t.text) else { continue }
      // Month Day, Year
      if i + 1 < tokens.count, tokens[i + 1].kind == .number, let d = Int(tokens[i + 1].text),
        (1...31).contains(d)
      {
        var k = i + 2
        if k < tokens.count && tokens[k].text == "," { k += 1 }
        if k < tokens.count, let y = year(tokens[k]) { return format(y, m, d) }
      }
      // Day Month Year
      if i >= 1, tokens[i - 1].kind == .number, let d = Int(tokens[i - 1].text), (1...31).contains(d) {
        var k = i + 1
        if k < tokens.count && tokens[k].text == "." { k += 1 }
        if k < tokens.count && tokens[k].text == "," { k += 1 }
        if k < tokens.count, let y = year(tokens[k]) { return format(y, m, d) }
      }
    }
    return nil
  }

  static func year(_ t: Token) -> Int? {
    guard t.kind == .number, t.text.count == 4, let y = Int(t.text), (1900...2199).contains(y) else {
      return nil
    }
    return y
  }

  /// "2025-05-27" → itself, validated.
  public static func isoDate(_ text: String) -> String? {
    let parts = text.split(separator: "-")
    guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]),
      let d = Int(parts[2]),
      (1...12).contains(m), (1...31).contains(d)
    else { return nil }
    return format(y, m, d)
  }

  static func format(_ y: Int, _ m: Int, _ d: Int) -> String {
    func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    return "\(y)-\(pad(m))-\(pad(d))"
  }

  /// The date of the most recent `weekday` on or before the dateline (news uses "on Tuesday"
  /// for the past week; a future tense is not distinguished).
  public static func resolve(weekday: Int, before dateline: String) -> String? {
    guard let (y, m, d) = components(dateline) else { return nil }
    let days = daysFromCivil(y, m, d)
    // 1970-01-01 was a Thursday (weekday 5).
    let current = ((days % 7) + 7 + 4) % 7 + 1
    let back = (current - weekday + 7) % 7
    let (ry, rm, rd) = civilFromDays(days - back)
    return format(ry, rm, rd)
  }

  static func components(_ iso: String) -> (Int, Int, Int)? {
    let p = iso.split(separator: "-").compactMap { Int($0) }
    return p.count == 3 ? (p[0], p[1], p[2]) : nil
  }

  /// Days since 1970-01-01 (Howard Hinnant's algorithm).
  static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
    let y = m <= 2 ? y0 - 1 : y0
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  static func civilFromDays(_ z0: Int) -> (Int, Int, Int) {
    let z = z0 + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }
}
