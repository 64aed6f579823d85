import TiesCLI
TiesCommand.main()
