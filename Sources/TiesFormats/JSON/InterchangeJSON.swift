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
      // By index: iterating the mentions would copy each one.
      let mentions = e.mentions
      for k in mentions.indices {
        if let id = mentions[k].entity { gathered[id, default: []].append(mentions[k].evidence) }
      }
    }
    let mentionEvidence = gathered
    let chunks = max(1, threads ?? Parallel.defaultThreads)
    let withEvidence = !extractions.isEmpty
    func entityLine(_ e: Entity, into out: inout JSONBytes) {
      Self.entityLine(e, evidence: withEvidence ? mentionEvidence[e.id] ?? [] : nil, into: &out)
    }
    let entities = lines(
      graph.entities.sorted(by: { $0.id < $1.id }), chunks: chunks,
      weight: { 1 + (mentionEvidence[$0.id]?.count ?? 0) }, entityLine)
    let relations = lines(
      graph.relations.sorted(by: { $0.key < $1.key }), chunks: chunks, weight: { 1 + $0.evidence.count },
      relationLine)
    let size = (entities + relations).reduce(64 * graph.documents.count + 64) { $0 + $1.count }
    var out = JSONBytes(capacity: size)
    out.append("{\n\"documents\": [")
    for (i, name) in graph.documents.map(\.name).sorted().enumerated() {
      if i > 0 { out.append(", ") }
      out.append(string: name)
    }
    out.append("],\n\"entities\": [")
    for part in entities { out.append(contentsOf: part) }
    out.append("\n],\n\"relations\": [")
    for part in relations { out.append(contentsOf: part) }
    out.append("\n]\n}\n")
    return out.text
  }

  /// `{"id": …, "name": …, "type": …, "aliases": […], "date": …, "mentions": …, "evidence": […]}`,
  /// the date and the evidence only when given.
  private static func entityLine(_ e: Entity, evidence: [Evidence]?, into out: inout JSONBytes) {
    out.append("{\"id\": ")
    out.append(string: e.id.rawValue)
    out.append(", \"name\": ")
    out.append(string: e.name)
    out.append(", \"type\": ")
    out.append(string: e.type.rawValue)
    out.append(", \"aliases\": [")
    for (i, alias) in e.aliases.enumerated() {
      if i > 0 { out.append(", ") }
      out.append(string: alias)
    }
    out.append("]")
    if let date = e.date {
      out.append(", \"date\": ")
      out.append(string: date)
    }
    out.append(", \"mentions\": ")
    out.append(e.mentionCount)
    if let evidence {
      out.append(", \"evidence\": ")
      evidenceList(evidence, into: &out)
    }
    out.append("}")
  }

  /// `{"subject": …, "predicate": …, "object": …, "role": …, "as_of": …, "confidence": …,
  /// "evidence": […]}`, the role and date only when the relation has them.
  private static func relationLine(_ r: Relation, into out: inout JSONBytes) {
    out.append("{\"subject\": ")
    out.append(string: r.subject.rawValue)
    out.append(", \"predicate\": ")
    out.append(string: r.predicate.rawValue)
    out.append(", \"object\": ")
    out.append(string: r.object.rawValue)
    if let role = r.role {
      out.append(", \"role\": ")
      out.append(string: role)
    }
    if let asOf = r.asOf {
      out.append(", \"as_of\": ")
      out.append(string: asOf)
    }
    out.append(", \"confidence\": ")
    out.append(raw: NodeLinkJSON.number(r.confidence))
    out.append(", \"evidence\": ")
    evidenceList(r.evidence, into: &out)
    out.append("}")
  }

  /// The evidence, sorted, as an array of objects. Sorted items come in runs of one document,
  /// rule and confidence, so each is quoted or printed once per run.
  private static func evidenceList(_ list: [Evidence], into out: inout JSONBytes) {
    out.append("[")
    var document = (name: "", text: "")
    var rule = (name: "", text: "")
    var confidence = (value: Double.nan, text: "")
    let list = list.inEvidenceOrder()
    for i in list.indices {
      let e = list[i]
      if i == 0 || e.document != document.name { document = (e.document, NodeLinkJSON.string(e.document)) }
      if i == 0 || e.rule != rule.name { rule = (e.rule, NodeLinkJSON.string(e.rule)) }
      if !(e.confidence == confidence.value) {
        confidence = (e.confidence, NodeLinkJSON.number(e.confidence))
      }
      if i > 0 { out.append(", ") }
      out.append("{\"document\": ")
      out.append(raw: document.text)
      out.append(", \"sentence\": ")
      out.append(e.sentence)
      out.append(", \"start\": ")
      out.append(e.start)
      out.append(", \"end\": ")
      out.append(e.end)
      out.append(", \"rule\": ")
      out.append(raw: rule.text)
      out.append(", \"confidence\": ")
      out.append(raw: confidence.text)
      out.append("}")
    }
    out.append("]")
  }

  /// The lines of `items`, each after `"\n  "` (the first) or `",\n  "`, written in `chunks`
  /// contiguous parts at once, each of about the same total `weight` (the evidence a line
  /// writes): a much-mentioned entity's line can outweigh thousands of others, and equal
  /// counts of items would leave one thread with most of the work.
  /// - Complexity: O(n) calls of `weight` and of `line`, the latter spread over the chunks.
  private static func lines<T>(
    _ items: [T], chunks: Int, weight: (T) -> Int, _ line: (T, inout JSONBytes) -> Void
  ) -> [[UInt8]] {
    func part(_ range: Range<Int>) -> [UInt8] {
      var out = JSONBytes()
      for i in range {
        out.append(i == 0 ? "\n  " : ",\n  ")
        line(items[i], &out)
      }
      return out.bytes
    }
    guard chunks > 1, items.count > 1 else { return [part(items.indices)] }
    let bounds = chunkBounds(items.map(weight), chunks: chunks)
    var parts = [[UInt8]](repeating: [], count: chunks)
    parts.withUnsafeMutableBufferPointer { parts in
      Parallel.forEachChunk(chunks) { chunk in parts[chunk] = part(bounds[chunk]..<bounds[chunk + 1]) }
    }
    return parts
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
