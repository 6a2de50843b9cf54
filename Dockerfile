# Image for the web app and the crawler (docker-compose.yml runs both from it).
FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml constraints.txt README.md scrapy.cfg ./
COPY crawler crawler
COPY spiders spiders
COPY pipelines pipelines
COPY search search
COPY app app
RUN pip install --no-cache-dir -c constraints.txt . && useradd --create-home lmhtx && mkdir /data && chown lmhtx /data
# Not root: the accounts file and the session key in /data are readable by this user alone (0600).
USER lmhtx
ENV LMHTX_DATA=/data SCRAPY_SETTINGS_MODULE=crawler.settings PYTHONDONTWRITEBYTECODE=1
VOLUME /data
EXPOSE 8000
# No curl in python:slim: the image's own Python asks the app's health route.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
  CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://localhost:8000/healthz', timeout=5)"]
# Listening on every interface turns the login on (LMHTX_LOGIN=auto): `lmhtx users add NAME` first.
CMD ["lmhtx", "serve", "--host", "0.0.0.0", "--port", "8000"]
