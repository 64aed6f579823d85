import Foundation
import Testing
import TiesTestSupport

#if canImport(Glibc)
  import Glibc
#endif

/// The helper the command tests start `ties` with survives signals while it reads.
@Suite("tests' child processes")
struct ChildProcessTests {
  @Test("reads a child's output to the end while signals interrupt its reads")
  func readsThroughInterruptions() throws {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { _ in }
    action.sa_flags = 0  // no SA_RESTART: a blocked read returns EINTR
    var previous = sigaction()
    sigaction(SIGUSR2, &action, &previous)
    defer { sigaction(SIGUSR2, &previous, nil) }
    // Test threads are the concurrency pool's, which block most signals: let this one through.
    var signals = sigset_t()
    sigemptyset(&signals)
    sigaddset(&signals, SIGUSR2)
    var previousMask = sigset_t()
    pthread_sigmask(SIG_UNBLOCK, &signals, &previousMask)
    defer { pthread_sigmask(SIG_SETMASK, &previousMask, nil) }

    let reader = pthread_self()
    let interrupter = Interrupter()
    let thread = Thread { interrupter.run(target: reader) }
    thread.start()
    let outcome = try ChildProcess.run(
      "/bin/sh", ["-c", "sleep 0.4; echo finished; sleep 0.2; echo 'went wrong' >&2; echo again"])
    let sent = interrupter.stop()

    #expect(sent > 10, "the reading thread was interrupted while it waited")
    #expect(outcome.status == 0)
    #expect(outcome.output == "finished\nagain\n")
    #expect(outcome.errors == "went wrong\n")
  }
}

/// Sends SIGUSR2 to one thread every few milliseconds until stopped.
private final class Interrupter: @unchecked Sendable {
  private let lock = NSLock()
  private var stopped = false
  private var sent = 0
  private let finished = DispatchSemaphore(value: 0)

  func run(target: pthread_t) {
    while lock.withLock({ !stopped }) {
      pthread_kill(target, SIGUSR2)
      lock.withLock { sent += 1 }
      usleep(5_000)
    }
    finished.signal()
  }

  /// Stops sending; returns how many signals were sent.
  func stop() -> Int {
    lock.withLock { stopped = true }
    finished.wait()
    return lock.withLock { sent }
  }
}
