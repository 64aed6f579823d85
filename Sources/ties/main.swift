import TiesCLI

TiesCommand.main()
