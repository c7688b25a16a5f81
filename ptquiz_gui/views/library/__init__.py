"""The library screen: banks, search, details, problems."""
