import Testing
import TiesExtraction
import TiesModel

/// Who is quoted in an article about an event spoke there, unless the sentence says otherwise.
/// Articles of our own.
struct QuotedSpeakerTests {
  private let opening = "The 5th Tarvik Trade Forum opened in Riga on Tuesday."

  @Test("'… thanks to <title> <Person>,' he added: the speaker is the pronoun, not the name quoted")
  func pronounSpeaker() throws {
    let attendees = try Harness.attendees(
      opening
        + #" "Exports grew thanks to Governor Jon Lund," he added. "Freight costs fell," Anna Berg said."#)
    #expect(attendees == ["Anna Berg"])
  }

  @Test("'At the last forum, <Person> said …': spoken at another meeting of the series")
  func anotherOfTheSeries() throws {
    let attendees = try Harness.attendees(
      opening
        + " At the last forum in Tallinn, Minister Jon Lund said exports would grow. Anna Berg said costs fell."
    )
    #expect(attendees == ["Anna Berg"])
  }

  @Test("'The forum also heard from <Person>, … and <Person>': both spoke there")
  func heardFrom() throws {
    let attendees = try Harness.attendees(
      opening + " The forum also heard from Anna Berg, director of Kestrel Bank, and Jon Lund.")
    #expect(attendees.sorted() == ["Anna Berg", "Jon Lund"])
  }

  @Test("'<Person> opened the forum together with <Person>': both were there")
  func togetherWith() throws {
    let attendees = try Harness.attendees(
      opening + " Minister Anna Berg opened the forum together with Governor Jon Lund.")
    #expect(attendees.sorted() == ["Anna Berg", "Jon Lund"])
  }

  @Test("'The forum was inaugurated by <title> <Person>': the guest who opened it attended")
  func inauguratedBy() throws {
    let attendees = try Harness.attendees(opening + " The forum was inaugurated by Prime Minister Anna Berg.")
    #expect(attendees == ["Anna Berg"])
  }
}
