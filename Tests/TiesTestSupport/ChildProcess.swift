import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A program a test starts (`posix_spawn`), with its standard output and standard error
/// captured and its standard input empty.
///
/// Not Foundation's `Process` and `FileHandle`: `readDataToEndOfFile()` stops the whole test
/// run with a fatal error when a read is interrupted (`EINTR`), which CI met once. This
/// spawns, reads and waits with the system calls themselves: reads interrupted by a signal
/// are tried again, standard error is read on another thread so that neither pipe fills
/// while the other is read, and the child is waited for by its pid.
public final class ChildProcess: @unchecked Sendable {
  /// What the program printed and how it ended.
  public struct Outcome: Sendable {
    /// The exit status, or 128 plus the signal that ended it.
    public var status: Int32
    public var output: String
    public var errors: String
  }

  /// A program that could not be started.
  public struct SpawnFailed: Error, CustomStringConvertible {
    public var executable: String
    public var code: Int32
    public var description: String { "cannot start \(executable): \(String(cString: strerror(code)))" }
  }

  private let executable: String
  private let arguments: [String]
  private let environment: [String: String]?
  private var pid: pid_t = 0
  private var output: Int32 = -1
  private var errors: Int32 = -1
  private static let spawning = NSLock()

  /// - Parameter environment: the child's whole environment; nil inherits the test's.
  public init(executable: String, arguments: [String], environment: [String: String]? = nil) {
    self.executable = executable
    self.arguments = arguments
    self.environment = environment
  }

  /// Starts the program.
  /// - Throws: `SpawnFailed` when it cannot be started (missing, not executable, no pipes).
  public func start() throws {
    // Pipes are made and the child spawned under one lock, so that no other child started here
    // inherits a write end before it is marked close-on-exec (its reader would wait for that
    // child too).
    Self.spawning.lock()
    defer { Self.spawning.unlock() }
    var outPipe: [Int32] = [-1, -1]
    var errPipe: [Int32] = [-1, -1]
    guard pipe(&outPipe) == 0 else { throw SpawnFailed(executable: executable, code: errno) }
    guard pipe(&errPipe) == 0 else {
      let code = errno
      close(outPipe[0])
      close(outPipe[1])
      throw SpawnFailed(executable: executable, code: code)
    }
    for fd in outPipe + errPipe { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
    posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp =
      environment.map { $0.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil] }
    defer {
      for pointer in argv { free(pointer) }
      for pointer in envp ?? [] { free(pointer) }
    }
    let code =
      envp.map { envp in posix_spawn(&pid, executable, &actions, nil, argv, envp) }
      ?? posix_spawn(&pid, executable, &actions, nil, argv, environ)
    close(outPipe[1])
    close(errPipe[1])
    guard code == 0 else {
      close(outPipe[0])
      close(errPipe[0])
      throw SpawnFailed(executable: executable, code: code)
    }
    output = outPipe[0]
    errors = errPipe[0]
  }

  /// Reads both streams to their end and waits for the program to exit. Call once, after
  /// `start()`.
  public func finish() -> Outcome {
    let errorDescriptor = errors
    let errorText = Captured()
    DispatchQueue.global().async { errorText.set(Self.readToEnd(errorDescriptor)) }
    let outputData = Self.readToEnd(output)
    let errorData = errorText.wait()
    close(output)
    close(errors)
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    // The low seven bits are the signal that ended the child, zero when it exited.
    let signal = status & 0x7f
    return Outcome(
      status: signal == 0 ? (status >> 8) & 0xff : 128 + signal,
      output: String(decoding: outputData, as: UTF8.self), errors: String(decoding: errorData, as: UTF8.self))
  }

  /// Starts the program and waits for it: `start()` then `finish()`.
  /// - Throws: `SpawnFailed` when it cannot be started.
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
