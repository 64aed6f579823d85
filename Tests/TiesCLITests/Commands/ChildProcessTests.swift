import Foundation
import Testing
import TiesTestSupport

#if canImport(Glibc)
  import Glibc
#endif

/// The helper the command tests start `ties` with keeps reading through interrupted reads,
/// where Foundation's `readDataToEndOfFile()` stops the whole test run.
@Suite("tests' child processes")
struct ChildProcessTests {
  @Test("a read a signal interrupts (EINTR) is tried again; the data is whole")
  func readsThroughInterruptions() {
    // What each call of `read` does: give these bytes, or fail with this errno.
    enum Step {
      case bytes(String)
      case failure(Int32)
    }
    var script: [Step] = [
      .bytes("fin"), .failure(EINTR), .bytes("ished\n"), .failure(EINTR), .failure(EINTR), .bytes("again\n"),
      .bytes(""),
    ]
    var calls = 0
    let data = ChildProcess.readToEnd(7) { descriptor, buffer, capacity in
      #expect(descriptor == 7)
      calls += 1
      switch script.removeFirst() {
      case .bytes(let text):
        let bytes = Array(text.utf8)
        buffer?.copyMemory(from: bytes, byteCount: min(bytes.count, capacity))
        return bytes.count
      case .failure(let code):
        errno = code
        return -1
      }
    }
    #expect(String(decoding: data, as: UTF8.self) == "finished\nagain\n")
    #expect(calls == 7)
  }

  @Test("another read error ends the data there")
  func stopsAtOtherErrors() {
    var first = true
    let data = ChildProcess.readToEnd(7) { _, buffer, _ in
      guard first else {
        errno = EBADF
        return -1
      }
      first = false
      buffer?.storeBytes(of: UInt8(ascii: "x"), as: UInt8.self)
      return 1
    }
    #expect(data == Data("x".utf8))
  }

  @Test("a program that cannot start is an error naming it; one a signal ended has 128 plus the signal")
  func failuresAndSignals() throws {
    #expect(throws: ChildProcess.SpawnFailed.self) { try ChildProcess.run("/no/such/program", []) }
    let killed = try ChildProcess.run("/bin/sh", ["-c", "kill -9 $$"])
    #expect(killed.status == 128 + 9)
    let quiet = try ChildProcess.run("/bin/cat", [])  // standard input is empty
    #expect(quiet.status == 0 && quiet.output.isEmpty)
  }

  @Test("runs a program and captures both of its streams")
  func capturesBothStreams() throws {
    let outcome = try ChildProcess.run("/bin/sh", ["-c", "echo out; echo 'went wrong' >&2; exit 3"])
    #expect(outcome.status == 3)
    #expect(outcome.output == "out\n")
    #expect(outcome.errors == "went wrong\n")
  }
}
