import TiesModel

/// Turns one article into mentions, relations and misses, with evidence.
///
/// Deterministic: the same text and lexicon always give the same `DocumentExtraction`.
public struct Extractor: Sendable {
  public let lexicon: Lexicon
  private let documents: DocumentRecognizer
  private let relations: RelationExtractor
  private let vocabulary: Vocabulary

  /// The version of the extraction rules. Raise it with every change to the rules that can
  /// change what an article gives, so that a graph extracted before can say so.
  public static let rulesVersion = 13

  /// What extracts an article here: the rules' version and a digest of the lexicon's files.
  /// A graph records the fingerprint of its build, and an ingest with another one warns
  /// (`IngestReport.extractionMismatch`).
  public var fingerprint: String {
    "rules \(Self.rulesVersion), lexicon \(String(lexicon.sourceDigest, radix: 16))"
  }

  public init(lexicon: Lexicon) {
    self.lexicon = lexicon
    self.vocabulary = Vocabulary(lexicon: lexicon)
    self.documents = DocumentRecognizer(lexicon: lexicon)
    self.relations = RelationExtractor(lexicon: lexicon)
  }

  /// Reads, decodes and extracts one file.
  /// - Throws: `ExtractionError` for unreadable, empty, binary or invalid UTF-8 input.
  /// - Complexity: O(n) in the length of the article (times small lexicon constants).
  public func extract(file: InputFile, lossy: Bool = false) throws -> DocumentExtraction {
    let bytes = try InputFiles.read(file)
    if bytes.isEmpty { throw ExtractionError.emptyDocument(path: file.path) }
    let text = try TextDecoding.decode(bytes, path: file.path, lossy: lossy)
    return extract(text: text, name: file.name, path: file.path, contentHash: InputFiles.contentHash(bytes))
  }

  /// Extracts from decoded text.
  public func extract(text: [Unicode.Scalar], name: String, path: String, contentHash: String)
    -> DocumentExtraction
  {
    let article = vocabulary.withTable { Article(text: text, words: &$0) }
    let splitter = SentenceSplitter()
    var sentenceTokens: [(tokens: [Token], isHeadline: Bool)] = []
    for paragraph in article.paragraphs {
      let tokens = paragraph.tokens
      if paragraph.isHeadline {
        sentenceTokens.append((tokens, true))
        continue
      }
      for range in splitter.split(tokens) { sentenceTokens.append((Array(tokens[range]), false)) }
    }
    var recognized = documents.recognize(sentenceTokens, dateline: article.dateline)
    let document = Document(
      name: name, path: path, contentHash: contentHash, dateline: article.dateline, headline: article.headline
    )
    var sentences: [Sentence] = []
    var mentions: [Mention] = []
    // Growing it step by step would copy every mention again at each doubling.
    mentions.reserveCapacity(recognized.sentences.reduce(0) { $0 + $1.found.count })
    var localRelations: [LocalRelation] = []
    var misses: [Miss] = []
    var list: RelationExtractor.ListContext?
    var previousSubject: String?
    // Without a main event, the events named so far, for references to them (`earlierEvent`).
    var namedEvents: [RelationExtractor.NamedEvent] = []
    for n in recognized.sentences.indices {
      var mainEvent = recognized.mainEvent
      if mainEvent == nil {
        mainEvent = relations.earlierEvent(referredToIn: recognized.sentences[n], among: namedEvents)
        for f in recognized.sentences[n].found where f.type == .event && !f.isFuture {
          namedEvents.append(RelationExtractor.NamedEvent(key: f.key, words: Set(TextSearch.words(f.key))))
        }
      }
      let found = relations.relations(
        in: &recognized.sentences[n], mainEvent: mainEvent,
        mainOrganization: recognized.mainOrganization, previousSubject: previousSubject, list: &list)
      let s = recognized.sentences[n]
      previousSubject = Self.subjectOrganization(s)
      guard let first = s.tokens.first, let last = s.tokens.last else { continue }
      sentences.append(
        Sentence(
          index: s.index, start: first.start, end: last.end,
          text: TextSearch.string(text[first.start..<last.end])))
      // By index: a copy of a `Found` would retain every string it holds.
      for k in s.found.indices {
        let evidence = Evidence(
          document: name, sentence: s.index, start: s.tokens[s.found[k].lo].start,
          end: s.tokens[s.found[k].hi - 1].end, rule: s.found[k].rule, confidence: s.found[k].confidence)
        mentions.append(
          Mention(
            text: s.found[k].name, type: s.found[k].type, evidence: evidence, localKey: s.found[k].key,
            date: s.found[k].date))
      }
      for r in found where r.subject != r.object {
        let evidence = Evidence(
          document: name, sentence: s.index, start: s.tokens[r.lo].start,
          end: s.tokens[max(r.lo, r.hi - 1)].end,
          rule: r.rule, confidence: r.confidence)
        localRelations.append(
          LocalRelation(
            subject: r.subject, predicate: r.predicate, object: r.object, role: r.role, evidence: evidence))
      }
      for span in s.untyped where isWorthReporting(s, span) {
        misses.append(
          Miss(
            text: s.text(span.lowerBound, span.upperBound), document: name, sentence: s.index,
            start: s.tokens[span.lowerBound].start, end: s.tokens[span.upperBound - 1].end, reason: "untyped")
        )
      }
    }
    localRelations += venueCities(localRelations, mentions: mentions)
    dropCountryVenues(&localRelations, mentions: mentions)
    let dateline = datelinePlace(recognized)
    localRelations += eventsHere(recognized, dateline: dateline, document: name, located: localRelations)
    if let venue = datelineVenue(recognized, dateline: dateline, document: name),
      !localRelations.contains(where: {
        $0.predicate == .heldIn && $0.subject == venue.subject
      })
    {
      localRelations.append(venue)
    }
    return DocumentExtraction(
      document: document, sentences: sentences, mentions: mentions, relations: localRelations, misses: misses)
  }

  /// The organization a sentence opens with, as its subject ("The Kestrel Chamber said …"),
  /// or else the one organization it names ("The pavilion was organised by the Kestrel Beef
  /// Institute."), if any: its key. What "Its president, Jane Doe," in the next sentence
  /// refers to.
  /// - Complexity: O(f) for the f found spans of the sentence.
  static func subjectOrganization(_ s: SentenceAnalysis) -> String? {
    let start = s.tokens.first?.lower == "the" ? 1 : 0
    if let f = s.found(startingAt: start), s.found[f].type.isOrganization, !s.found[f].isSynthetic {
      return s.found[f].key
    }
    var named: String?
    for f in s.found where f.type.isOrganization && !f.isSynthetic {
      if let other = named, other != f.key { return nil }
      named = f.key
    }
    return named
  }

  /// "… in the DRC capital Kinshasa", "… in Berlin, Germany": where an event has a city or
  /// venue, the country it lies in is no venue of its own.
  /// - Complexity: O(r + m) for r relations and m mentions.
  private func dropCountryVenues(_ relations: inout [LocalRelation], mentions: [Mention]) {
    // By index: iterating would copy each mention and relation.
    var countries = Set<String>()
    for k in mentions.indices
    where mentions[k].type == .place && lexicon.countries[mentions[k].text.lowercased()] != nil {
      countries.insert(mentions[k].localKey)
    }
    guard !countries.isEmpty else { return }
    var located = Set<String>()
    for k in relations.indices
    where relations[k].predicate == .heldIn && !countries.contains(relations[k].object) {
      located.insert(relations[k].subject)
    }
    relations.removeAll {
      $0.predicate == .heldIn && countries.contains($0.object) && located.contains($0.subject)
    }
  }

  /// "… at the Accra International Conference Centre" in an article that names Accra: an event
  /// held at a venue named after a place the article names is held in that place too.
  /// - Complexity: O(r + m) for r relations and m mentions.
  private func venueCities(_ relations: [LocalRelation], mentions: [Mention]) -> [LocalRelation] {
    var places: [String: String] = [:]  // a place's name in lower case → its key
    var names: [String: String] = [:]  // a place's key → its name
    for k in mentions.indices where mentions[k].type == .place {
      let name = mentions[k].text.lowercased()
      if places[name] == nil { places[name] = mentions[k].localKey }
      names[mentions[k].localKey] = name
    }
    var located = Set<[String]>()  // [event, place] of every held_in relation
    for r in relations.indices where relations[r].predicate == .heldIn {
      located.insert([relations[r].subject, relations[r].object])
    }
    var out: [LocalRelation] = []
    for r in relations.indices where relations[r].predicate == .heldIn {
      guard let venue = names[relations[r].object] else { continue }
      let words = TextSearch.words(venue)
      for n in [2, 1] where words.count > n + 1 {
        guard let place = places[words.prefix(n).joined(separator: " ")], place != relations[r].object else {
          continue
        }
        let subject = relations[r].subject
        if located.insert([subject, place]).inserted {
          var evidence = relations[r].evidence
          evidence.rule = "venue-city"
          evidence.confidence = min(evidence.confidence, 0.6)
          out.append(
            LocalRelation(subject: subject, predicate: .heldIn, object: place, role: nil, evidence: evidence))
        }
        break
      }
    }
    return out
  }

  /// "LAGOS, May 3 — …", "Riga – The Federation …": the place a dateline opens the body with
  /// is where the article's event took place, when no sentence says where it did.
  private func datelineVenue(
    _ recognized: DocumentRecognizer.Result, dateline: (SentenceAnalysis, Found)?, document: String
  ) -> LocalRelation? {
    guard let event = recognized.mainEvent, let (first, place) = dateline else { return nil }
    let evidence = Evidence(
      document: document, sentence: first.index, start: first.tokens[place.lo].start,
      end: first.tokens[place.hi - 1].end, rule: "dateline-venue", confidence: 0.5)
    return LocalRelation(subject: event, predicate: .heldIn, object: place.key, role: nil, evidence: evidence)
  }

  /// The sentence a dateline's place opens, and that place.
  private func datelinePlace(_ recognized: DocumentRecognizer.Result) -> (SentenceAnalysis, Found)? {
    guard let first = recognized.sentences.first(where: { !$0.isHeadline }),
      let place = first.found.first(where: { $0.lo == 0 && $0.type == .place }),
      place.hi == first.tokens.count
        || [",", "\u{2013}", "\u{2014}", "-", "("].contains(first.tokens[place.hi].text)
    else { return nil }
    return (first, place)
  }

  /// "… to attend the 20th Baltic Timber Expo here": in wire copy "here" is the dateline's
  /// place. Not for an event that a sentence of the article locates already.
  /// - Complexity: O(t) for the article's t tokens.
  private func eventsHere(
    _ recognized: DocumentRecognizer.Result, dateline: (SentenceAnalysis, Found)?, document: String,
    located: [LocalRelation]
  ) -> [LocalRelation] {
    guard let (_, place) = dateline else { return [] }
    var out: [LocalRelation] = []
    for s in recognized.sentences {
      for e in s.found where e.type == .event {
        let at = s.skippingAside(at: e.hi)
        guard at < s.tokens.count, s.tokens[at].lower == "here",
          !located.contains(where: { $0.predicate == .heldIn && $0.subject == e.key }),
          !out.contains(where: { $0.subject == e.key })
        else { continue }
        let evidence = Evidence(
          document: document, sentence: s.index, start: s.tokens[e.lo].start, end: s.tokens[at].end,
          rule: "event-here", confidence: 0.6)
        out.append(
          LocalRelation(subject: e.key, predicate: .heldIn, object: place.key, role: nil, evidence: evidence))
      }
    }
    return out
  }

  private func isWorthReporting(_ s: SentenceAnalysis, _ span: Range<Int>) -> Bool {
    if span.count > 1 { return true }
    // A lone capitalized word opening a sentence is an ordinary word ("Companies", "Every").
    if span.lowerBound == 0 || (span.lowerBound == 1 && s.tokens[0].kind == .punct) { return false }
    let t = s.tokens[span.lowerBound]
    return !MentionRecognizer.commonCapitalized.contains(t.lower) && lexicon.nationalities[t.lower] == nil
      && !DateParsing.isDayOrMonth(t.text) && t.text.count > 1
  }
}
