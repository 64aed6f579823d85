import ArgumentParser
import TiesStore

struct Misses: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List the capitalized spans extraction saw but could not type or resolve.",
    discussion: """
      These are what the graph does not contain.

      Example: ties misses 03-56th-korea-japan-business-conference-tokyo.txt
      """)

  @OptionGroup var global: GlobalOptions
  @Argument(help: "Only this document (its name as shown by ties stats or in evidence).") var document:
    String?

  func run() throws {
    try Diagnostics.reporting {
      let store = try global.existingStore()
      for m in try store.misses(document: document) {
        emit("\(m.document)#\(m.sentence) [\(m.start)-\(m.end)] \(m.text)\n")
      }
    }
  }
}
