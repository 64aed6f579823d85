import Foundation
import TiesExtraction
import TiesModel
import TiesResolution

/// Extraction and resolution put together: what `build`, `ingest` and `extract` share.
struct Pipeline {
  let extractor: Extractor
  let resolver: Resolver

  init(lexiconPath: String) throws {
    let lexicon = try Lexicon.load(userFile: lexiconPath)
    extractor = Extractor(lexicon: lexicon)
    resolver = Resolver(
      knowledge: ResolutionKnowledge(familyNames: lexicon.familyNames, knownNames: lexicon.knownNames()))
  }

  /// Extracts every file, printing a progress line on standard error for long runs.
  func extract(_ files: [InputFile], lossy: Bool) throws -> [DocumentExtraction] {
    var out: [DocumentExtraction] = []
    out.reserveCapacity(files.count)
    let showProgress = files.count >= 50
    for (n, file) in files.enumerated() {
      out.append(try extractor.extract(file: file, lossy: lossy))
      if showProgress && (n + 1) % 25 == 0 {
        Diagnostics.note("extracted \(n + 1)/\(files.count) documents")
      }
    }
    return out
  }

  func resolve(_ extractions: [DocumentExtraction]) -> Resolver.Result { resolver.resolve(extractions) }
}
