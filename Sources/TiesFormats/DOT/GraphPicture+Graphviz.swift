import TiesModel

// Foundation is not imported in TiesFormats: its ICU headers clash with libxml2's in a clean
// build ('UErrorCode' defined twice), so the subprocess is run with posix_spawn.
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension GraphPicture {
  /// What `write(_:to:searchPath:)` did.
  public enum Outcome: Sendable, Hashable {
    /// The SVG was written, laid out by this engine.
    case drawn(LayoutEngine)
    /// No executable of this engine is on the search path; nothing was written.
    case graphvizMissing(LayoutEngine)
    /// The graph has more than `maxNodes` entities, too many to draw legibly; nothing was
    /// written.
    case tooLarge(nodeCount: Int)
  }

  /// Above this many entities no picture is drawn (`LayoutRecommendation` advises Gephi or
  /// Cytoscape there; sfdp takes minutes).
  public static let maxNodes = 20_000

  /// How to get Graphviz, for a note when `write` reports `.graphvizMissing`.
  public static let installHint =
    "install Graphviz to draw it (Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz;"
    + " others: https://graphviz.org/download/)"

  /// Draws `graph` as SVG into `path` with Graphviz: `dot(_:)`'s text, laid out by the engine
  /// `engine(for:)` picks, run as a subprocess.
  ///
  /// The DOT goes to a temporary file beside `path`, Graphviz writes the SVG under a temporary
  /// name there too, and that is renamed onto `path` only when Graphviz succeeds, so an
  /// interrupted or failed run leaves the previous file. Graphviz escapes every label and id
  /// in the SVG it writes.
  ///
  /// - Parameters:
  ///   - graph: The graph to draw.
  ///   - path: The SVG file to write.
  ///   - searchPath: Folders to look for the engine in, `:`-separated like `PATH`; nil means
  ///     this process's `PATH`.
  /// - Returns: `.drawn`, or why nothing was written (no Graphviz, too large a graph).
  /// - Throws: `FormatsError.io` when a file cannot be written or Graphviz fails.
  /// - Complexity: that of the engine (`dot` is quadratic or worse in the worst case, which is
  ///   why large graphs get `sfdp` and the largest none).
  public static func write(_ graph: KnowledgeGraph, to path: String, searchPath: String? = nil) throws
    -> Outcome
  {
    if graph.entities.count > maxNodes { return .tooLarge(nodeCount: graph.entities.count) }
    let engine = engine(for: graph)
    let folders = searchPath ?? getenv("PATH").map { String(cString: $0) } ?? ""
    guard let executable = executable(named: engine.rawValue, in: folders) else {
      return .graphvizMissing(engine)
    }
    let input = AtomicFile(target: path + ".dot")  // never committed: removed when dropped
    let output = try BufferedFileOutput(path: input.temporaryPath, reportedPath: path)
    try output.write(dot(graph, engine: engine))
    try output.flush()
    let svg = AtomicFile(target: path)
    try run(executable, ["-Tsvg", "-o", svg.temporaryPath, input.temporaryPath], for: path)
    try svg.commit()
    return .drawn(engine)
  }

  /// The first executable file `name` in the `:`-separated `folders`, or nil.
  static func executable(named name: String, in folders: String) -> String? {
    for folder in folders.split(separator: ":") where !folder.isEmpty {
      let candidate = folder + "/" + name
      var info = stat()
      if stat(candidate, &info) == 0, info.st_mode & S_IFMT == S_IFREG, access(candidate, X_OK) == 0 {
        return candidate
      }
    }
    return nil
  }

  /// Runs `executable` with `arguments` and waits for it.
  /// - Throws: `FormatsError.io(path: target, …)` when it cannot start or does not exit with
  ///   status 0 (the message carries the first line it printed on standard error).
  private static func run(_ executable: String, _ arguments: [String], for target: String) throws {
    var pipeEnds: [Int32] = [0, 0]
    guard pipe(&pipeEnds) == 0 else {
      throw FormatsError.io(path: target, message: "cannot run \(executable): no pipe (errno \(errno))")
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 2)
    posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
    let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid = pid_t()
    var spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
    // ETXTBSY is passing: another thread's child briefly holds the program open for writing
    // (it was just written, and a fork inherited the descriptor). Try again a few times.
    var attempts = 1
    while spawned == ETXTBSY && attempts < 20 {
      usleep(50_000)
      spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
      attempts += 1
    }
    close(pipeEnds[1])
    guard spawned == 0 else {
      close(pipeEnds[0])
      throw FormatsError.io(
        path: target, message: "cannot run \(executable): \(String(cString: strerror(spawned)))")
    }
    // Standard error, read to its end before waiting, so a chatty engine cannot block on it.
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(pipeEnds[0], $0.baseAddress, $0.count) }
      if count > 0 {
        bytes += chunk[0..<count]
      } else if count == 0 || errno != EINTR {
        break
      }
    }
    close(pipeEnds[0])
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    let signal = status & 0x7f
    let exitStatus = (status >> 8) & 0xff
    guard signal == 0, exitStatus == 0 else {
      let text = String(decoding: bytes, as: UTF8.self)
      let firstLine = text.split(separator: "\n").first.map(String.init) ?? "no message"
      let how = signal == 0 ? "exit status \(exitStatus)" : "signal \(signal)"
      throw FormatsError.io(path: target, message: "\(executable) failed (\(how)): \(firstLine)")
    }
  }
}
