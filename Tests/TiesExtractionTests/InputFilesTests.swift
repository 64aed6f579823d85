import Foundation
import Testing
import TiesExtraction
import TiesModel
import TiesTestSupport

@Suite("Reading input files")
struct InputFilesTests {
  private func write(_ bytes: [UInt8], _ name: String, in directory: TemporaryDirectory) throws -> InputFile {
    let path = directory.appending(name)
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return InputFile(name: name, path: path)
  }

  private func extract(_ file: InputFile, lossy: Bool = false) throws -> DocumentExtraction {
    try Extractor(lexicon: Harness.lexicon()).extract(file: file, lossy: lossy)
  }

  @Test("an empty file is refused")
  func empty() throws {
    let directory = try TemporaryDirectory()
    let file = try write([], "empty.txt", in: directory)
    #expect(throws: ExtractionError.emptyDocument(path: file.path)) { try extract(file) }
  }

  @Test("a file of white space only is refused")
  func whitespace() throws {
    let directory = try TemporaryDirectory()
    let file = try write(Array(" \n\t \r\n  \n".utf8), "blank.txt", in: directory)
    #expect(throws: ExtractionError.emptyDocument(path: file.path)) { try extract(file) }
  }

  @Test("a NUL byte marks a binary file, at its offset")
  func binary() throws {
    let directory = try TemporaryDirectory()
    let file = try write(Array("PK header\n".utf8) + [0x41, 0x00, 0x42], "archive.txt", in: directory)
    let location = InputLocation(path: file.path, line: 2, column: 2, byteOffset: 11)
    #expect(throws: ExtractionError.binaryContent(location: location)) { try extract(file) }
  }

  @Test("invalid UTF-8 names the file and the byte offset")
  func invalidUTF8() throws {
    let directory = try TemporaryDirectory()
    let bytes = Array("Line one is fine.\nBad ".utf8) + [0xFF] + Array(" byte in the second line.\n".utf8)
    let file = try write(bytes, "latin.txt", in: directory)
    let error = try #require(throws: ExtractionError.self) { try extract(file) }
    #expect(
      error == .invalidUTF8(location: InputLocation(path: file.path, line: 2, column: 5, byteOffset: 22)))
    #expect(
      error.description
        == "\(file.path):2:5: error: invalid UTF-8 at byte 22 (use --lossy to replace invalid bytes)")
  }

  @Test("lossy decoding replaces the invalid byte and goes on")
  func lossy() throws {
    let directory = try TemporaryDirectory()
    let bytes =
      Array("Kim Ha-eun, chairman of Daebo Holdings, met buyers in Osaka.\nA \"".utf8) + [0xC3, 0x28]
      + Array(" mark.\n".utf8)
    let file = try write(bytes, "mixed.txt", in: directory)
    let extraction = try extract(file, lossy: true)
    #expect(extraction.sentences.contains { $0.text.contains("\u{FFFD}") })
    #expect(extraction.mentions.contains { $0.text == "Kim Ha-eun" && $0.type == .person })
    #expect(extraction.document.name == "mixed.txt")
    #expect(extraction.document.contentHash == InputFiles.contentHash(bytes))
  }

  @Test("a folder without .txt files is refused")
  func noTextFiles() throws {
    let directory = try TemporaryDirectory()
    _ = try write(Array("notes".utf8), "notes.md", in: directory)
    #expect(throws: ExtractionError.noTextFiles(directory: directory.path)) {
      try InputFiles.collect([directory.path])
    }
  }

  @Test("a missing path is refused")
  func missing() throws {
    let directory = try TemporaryDirectory()
    let path = directory.appending("nowhere.txt")
    let error = try #require(throws: ExtractionError.self) { try InputFiles.collect([path]) }
    #expect(error == .notFound(path: path))
    #expect(error.description == "\(path): error: no such file or directory")
  }

  @Test("folders are searched recursively in sorted order, hidden entries skipped")
  func collect() throws {
    let directory = try TemporaryDirectory()
    try FileManager.default.createDirectory(
      atPath: directory.appending("b"), withIntermediateDirectories: true)
    try FileManager.default.createDirectory(
      atPath: directory.appending(".hidden"), withIntermediateDirectories: true)
    for name in ["b/2.txt", "a.txt", "c.md", ".secret.txt", ".hidden/x.txt"] {
      _ = try write(Array("Text.".utf8), name, in: directory)
    }
    let files = try InputFiles.collect([directory.path])
    #expect(files.map(\.name) == ["a.txt", "b/2.txt"])
    #expect(files.map(\.path) == [directory.appending("a.txt"), directory.appending("b/2.txt")])
  }
}
