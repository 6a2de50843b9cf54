"""The staff web app: the WSGI server (server.py), one module per page kind preparing the data
(search.py, dashboard.py, feeds.py), the Jinja2 templates that write the HTML (templates/,
through render.py) and the static files (static/)."""
