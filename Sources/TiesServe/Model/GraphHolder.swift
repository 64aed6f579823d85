import Foundation

/// Holds the current `GraphSnapshot` and replaces it when the store changes.
///
/// Each request asks for `current()`, which compares the store's `StoreSignature` (three
/// `stat` calls) with the one the snapshot was loaded at. When they differ, one reload starts
/// in the background, and requests keep getting the previous snapshot until the new one is
/// ready, so a rebuild never stalls the explorer. A reload that fails (a store in the middle
/// of being replaced, say) keeps the previous snapshot and is tried again at the next change.
final class GraphHolder: @unchecked Sendable {
  let directory: String
  private let lock = NSLock()
  private var snapshot: GraphSnapshot
  /// The signature of the last load attempted, successful or not.
  private var attempted: StoreSignature
  private var reloading = false
  private var reloadError: String?

  /// Loads the store in `directory`.
  /// - Throws: what `GraphSnapshot.load` throws.
  init(directory: String) throws {
    self.directory = directory
    snapshot = try GraphSnapshot.load(directory: directory, generation: 1)
    attempted = snapshot.signature
  }

  /// The newest loaded snapshot; starts a reload when the store has changed since.
  /// - Complexity: O(1) (three `stat` calls and a lock).
  func current() -> GraphSnapshot {
    let now = StoreSignature(directory: directory)
    lock.lock()
    defer { lock.unlock() }
    if now != attempted && !reloading {
      reloading = true
      attempted = now
      let generation = snapshot.generation + 1
      Thread.detachNewThread { [self] in reload(generation: generation) }
    }
    return snapshot
  }

  private func reload(generation: Int) {
    let result = Result { try GraphSnapshot.load(directory: directory, generation: generation) }
    lock.lock()
    defer { lock.unlock() }
    switch result {
    case .success(let loaded):
      snapshot = loaded
      attempted = loaded.signature
      reloadError = nil
    case .failure(let error):
      reloadError = "\(error)"
    }
    reloading = false
  }

  /// The last reload's failure, shown on the home page until a load succeeds. Read under the
  /// lock: a request reads it while a reload may be writing it.
  var lastReloadError: String? {
    lock.lock()
    defer { lock.unlock() }
    return reloadError
  }

  /// Whether a reload is under way.
  var isReloading: Bool {
    lock.lock()
    defer { lock.unlock() }
    return reloading
  }
}
