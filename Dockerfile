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
USER lmhtx
ENV LMHTX_DATA=/data SCRAPY_SETTINGS_MODULE=crawler.settings
VOLUME /data
EXPOSE 8000
CMD ["lmhtx", "serve", "--host", "0.0.0.0", "--port", "8000"]
