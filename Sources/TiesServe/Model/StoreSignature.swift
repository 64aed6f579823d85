import Foundation
import TiesStore
import TiesStorePostgres

/// What the store's files look like from outside: inode, size and modification time of
/// `ties.sqlite` (or of the generation it links to) and of its `-wal` and `-journal`
/// companions. Any committed write changes one of them, so a changed signature means the
/// graph may have changed. For a PostgreSQL graph it is the generation counter every write
/// commit bumps, read at most twice a second.
struct StoreSignature: Sendable, Hashable {
  private var parts: [Int64] = []

  /// Reads the signature of the store in `directory`.
  /// - Complexity: resolving the link, then three `stat` calls; a missing file counts as all
  ///   zeros.
  init(directory: String) {
    if GraphStores.isDatabaseURL(directory) {
      parts = [GenerationProbe.shared.generation(of: directory)]
      return
    }
    let link = directory.hasSuffix("/") ? directory + "ties.sqlite" : directory + "/ties.sqlite"
    // A graph built whole is a link to its current generation, whose log SQLite names after
    // the file the link resolves to.
    let base = URL(fileURLWithPath: link).resolvingSymlinksInPath().path
    for path in [base, base + "-wal", base + "-journal"] {
      var info = stat()
      if stat(path, &info) == 0 {
        parts += [
          Int64(info.st_ino), Int64(info.st_size), Int64(info.st_mtim.tv_sec), Int64(info.st_mtim.tv_nsec),
        ]
      } else {
        parts += [0, 0, 0, 0]
      }
    }
  }
}

/// Reads the generation of PostgreSQL graphs through one kept connection each, at most twice a
/// second per graph; a failed read counts as -1 (a change, and a reload that reports the error).
private final class GenerationProbe: @unchecked Sendable {
  static let shared = GenerationProbe()
  private let lock = NSLock()
  private var probes: [String: (store: (any GraphReading)?, checked: Date, value: Int64)] = [:]

  func generation(of url: String) -> Int64 {
    lock.lock()
    defer { lock.unlock() }
    let now = Date()
    if let probe = probes[url], now.timeIntervalSince(probe.checked) < 0.5 { return probe.value }
    var store = probes[url]?.store
    var value: Int64 = -1
    do {
      if store == nil { store = try GraphStores.open(url, access: .readOnly) }
      if let store, let text = try GraphStores.generation(of: store) { value = Int64(text) ?? -1 }
    } catch {
      store = nil
    }
    probes[url] = (store, now, value)
    return value
  }
}
