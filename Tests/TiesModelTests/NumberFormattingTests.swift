import Testing
import TiesModel

@Suite("number formatting")
struct NumberFormattingTests {
  @Test(
    "fixed digits, never an exponent",
    arguments: [
      (3e-06, 6, "0.000003"), (0.5, 2, "0.50"), (2.0, 0, "2"), (-1.25, 1, "-1.3"), (1234.5678, 3, "1234.568"),
      (-0.0001, 2, "0.00"),
    ])
  func fixed(value: Double, digits: Int, expected: String) {
    #expect(NumberFormatting.fixed(value, digits: digits) == expected)
  }
}
