import TiesGraph
import TiesModel

/// The extraction interchange format of `shared/eval/SCHEMA.md`: documents, entities with
/// aliases, relations with roles and evidence. The scorer reads it; so can any JSON tool.
///
/// Shape: `{"documents": [...], "entities": [{"id", "name", "type", "aliases", "date"?,
/// "mentions", "evidence"?}], "relations": [{"subject", "predicate", "object", "role"?,
/// "as_of"?, "confidence", "evidence": [{"document", "sentence", "start", "end", "rule",
/// "confidence"}]}]}`. Offsets count Unicode scalars (Python's string indices).
///
/// Output is deterministic: entities by id, relations by key, evidence sorted, one entity or
/// relation a line. Written without Foundation (whose ICU module clashes with libxml2's here).
/// - Complexity: O(V + E + M log M) for M mentions.
public enum InterchangeJSON {
  /// Writes `render(graph, extractions:)` to `path` through a temporary file renamed into place.
  /// - Throws: `FormatsError.io` when the file cannot be written.
  public static func write(_ graph: KnowledgeGraph, extractions: [DocumentExtraction] = [], to path: String)
    throws
  {
    let file = AtomicFile(target: path)
    let output = try BufferedFileOutput(path: file.temporaryPath, reportedPath: path)
    try output.write(render(graph, extractions: extractions))
    try output.flush()
    try file.commit()
  }

  /// The JSON text; with `extractions`, each entity carries the evidence of its mentions.
  /// The entity and relation lines are written in parallel chunks (`threads`, by default one
  /// per processor, at most 4) and joined in order, so the text never depends on the threads.
  public static func render(
    _ graph: KnowledgeGraph, extractions: [DocumentExtraction] = [], threads: Int? = nil
  ) -> String {
    var gathered: [EntityID: [Evidence]] = [:]
    for e in extractions {
      for m in e.mentions { if let id = m.entity { gathered[id, default: []].append(m.evidence) } }
    }
    let mentionEvidence = gathered
    let s = NodeLinkJSON.string
    let n = NodeLinkJSON.number
    func evidence(_ list: [Evidence]) -> String {
      // Appended piece by piece into one string: no array of item strings to join, and no
      // string made per item. Sorted items come in runs of one document, rule and
      // confidence, so each is quoted or printed once per run.
      var out = "["
      out.reserveCapacity(2 + list.count * 110)
      var document = (name: "", text: "")
      var rule = (name: "", text: "")
      var confidence = (value: Double.nan, text: "")
      for (i, e) in list.sorted().enumerated() {
        if i == 0 || e.document != document.name { document = (e.document, s(e.document)) }
        if i == 0 || e.rule != rule.name { rule = (e.rule, s(e.rule)) }
        if !(e.confidence == confidence.value) { confidence = (e.confidence, n(e.confidence)) }
        if i > 0 { out += ", " }
        out += "{\"document\": "
        out += document.text
        out += ", \"sentence\": "
        out += String(e.sentence)
        out += ", \"start\": "
        out += String(e.start)
        out += ", \"end\": "
        out += String(e.end)
        out += ", \"rule\": "
        out += rule.text
        out += ", \"confidence\": "
        out += confidence.text
        out += "}"
      }
      out += "]"
      return out
    }
    func entityLine(_ e: Entity) -> String {
      var fields = [
        "\"id\": \(s(e.id.rawValue))", "\"name\": \(s(e.name))", "\"type\": \(s(e.type.rawValue))",
        "\"aliases\": [" + e.aliases.map(s).joined(separator: ", ") + "]",
      ]
      if let date = e.date { fields.append("\"date\": \(s(date))") }
      fields.append("\"mentions\": \(e.mentionCount)")
      if !extractions.isEmpty { fields.append("\"evidence\": " + evidence(mentionEvidence[e.id] ?? [])) }
      return "{" + fields.joined(separator: ", ") + "}"
    }
    func relationLine(_ r: Relation) -> String {
      var fields = [
        "\"subject\": \(s(r.subject.rawValue))", "\"predicate\": \(s(r.predicate.rawValue))",
        "\"object\": \(s(r.object.rawValue))",
      ]
      if let role = r.role { fields.append("\"role\": \(s(role))") }
      if let asOf = r.asOf { fields.append("\"as_of\": \(s(asOf))") }
      fields.append("\"confidence\": \(n(r.confidence))")
      fields.append("\"evidence\": " + evidence(r.evidence))
      return "{" + fields.joined(separator: ", ") + "}"
    }
    let chunks = max(1, threads ?? Parallel.defaultThreads)
    let entities = lines(
      graph.entities.sorted(by: { $0.id < $1.id }), chunks: chunks,
      weight: { 1 + (mentionEvidence[$0.id]?.count ?? 0) }, entityLine)
    let relations = lines(
      graph.relations.sorted(by: { $0.key < $1.key }), chunks: chunks, weight: { 1 + $0.evidence.count },
      relationLine)
    var out =
      "{\n\"documents\": [" + graph.documents.map(\.name).sorted().map(s).joined(separator: ", ") + "],\n"
    out += "\"entities\": ["
    for (i, line) in entities.enumerated() { out += (i == 0 ? "\n  " : ",\n  ") + line }
    out += "\n],\n\"relations\": ["
    for (i, line) in relations.enumerated() { out += (i == 0 ? "\n  " : ",\n  ") + line }
    out += "\n]\n}\n"
    return out
  }

  /// `items.map(line)`, computed in `chunks` contiguous parts at once, each of about the
  /// same total `weight` (the evidence a line writes): a much-mentioned entity's line can
  /// outweigh thousands of others, and equal counts of items would leave one thread with
  /// most of the work.
  /// - Complexity: O(n) calls of `weight` and of `line`, the latter spread over the chunks.
  private static func lines<T>(
    _ items: [T], chunks: Int, weight: (T) -> Int, _ line: (T) -> String
  ) -> [String] {
    guard chunks > 1, items.count > 1 else { return items.map(line) }
    let bounds = chunkBounds(items.map(weight), chunks: chunks)
    var parts = [[String]](repeating: [], count: chunks)
    parts.withUnsafeMutableBufferPointer { parts in
      Parallel.forEachChunk(chunks) { chunk in
        parts[chunk] = items[bounds[chunk]..<bounds[chunk + 1]].map(line)
      }
    }
    return parts.flatMap { $0 }
  }

  /// Where `chunks` contiguous parts of items of `weights` begin and end: part k is
  /// `bounds[k]..<bounds[k + 1]`, and it begins at the first item after the weight before
  /// it reaches k/chunks of the total. Parts may be empty; `chunks + 1` bounds, from 0 to
  /// `weights.count`.
  /// - Complexity: O(n).
  static func chunkBounds(_ weights: [Int], chunks: Int) -> [Int] {
    let total = weights.reduce(0, +)
    var bounds = [0]
    var running = 0
    for (i, w) in weights.enumerated() {
      running += w
      if bounds.count < chunks && running * chunks >= total * bounds.count { bounds.append(i + 1) }
    }
    while bounds.count <= chunks { bounds.append(weights.count) }
    return bounds
  }
}
