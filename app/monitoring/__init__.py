"""Monitoring: `report` builds the data of the archive and its last runs, `monitors` judge it,
`alerts` deliver the findings."""
