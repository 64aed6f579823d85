import ArgumentParser
import Foundation
import TiesPipeline

/// Flags of the commands that write the graph: `build` and `ingest`.
struct WritingOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "How long to wait, in seconds, while another ties process writes the same graph.",
      valueName: "seconds"))
  var wait: Double = 600

  @Flag(
    name: .long,
    help: "Print progress (documents per second, time left) on standard error even when it is not a terminal."
  )
  var progress = false

  func validate() throws {
    guard wait >= 0, wait.isFinite else {
      throw ValidationError("--wait takes a number of seconds, 0 or more")
    }
  }

  /// The library's options for these flags; progress goes to standard error when it is a
  /// terminal or `--progress` asks for it, at most twice a second.
  func ingestOptions(lossy: Bool) -> IngestOptions {
    let show = progress || isatty(FileHandle.standardError.fileDescriptor) != 0
    return IngestOptions(
      lossy: lossy, waitSeconds: wait, progress: show ? ProgressLine(terminal: !progress).report : nil)
  }
}
