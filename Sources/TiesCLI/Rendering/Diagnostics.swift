import ArgumentParser
import Foundation
import TiesExtraction
import TiesGraph
import TiesModel
import TiesStore

/// Exit codes, as `ties --help` documents them.
enum ExitCodes {
  static let inputError: Int32 = 1
  static let storeError: Int32 = 2
  static let notFound: Int32 = 3
}

/// Prints diagnostics in one shape, `path:line:col: error: message`, on standard error.
enum Diagnostics {
  static func error(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
  }

  /// Writes `text` as it is, without a newline.
  static func write(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }

  static func note(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
  }

  /// Runs `body`, turning library errors into a printed diagnostic and an exit code; input
  /// paths skipped while it runs (`InputFiles.skipReporter`) are printed as warnings.
  static func reporting<T>(_ body: () throws -> T) throws -> T {
    let warn: @Sendable (InputFiles.Skipped) -> Void = { note($0.description) }
    do {
      return try InputFiles.reportingSkipped(to: warn) { try body() }
    } catch let error as ExtractionError {
      self.error(error.description)
      throw ExitCode(ExitCodes.inputError)
    } catch let error as StoreError {
      self.error(error.description)
      throw ExitCode(ExitCodes.storeError)
    } catch let error as GraphError {
      self.error(error.description)
      throw ExitCode(ExitCodes.inputError)
    } catch let error as IndexError {
      self.error("error: \(error)")
      throw ExitCode(ExitCodes.inputError)
    } catch let error as LocatedError {
      self.error(error.description)
      throw ExitCode(ExitCodes.inputError)
    }
  }
}

/// Writes text to standard output, from the string's own bytes (an export or the interchange
/// JSON can be tens of megabytes; a copy would cost its time and its memory again).
func emit(_ text: String) {
  var text = text
  text.withUTF8 { bytes in
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
    FileHandle.standardOutput.write(
      Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: bytes.count, deallocator: .none))
  }
}

/// Values left to the end of the process instead of freed one object at a time just before
/// it exits: a command's last result (every mention of a corpus, the resolved graph) can be
/// millions of small objects, whose release takes a noticeable part of a short run.
enum KeptUntilExit {
  nonisolated(unsafe) private static var values: [Any] = []

  /// Keeps `value` alive until the process exits. Call it only at the end of a command.
  static func keep(_ value: Any) { values.append(value) }
}
