import Testing
import TiesExtraction

/// A weekday named in an article and the date it means, given the article's dateline.
struct WeekdayCase: Sendable, CustomTestStringConvertible {
  var dateline: String
  var weekday: String
  var expected: String

  var testDescription: String { "\(weekday) before \(dateline)" }
}

private let weekdays: [WeekdayCase] = [
  // 2025-05-27 was a Tuesday.
  WeekdayCase(dateline: "2025-05-27", weekday: "Tuesday", expected: "2025-05-27"),
  WeekdayCase(dateline: "2025-05-27", weekday: "Monday", expected: "2025-05-26"),
  WeekdayCase(dateline: "2025-05-27", weekday: "Wednesday", expected: "2025-05-21"),
  WeekdayCase(dateline: "2025-05-27", weekday: "Sunday", expected: "2025-05-25"),
  // Across a year: 2024-01-02 was a Tuesday.
  WeekdayCase(dateline: "2024-01-02", weekday: "Friday", expected: "2023-12-29"),
  // Across a leap day: 2024-03-01 was a Friday.
  WeekdayCase(dateline: "2024-03-01", weekday: "Thursday", expected: "2024-02-29"),
  WeekdayCase(dateline: "2024-03-01", weekday: "saturday", expected: "2024-02-24"),
]

@Suite("Dates")
struct DateParsingTests {
  @Test("a weekday resolves to its most recent date on or before the dateline", arguments: weekdays)
  func weekday(_ c: WeekdayCase) throws {
    let day = try #require(DateParsing.weekday(c.weekday))
    #expect(DateParsing.resolve(weekday: day, before: c.dateline) == c.expected)
  }

  @Test("weekday and month names")
  func names() {
    #expect(DateParsing.weekday("Sunday") == 1)
    #expect(DateParsing.weekday("Saturday") == 7)
    #expect(DateParsing.weekday("Someday") == nil)
    #expect(DateParsing.month("Jan.") == 1)
    #expect(DateParsing.month("Sept.") == 9)
    #expect(DateParsing.month("december") == 12)
    #expect(DateParsing.month("Monday") == nil)
  }

  @Test("ISO dates are validated")
  func iso() {
    #expect(DateParsing.isoDate("2025-05-27") == "2025-05-27")
    #expect(DateParsing.isoDate("2025-13-01") == nil)
    #expect(DateParsing.isoDate("2025-05") == nil)
    #expect(DateParsing.isoDate("Korea-Japan") == nil)
  }

  @Test("a dateline that is not a date resolves nothing")
  func badDateline() {
    #expect(DateParsing.resolve(weekday: 2, before: "yesterday") == nil)
  }
}
