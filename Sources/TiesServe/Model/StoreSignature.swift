import Foundation

/// What the store's files look like from outside: inode, size and modification time of
/// `ties.sqlite` and of its `-wal` and `-journal` companions. Any committed write changes one
/// of them, so a changed signature means the graph may have changed.
struct StoreSignature: Sendable, Hashable {
  private var parts: [Int64] = []

  /// Reads the signature of the store in `directory`.
  /// - Complexity: three `stat` calls; a missing file counts as all zeros.
  init(directory: String) {
    let base = directory.hasSuffix("/") ? directory + "ties.sqlite" : directory + "/ties.sqlite"
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
