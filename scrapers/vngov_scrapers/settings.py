"""Scrapy settings: polite by default (robots.txt, AutoThrottle, low per-domain concurrency)."""

BOT_NAME = "vngov"
SPIDER_MODULES = ["vngov_scrapers.spiders"]
NEWSPIDER_MODULE = "vngov_scrapers.spiders"

USER_AGENT = "vngov/0.1 (+https://github.com/vngov/vngov; open government-news research crawler)"
ROBOTSTXT_OBEY = True

CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

DOWNLOAD_TIMEOUT = 30
RETRY_ENABLED = True
RETRY_TIMES = 2  # 500-then-success is retried; what still fails goes to raw.rejects
COOKIES_ENABLED = True
TELNETCONSOLE_ENABLED = False
# Scrapy 2.19's remote control: an HTTP server per crawler that runs Python sent to it, with its
# token written to a job file under ~/.local/state/scrapy. Off, as the telnet console is.
REMOTE_CONTROL_ENABLED = False
LOG_LEVEL = "INFO"

ITEM_PIPELINES = {"vngov_scrapers.pipelines.LandingPipeline": 100}

# Every response is archived as WARC before any middleware touches it: 950 is above
# HttpCompressionMiddleware (590, so the bytes are still compressed), RedirectMiddleware (600, so
# 3xx are kept) and RetryMiddleware (550, so each failed attempt is kept). See archive.py.
DOWNLOADER_MIDDLEWARES = {"vngov_scrapers.archive.WarcArchiveMiddleware": 950}
# What production sites do to a crawler (middlewares.py). The SSRF guard runs first (40, before
# OffsiteMiddleware and robots.txt), so no internal address is fetched, not even its robots.txt,
# and every redirect hop passes it again. A cut response is retried before it is decompressed
# (595 > 590); the cookie challenge is read after decompression (585 < 590).
DOWNLOADER_MIDDLEWARES.update({
    "vngov_scrapers.middlewares.SSRFGuardMiddleware": 40,
    "vngov_scrapers.middlewares.DataLossRetryMiddleware": 595,
    "vngov_scrapers.middlewares.CookieChallengeMiddleware": 585,
})
# A connection that closes early delivers what came, flagged "dataloss": retried by
# DataLossRetryMiddleware, then rejected by the spider as truncated HTML with those bytes.
DOWNLOAD_FAIL_ON_DATALOSS = False

# Set by `vngov crawl --replay`: the base URL of the local replay server. When set, a download
# handler sends every request there instead of the live site (see replay.py).
VNGOV_REPLAY_URL = None
# Where landing files go (default: $VNGOV_HOME/landing) and the id of this crawl run.
VNGOV_LANDING_DIR = None
VNGOV_RUN_ID = None


# The Public Suffix List, from the snapshot bundled with the installed tldextract. Scrapy's
# CookiesMiddleware asks tldextract whether a cookie's domain is a public suffix; by default
# tldextract downloads the list (publicsuffix.org, then GitHub) on first use and caches it under
# ~/.cache, on every crawl, replay included. Scrapy has no setting for this, so its extractor is
# replaced here: the settings module loads before any middleware runs.
def _bundled_suffix_list() -> None:
    from scrapy.downloadermiddlewares import cookies
    from tldextract import TLDExtract

    if not isinstance(getattr(cookies, "_split_domain", None), TLDExtract):
        raise RuntimeError("Scrapy no longer has cookies._split_domain: see how "
                           "scrapy/downloadermiddlewares/cookies.py uses tldextract now")
    cookies._split_domain = TLDExtract(cache_dir=None, suffix_list_urls=(),
                                       include_psl_private_domains=True)


_bundled_suffix_list()
