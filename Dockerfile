# vngov image: the vngov package (CLI `vngov`) plus Airflow 3.3, dbt-duckdb, Great Expectations
# and Scrapy, with the repository's working dirs kept at /opt/vngov.
# Used by docker-compose.yml for every Airflow service, the Celery workers and Flower of the
# `celery` profile included: the Celery provider (which brings celery and flower) and the
# redis client are dependencies in pyproject.toml, installed below with the rest. Also usable alone:
#   docker build -t vngov . && docker run --rm -v vngov-data:/opt/vngov/data vngov vngov run

# The Data Docs' scripts and styles (vngov.datadocs copies them into the site so it works
# offline), pinned by vendor/datadocs/package-lock.json; only node_modules is kept.
FROM node:20-bookworm-slim AS datadocs
WORKDIR /src
COPY vendor/datadocs/package.json vendor/datadocs/package-lock.json vendor/datadocs/.npmrc ./
RUN npm ci --ignore-scripts --no-audit --no-fund

FROM python:3.11-slim-bookworm

# No compiler/apt packages: every compiled dependency pinned in constraints.txt ships a
# manylinux wheel (duckdb, lxml, psycopg2-binary, ...), so pip never builds from source.
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1

ARG VNGOV_UID=50000
RUN groupadd --gid "${VNGOV_UID}" vngov \
 && useradd --uid "${VNGOV_UID}" --gid vngov --create-home --home-dir /home/vngov \
      --shell /bin/bash vngov

WORKDIR /opt/vngov

# 1) Dependencies + the package itself (non-editable). Only what the build reads is copied
#    first, so editing DAGs, dbt models or spiders does not re-run the (long) pip install.
#    README.md is the `readme` declared in pyproject.toml: setuptools needs it to build.
COPY pyproject.toml constraints.txt README.md ./
COPY vngov/ vngov/
RUN pip install --no-cache-dir -c constraints.txt . \
 && rm -rf build vngov.egg-info

# 2) The repository's working directories. They stay here (not in site-packages) because the
#    package finds them relative to the repo root; owned by vngov because dbt writes target/
#    and logs/ inside dbt_project/ and Scrapy may write .scrapy/ inside scrapers/.
COPY --chown=vngov:vngov Makefile ./
COPY --chown=vngov:vngov dags/ dags/
COPY --chown=vngov:vngov scrapers/ scrapers/
COPY --chown=vngov:vngov dbt_project/ dbt_project/
COPY --chown=vngov:vngov expectations/ expectations/
COPY --from=datadocs /src/node_modules vendor/datadocs/node_modules

# Data (VNGOV_HOME) and Airflow's home exist in the image, owned by vngov, so that named
# volumes mounted there start out writable by the non-root user.
RUN mkdir -p /opt/vngov/data /opt/airflow/logs /opt/airflow/auth \
 && chown -R vngov:vngov /opt/vngov/data /opt/airflow

# vngov.config puts the repo root one level above the imported `vngov` package; with
# /opt/vngov first on sys.path that is /opt/vngov (scrapers/, dbt_project/, expectations/),
# not site-packages. The package's dependencies and the `vngov` script come from the install.
ENV PYTHONPATH=/opt/vngov \
    VNGOV_HOME=/opt/vngov/data \
    VNGOV_DBT_DIR=/opt/vngov/dbt_project \
    VNGOV_EXPECTATIONS_DIR=/opt/vngov/expectations \
    AIRFLOW_HOME=/opt/airflow \
    AIRFLOW__CORE__DAGS_FOLDER=/opt/vngov/dags \
    AIRFLOW__CORE__LOAD_EXAMPLES=False

USER vngov
EXPOSE 8080
CMD ["vngov", "--help"]
