import Foundation
import Testing
import TiesTestSupport

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Captures what runs print on standard error (diagnostics), around `CLI.run`.
enum StandardError {
  /// Runs `body` with standard error sent to a file, and returns its result and the text.
  /// Standard error is one per process: captures take turns with every command a test runs
  /// (`CLI.lock`), so none prints into another's capture.
  static func capture<T>(_ body: () throws -> T) throws -> (result: T, text: String) {
    CLI.lock.lock()
    defer { CLI.lock.unlock() }
    let folder = try TemporaryDirectory(prefix: "ties-cli-stderr")
    let path = folder.appending("stderr")
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard fd >= 0 else { throw CLI.CaptureError.cannotOpen(path) }
    let saved = dup(STDERR_FILENO)
    dup2(fd, STDERR_FILENO)
    let result = Result { try body() }
    dup2(saved, STDERR_FILENO)
    close(saved)
    close(fd)
    let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    return (try result.get(), text)
  }
}

/// Small graphs and file helpers for the format commands.
enum FormatsFixture {
  /// A path Ann Lee → Bolt Corp ← Cho Min → Dawn Forum, and Eve Lee alone; Ann and Eve share
  /// the alias "Ms Lee".
  static let chain = """
    <?xml version="1.0" encoding="UTF-8"?>
    <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
      <key id="l" for="node" attr.name="label" attr.type="string"/>
      <key id="t" for="node" attr.name="type" attr.type="string"/>
      <key id="a" for="node" attr.name="aliases" attr.type="string"/>
      <key id="p" for="edge" attr.name="predicate" attr.type="string"/>
      <key id="r" for="edge" attr.name="role" attr.type="string"/>
      <graph edgedefault="directed">
        <node id="p-ann"><data key="l">Ann Lee</data><data key="t">person</data><data key="a">Ms Lee</data></node>
        <node id="c-bolt"><data key="l">Bolt Corp</data><data key="t">company</data></node>
        <node id="p-cho"><data key="l">Cho Min-su</data><data key="t">person</data></node>
        <node id="ev-dawn"><data key="l">Dawn Forum</data><data key="t">event</data></node>
        <node id="p-eve"><data key="l">Eve Lee</data><data key="t">person</data><data key="a">Ms Lee</data></node>
        <edge source="p-ann" target="c-bolt"><data key="p">affiliated_with</data><data key="r">chairman</data></edge>
        <edge source="p-cho" target="c-bolt"><data key="p">affiliated_with</data></edge>
        <edge source="p-cho" target="ev-dawn"><data key="p">attended</data></edge>
      </graph>
    </graphml>

    """

  /// Writes `text` to `name` in `workspace` and returns the path.
  static func write(_ text: String, _ name: String, in workspace: Workspace) throws -> String {
    let path = workspace.root.appending(name)
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  static func read(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

  static func text(_ path: String) throws -> String { String(decoding: try read(path), as: UTF8.self) }

  /// The entity ids and relations (`subject predicate object`) of an interchange JSON file.
  static func contents(ofInterchange path: String) throws -> (entities: [String], relations: [String]) {
    let object = try JSONSerialization.jsonObject(with: try read(path)) as? [String: Any] ?? [:]
    let entities = (object["entities"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    let relations = (object["relations"] as? [[String: Any]] ?? []).map { r in
      ["subject", "predicate", "object"].map { r[$0] as? String ?? "?" }.joined(separator: " ")
    }
    return (entities, relations)
  }

  /// How often `needle` occurs in `haystack`.
  static func count(_ needle: String, in haystack: String) -> Int {
    haystack.components(separatedBy: needle).count - 1
  }
}
