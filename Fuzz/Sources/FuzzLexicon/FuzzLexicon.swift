import FuzzSupport
import TiesExtraction

// Any bytes as graph/lexicon.yaml: parsed or refused with `ExtractionError.badLexicon`, never
// anything else.

func fuzzLexicon(_ bytes: UnsafeBufferPointer<UInt8>) -> CInt {
  let bytes = Array(bytes)
  do {
    let lexicon = try UserLexicon.parse(bytes, path: "lexicon.yaml")
    for (alias, canonical) in lexicon.aliases {
      precondition(alias == alias.lowercased(), "an alias key is not lower-cased: \(alias) → \(canonical)")
    }
  } catch ExtractionError.badLexicon {
    return 0
  } catch {
    preconditionFailure("the lexicon loader threw something other than badLexicon: \(error)")
  }
  return 0
}

@main
enum FuzzLexicon {
  static func main() {
    FuzzSupport.run { data, size in fuzzLexicon(UnsafeBufferPointer(start: data, count: size)) }
  }
}
