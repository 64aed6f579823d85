import Foundation

extension InputFiles {
  /// Lists the `.txt` files under folders with `opendir`/`readdir` and one `stat` per entry,
  /// following symbolic links but entering each folder (by device and inode) once, so that a
  /// link loop ends and a folder linked twice is read once. Iterative: nesting depth costs
  /// heap, not stack.
  struct FolderWalk {
    private struct FolderID: Hashable {
      var device: UInt64
      var inode: UInt64

      init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
      }
    }

    /// Folders entered by any walk of this value.
    private var entered = Set<FolderID>()

    /// The relative paths of the `.txt` files under `root` (unsorted); what it passes over is
    /// appended to `skipped`.
    /// - Throws: `ExtractionError.unreadable` when `root` itself cannot be listed.
    /// - Complexity: O(n) in the number of entries, one `stat` each.
    mutating func walk(_ root: String, info: stat, skipped: inout [Skipped]) throws -> [String] {
      var found: [String] = []
      guard entered.insert(FolderID(info)).inserted else { return found }
      var pending: [(path: String, relative: String)] = [(root, "")]
      var isRoot = true
      while let (folder, relative) = pending.popLast() {
        guard let handle = opendir(folder) else {
          let reason = "cannot list the folder: \(String(cString: strerror(errno)))"
          if isRoot { throw ExtractionError.unreadable(path: folder, reason: reason) }
          skipped.append(Skipped(path: folder, reason: reason))
          continue
        }
        isRoot = false
        defer { closedir(handle) }
        let descriptor = dirfd(handle)
        while let entry = readdir(handle) {
          let nameBytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in
            Array(raw.prefix(while: { $0 != 0 }))
          }
          if nameBytes.first == UInt8(ascii: ".") { continue }  // hidden, and "." and ".."
          let isText = Self.hasTextSuffix(nameBytes)
          guard let name = String(validating: nameBytes, as: UTF8.self) else {
            let shown = String(decoding: nameBytes, as: UTF8.self)
            skipped.append(Skipped(path: folder + "/" + shown, reason: "the file name is not valid UTF-8"))
            continue
          }
          let path = folder + "/" + name
          var info = stat()
          guard fstatat(descriptor, nameBytes.map { CChar(bitPattern: $0) } + [0], &info, 0) == 0 else {
            skipped.append(Skipped(path: path, reason: "cannot follow: \(String(cString: strerror(errno)))"))
            continue
          }
          let child = relative.isEmpty ? name : relative + "/" + name
          switch info.st_mode & S_IFMT {
          case S_IFDIR:
            if entered.insert(FolderID(info)).inserted {
              pending.append((path, child))
            } else {
              skipped.append(Skipped(path: path, reason: "a folder already read (a symbolic link loop?)"))
            }
          case S_IFREG:
            if isText { found.append(child) }
          default:
            if isText {
              skipped.append(
                Skipped(path: path, reason: "\(InputFiles.kind(info.st_mode)), not a regular file"))
            }
          }
        }
      }
      return found
    }

    /// Whether a file name ends in `.txt`, in any case.
    private static func hasTextSuffix(_ name: [UInt8]) -> Bool {
      guard name.count >= 4 else { return false }
      let tail = name.suffix(4).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }  // ASCII lower case
      return tail == Array(".txt".utf8)
    }
  }
}
