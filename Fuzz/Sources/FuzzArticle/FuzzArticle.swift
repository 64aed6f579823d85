import FuzzSupport
import TiesExtraction
import TiesModel
import TiesResolution

// Any bytes as an article: decode (strictly, then lossily), read the article, extract and
// resolve it. Checks that every evidence span lies inside the text.

let lexicon: Lexicon = {
  do { return try Lexicon.builtIn() } catch { fatalError("cannot load the built-in lexicon: \(error)") }
}()
let extractor = Extractor(lexicon: lexicon)
let resolver = Resolver(
  knowledge: ResolutionKnowledge(familyNames: lexicon.familyNames, knownNames: lexicon.knownNames()))

func fuzzArticle(_ bytes: UnsafeBufferPointer<UInt8>) -> CInt {
  let bytes = Array(bytes)
  _ = try? TextDecoding.decode(bytes, path: "fuzz.txt", lossy: false)
  guard let text = try? TextDecoding.decode(bytes, path: "fuzz.txt", lossy: true) else { return 0 }
  let extraction = extractor.extract(
    text: text, name: "fuzz.txt", path: "fuzz.txt", contentHash: InputFiles.contentHash(bytes))
  for mention in extraction.mentions {
    let e = mention.evidence
    precondition(0 <= e.start && e.start <= e.end && e.end <= text.count, "mention evidence out of the text")
  }
  for relation in extraction.relations {
    let e = relation.evidence
    precondition(0 <= e.start && e.start <= e.end && e.end <= text.count, "relation evidence out of the text")
  }
  for sentence in extraction.sentences {
    precondition(0 <= sentence.start && sentence.start <= sentence.end && sentence.end <= text.count)
  }
  _ = resolver.resolve([extraction])
  return 0
}

@main
enum FuzzArticle {
  static func main() {
    // Load what every input needs now, so that the first input is not timed with it.
    _ = (extractor, resolver)
    FuzzSupport.run { data, size in fuzzArticle(UnsafeBufferPointer(start: data, count: size)) }
  }
}
