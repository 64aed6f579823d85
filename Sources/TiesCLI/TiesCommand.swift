import ArgumentParser

public struct TiesCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(commandName: "ties", abstract: "Ties")
  public init() {}
}
