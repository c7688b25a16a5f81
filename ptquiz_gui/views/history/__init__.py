"""The history screen: past attempts, progress charts, most-missed questions, backups."""
