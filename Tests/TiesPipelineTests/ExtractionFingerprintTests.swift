import Foundation
import Testing
import TiesExtraction
import TiesPipeline
import TiesStore
import TiesTestSupport

/// A graph records how its articles were extracted (`Extractor.fingerprint`); an ingest that
/// extracts otherwise says so. Articles of our own.
struct ExtractionFingerprintTests {
  static let articles = [
    ("a.txt", "The Baltic Grain Federation elected Ingrid Solberg as its president in Riga."),
    ("b.txt", "Tobias Wrenfield, chairman of Halvorsen Holdings, visited Oslo on Monday."),
    ("c.txt", "Mariam Qasimi, treasurer of the Gulf Dates Council, spoke in Doha."),
  ]

  /// The three articles, each as its own input file.
  static func files(in directory: TemporaryDirectory) throws -> [InputFile] {
    let folder = directory.appending("articles")
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    var files: [InputFile] = []
    for (name, text) in articles {
      try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
      files += try InputFiles.collect([folder + "/" + name])
    }
    return files
  }

  static func recorded(_ store: any GraphStoring) throws -> String? {
    try store.write(waitingUpTo: 5) { try $0.recordedState("extraction") }
  }

  @Test("a build records its extraction; an ingest with another lexicon reports the difference")
  func anotherLexicon() throws {
    let pipeline = try Fixtures.pipeline.get()
    let directory = try TemporaryDirectory(prefix: "ties-pipeline-fingerprint")
    let files = try Self.files(in: directory)
    let store = try GraphStore(directory: directory.appending("graph"))
    _ = try pipeline.build([files[0]], into: store)
    #expect(try Self.recorded(store) == pipeline.extractor.fingerprint)

    let same = try pipeline.ingest([files[1]], into: store)
    #expect(same.added == 1)
    #expect(same.extractionMismatch == nil)

    let lexicon = directory.appending("lexicon.yaml")
    try "types:\n  Gulf Dates Council: government\n".write(toFile: lexicon, atomically: true, encoding: .utf8)
    let other = try GraphPipeline(lexiconPath: lexicon)
    #expect(other.extractor.fingerprint != pipeline.extractor.fingerprint)
    let report = try other.ingest([files[2]], into: store)
    #expect(report.added == 1)
    #expect(
      report.extractionMismatch
        == ExtractionMismatch(recorded: pipeline.extractor.fingerprint, current: other.extractor.fingerprint))
    // The graph still holds what the build extracted: its record stays.
    #expect(try Self.recorded(store) == pipeline.extractor.fingerprint)
  }

  @Test("an empty graph takes the first ingest's extraction; another record is reported")
  func firstIngestAndOtherRules() throws {
    let pipeline = try Fixtures.pipeline.get()
    let directory = try TemporaryDirectory(prefix: "ties-pipeline-fingerprint-empty")
    let files = try Self.files(in: directory)
    let store = try GraphStore(directory: directory.appending("graph"))
    let first = try pipeline.ingest([files[0]], into: store)
    #expect(first.added == 1 && first.extractionMismatch == nil)
    #expect(try Self.recorded(store) == pipeline.extractor.fingerprint)

    // As if an older version of the rules had built the graph.
    try store.write(waitingUpTo: 5) { try $0.recordState("extraction", "rules 0, lexicon 0") }
    let report = try pipeline.ingest([files[1]], into: store)
    #expect(
      report.extractionMismatch
        == ExtractionMismatch(recorded: "rules 0, lexicon 0", current: pipeline.extractor.fingerprint))
  }
}
