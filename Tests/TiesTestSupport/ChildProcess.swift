import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A program a test starts, with its standard output and standard error captured.
///
/// Foundation's `readDataToEndOfFile()` stops the test process with a fatal error when a read is
/// interrupted by a signal (`EINTR`), which happens when another child of the test process exits
/// meanwhile (`SIGCHLD`); several tests run children side by side. This reads the pipes itself and
/// retries interrupted reads, and reads standard error on its own thread so that neither pipe fills
/// while the other is read.
public final class ChildProcess {
  /// What the program printed and how it ended.
  public struct Outcome: Sendable {
    public var status: Int32
    public var output: String
    public var errors: String
  }

  public let process = Process()
  private let outputPipe = Pipe()
  private let errorPipe = Pipe()

  /// - Parameter environment: the child's whole environment; nil inherits the test's.
  public init(executable: String, arguments: [String], environment: [String: String]? = nil) {
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let environment { process.environment = environment }
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = outputPipe
    process.standardError = errorPipe
  }

  /// Starts the program. - Throws: Foundation's error when it cannot be started.
  public func start() throws { try process.run() }

  /// Reads both streams to their end and waits for the program to exit.
  public func finish() -> Outcome {
    let errorDescriptor = errorPipe.fileHandleForReading.fileDescriptor
    let errorText = Captured()
    let reader = Thread { errorText.set(Self.readToEnd(errorDescriptor)) }
    reader.start()
    let output = Self.readToEnd(outputPipe.fileHandleForReading.fileDescriptor)
    let errors = errorText.wait()
    process.waitUntilExit()
    return Outcome(
      status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
      errors: String(decoding: errors, as: UTF8.self))
  }

  /// Starts the program and waits for it: `start()` then `finish()`.
  public static func run(
    _ executable: String, _ arguments: [String], environment: [String: String]? = nil
  ) throws -> Outcome {
    let child = ChildProcess(executable: executable, arguments: arguments, environment: environment)
    try child.start()
    return child.finish()
  }

  /// Every byte until the end of `descriptor`, retrying reads a signal interrupted.
  /// A read error other than `EINTR` ends the data there.
  /// - Parameter read: the `read(2)` to call (tests give one that is interrupted).
  public static func readToEnd(
    _ descriptor: Int32,
    read: (Int32, UnsafeMutableRawPointer?, Int) -> Int = { Glibc.read($0, $1, $2) }
  ) -> Data {
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count > 0 {
        data.append(buffer, count: count)
      } else if count < 0 && errno == EINTR {
        continue
      } else {
        return data
      }
    }
  }
}

/// One value handed from a reader thread to the thread that waits for it.
private final class Captured: @unchecked Sendable {
  private let done = DispatchSemaphore(value: 0)
  private var data = Data()

  func set(_ value: Data) {
    data = value
    done.signal()
  }

  func wait() -> Data {
    done.wait()
    return data
  }
}
