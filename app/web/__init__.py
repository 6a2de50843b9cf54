"""The staff web app: the WSGI App and its routing table (server.py), one views module per
page kind (views/), one module per page kind preparing the data (search.py, copies.py,
dashboard.py, feeds.py, export.py, saved.py), the Jinja2 templates that write the HTML
(templates/, through render.py) and the static files (static/)."""
