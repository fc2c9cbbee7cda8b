"""Superset settings for vngov's local BI (`make bi`, bi/superset/bi.py).

Read by Superset through SUPERSET_CONFIG_PATH. Everything Superset keeps lives in SUPERSET_HOME
($VNGOV_HOME/superset: the SQLite metadata DB, the log, the secret key), never under $HOME, and
nothing it serves asks the browser to load anything from another host.
"""

import os
import secrets
from pathlib import Path

DATA_DIR = os.environ["SUPERSET_HOME"]  # bi.py always sets it; Superset's default is ~/.superset
_data = Path(DATA_DIR)
_data.mkdir(parents=True, exist_ok=True)


def _secret_key() -> str:
    """SUPERSET_SECRET_KEY, else one made once for this home and kept beside the metadata DB."""
    if os.environ.get("SUPERSET_SECRET_KEY"):
        return os.environ["SUPERSET_SECRET_KEY"]
    path = _data / "secret_key"
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(secrets.token_urlsafe(42))
    return path.read_text().strip()


SECRET_KEY = _secret_key()
SQLALCHEMY_DATABASE_URI = f"sqlite:///{_data / 'superset.db'}?check_same_thread=false"
FILENAME = str(_data / "superset.log")

# ---- offline: no telemetry, no map tiles, no web fonts, no examples -------------------------
MAPBOX_API_KEY = ""
THEME_FONT_URL_ALLOWED_DOMAINS: list = []
# The page may load only from Superset itself: this also stops the browser fetching the
# analytics pixel the menu carries, and any tile or font a chart would ask for elsewhere.
_self_only = {
    "base-uri": ["'self'"],
    "default-src": ["'self'"],
    "img-src": ["'self'", "blob:", "data:"],
    "worker-src": ["'self'", "blob:"],
    "connect-src": ["'self'"],
    "object-src": "'none'",
    "style-src": ["'self'", "'unsafe-inline'"],
    "font-src": ["'self'", "data:"],
    "script-src": ["'self'", "'strict-dynamic'"],
}
TALISMAN_ENABLED = True
TALISMAN_CONFIG = {
    "content_security_policy": _self_only,
    "content_security_policy_nonce_in": ["script-src"],
    "force_https": False,
    "session_cookie_secure": False,
}
TALISMAN_DEV_CONFIG = TALISMAN_CONFIG
CONTENT_SECURITY_POLICY_WARNING = False
ENABLE_CORS = False  # Superset's default lets two map-tile hosts call it; nothing else needs to

FEATURE_FLAGS = {
    "THUMBNAILS": False,  # would start a headless browser of its own
    "ALERT_REPORTS": False,
    "ENABLE_TEMPLATE_PROCESSING": False,
}

# ---- one local process, no Redis or Celery -------------------------------------------------
RATELIMIT_STORAGE_URI = "memory://"
CACHE_CONFIG = {"CACHE_TYPE": "SimpleCache", "CACHE_DEFAULT_TIMEOUT": 300}
DATA_CACHE_CONFIG = {"CACHE_TYPE": "NullCache"}  # every view reads the mirror as it is now

# The mirror is read-only for vngov_reader anyway; SQL Lab stays a reader.
PREVENT_UNSAFE_DB_CONNECTIONS = True
SQLLAB_CTAS_NO_LIMIT = False
ROW_LIMIT = 5000
SUPERSET_WEBSERVER_TIMEOUT = 120
