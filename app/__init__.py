"""The product layer: the `lmhtx` command line (app.cli), the unattended nightly run
(app.nightly), monitoring (app.monitoring: the report builds the data, the monitors judge it,
the alerts deliver it) and the staff web app (app.web).

Layers, each importing only from those before it: the crawl core (`crawler`: Scrapy project,
sites, extraction, archive) ← search backends (`search`) ← the crawl's pipelines
(`pipelines`, `spiders`) ← this package.
"""
