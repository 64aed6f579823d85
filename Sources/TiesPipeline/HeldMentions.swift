import TiesModel

/// The mentions a build holds from extraction until it stores them with their entities, in
/// a compact form: 56 bytes a mention instead of a `Mention`'s 136 (no document name, no
/// entity, offsets in 32 bits, the rule by number, dates aside).
///
/// At 1,000,000 generated articles a build holds 21 million mentions through the whole
/// resolution: 2.9 GB as `Mention`s, 1.2 GB so.
struct HeldMentions: Sendable {
  private struct Item {
    var text: String
    var localKey: String
    var evidence: CompactEvidence
    var type: EntityType
    var hasDate: Bool
  }

  /// Each document's mentions, by document name.
  private var items: [String: [Item]] = [:]
  /// Documents kept as they came: a mention that names another document or lies past what
  /// 32 bits hold (never so from extraction; kept rather than refused, as the writer checks).
  private var whole: [String: [Mention]] = [:]
  /// The dates of the mentions that give one, by document and position.
  private var dates: [String: [Int: String]] = [:]
  private var rules = RuleNumbers()

  /// Holds `mentions`, those of `document`, in place of any held for it before, their texts
  /// and keys pooled (`StringPool`) as they are held: no copy of the mentions is made first.
  /// - Complexity: O(mentions).
  mutating func hold(_ mentions: [Mention], of document: String, pool: inout StringPool) {
    var out: [Item] = []
    out.reserveCapacity(mentions.count)
    var datesHere: [Int: String] = [:]
    for j in mentions.indices {
      guard let evidence = CompactEvidence(mentions[j].evidence, of: document, rules: &rules),
        mentions[j].entity == nil
      else {
        items[document] = nil
        dates[document] = nil
        whole[document] = mentions
        return
      }
      if let date = mentions[j].date { datesHere[j] = date }
      out.append(
        Item(
          text: pool.pooled(mentions[j].text), localKey: pool.pooled(mentions[j].localKey),
          evidence: evidence, type: mentions[j].type, hasDate: mentions[j].date != nil))
    }
    whole[document] = nil
    items[document] = out
    dates[document] = datesHere.isEmpty ? nil : datesHere
  }

  /// The mentions held for `document`, as they were given (none when none were).
  /// - Complexity: O(its mentions).
  func mentions(of document: String) -> [Mention] {
    if let kept = whole[document] { return kept }
    guard let held = items[document] else { return [] }
    let datesHere = dates[document] ?? [:]
    return held.indices.map { j in
      let item = held[j]
      return Mention(
        text: item.text, type: item.type,
        evidence: item.evidence.evidence(of: document, rules: rules),
        localKey: item.localKey, date: item.hasDate ? datesHere[j] : nil)
    }
  }

  /// `mentions(of: document)`, no longer held: a writer frees them as it stores them.
  /// - Complexity: O(its mentions).
  mutating func take(_ document: String) -> [Mention] {
    let taken = mentions(of: document)
    items[document] = nil
    whole[document] = nil
    dates[document] = nil
    return taken
  }
}

/// The held mentions of a build, read by its resolution (which counts them into clusters)
/// and then taken by its writer (which stores them once every cluster has its entity), each
/// document's freed as it is stored, while the relations are still being merged.
final class SharedHeldMentions: @unchecked Sendable {
  private var held: HeldMentions?

  init(_ held: consuming HeldMentions) { self.held = consume held }

  /// The mentions of `document`; from any thread, until `release()`.
  func mentions(of document: String) -> [Mention] {
    guard let held else { preconditionFailure("mentions of \(document) read after they were freed") }
    return held.mentions(of: document)
  }

  /// The mentions of `document`, no longer held (`HeldMentions.take`); from one thread, once
  /// no other reads them.
  func take(of document: String) -> [Mention] {
    guard let taken = held?.take(document) else {
      preconditionFailure("mentions of \(document) taken after they were freed")
    }
    return taken
  }

  /// Frees the mentions, on another thread (`releaseElsewhere`). No thread may read them
  /// after.
  func release() {
    guard let last = held.take() else { return }
    releaseElsewhere(consume last)
  }
}
