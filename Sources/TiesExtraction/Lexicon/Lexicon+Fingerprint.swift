import Foundation

extension Lexicon {
  /// A digest of what a lexicon is read from: the bytes of the bundled YAML files and of the
  /// user's file, and the size of each generated list (they change only through
  /// `scripts/lexicons/generate`, which changes their sizes). A file that cannot be read
  /// counts as empty: loading reports it.
  /// - Complexity: O(size of the YAML files); the generated lists are not read again.
  static func sourceDigest(userFile: String?) -> UInt64 {
    var digest: UInt64 = 0xcbf2_9ce4_8422_2325
    func mix<S: Sequence<UInt8>>(_ bytes: S) {
      for byte in bytes { digest = (digest ^ UInt64(byte)) &* 0x100_0000_01b3 }
      digest = (digest ^ 0xFF) &* 0x100_0000_01b3
    }
    for name in bundledYAMLFiles {
      mix(bundledYAMLURL(name).flatMap { try? Data(contentsOf: $0) } ?? Data())
    }
    for file in generatedFiles {
      let size = generatedURL(file).flatMap {
        try? FileManager.default.attributesOfItem(atPath: $0.path)[.size] as? Int
      }
      mix(String(size ?? -1).utf8)
    }
    if let userFile, let data = FileManager.default.contents(atPath: userFile) { mix(data) }
    return digest
  }
}
