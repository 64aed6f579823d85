import TiesModel

/// What can go wrong reading articles; every case says where.
public enum ExtractionError: LocatedError, Equatable {
  /// The path does not exist.
  case notFound(path: String)
  /// The path exists but could not be read.
  case unreadable(path: String, reason: String)
  /// A folder that holds no `.txt` files.
  case noTextFiles(directory: String)
  /// A file with no text, or only white space.
  case emptyDocument(path: String)
  /// A NUL byte: the file is binary, not text.
  case binaryContent(location: InputLocation)
  /// A byte sequence that is not UTF-8 (use `--lossy` to replace it).
  case invalidUTF8(location: InputLocation)
  /// Every path given was skipped (FIFOs, devices, broken links): nothing to read.
  case noArticles(path: String)
  /// An article larger than the limit (`InputFiles.maximumArticleSize`), refused unread.
  case tooLarge(path: String, size: Int, limit: Int)
  /// A lexicon file that does not parse or has a wrong shape.
  case badLexicon(location: InputLocation, reason: String)

  public var location: InputLocation? {
    switch self {
    case .notFound(let path), .unreadable(let path, _), .emptyDocument(let path), .tooLarge(let path, _, _),
      .noArticles(let path):
      return InputLocation(path: path)
    case .noTextFiles(let directory): return InputLocation(path: directory)
    case .binaryContent(let location), .invalidUTF8(let location), .badLexicon(let location, _):
      return location
    }
  }

  public var message: String {
    switch self {
    case .notFound: return "no such file or directory"
    case .unreadable(_, let reason): return "cannot read: \(reason)"
    case .noTextFiles: return "no .txt files in this directory"
    case .emptyDocument: return "the document is empty"
    case .binaryContent(let location):
      return "binary content (NUL byte) at byte \(location.byteOffset ?? 0); not a text file"
    case .invalidUTF8(let location):
      return "invalid UTF-8 at byte \(location.byteOffset ?? 0) (use --lossy to replace invalid bytes)"
    case .noArticles: return "no article to read (every path given was skipped)"
    case .tooLarge(_, let size, let limit):
      return
        "the file has \(size) bytes, more than the \(limit / (1 << 20)) MiB Ties reads as one article; split it"
    case .badLexicon(_, let reason): return "bad lexicon: \(reason)"
    }
  }
}
