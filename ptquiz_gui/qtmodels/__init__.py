"""QAbstractItemModel subclasses and their named roles."""
