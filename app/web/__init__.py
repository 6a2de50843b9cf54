"""The staff web app: search (views), the activity dashboard and the feeds, with their static files."""
