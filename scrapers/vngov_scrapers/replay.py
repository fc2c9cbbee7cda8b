"""Send requests to the local replay server while every URL stays the real one.

Installed as the http/https download handler only when VNGOV_REPLAY_URL is set, so robots.txt,
redirects, throttling per domain and the recorded `url` all behave as on the live site.
"""

from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.exceptions import NotConfigured

from vngov.replay import replay_path


class ReplayDownloadHandler(HTTP11DownloadHandler):
    lazy = False

    def __init__(self, crawler):
        base = crawler.settings.get("VNGOV_REPLAY_URL")
        if not base:
            raise NotConfigured("VNGOV_REPLAY_URL is not set")
        super().__init__(crawler)
        self.base = base.rstrip("/")

    async def download_request(self, request):
        replayed = request.replace(url=self.base + replay_path(request.url))
        response = await super().download_request(replayed)
        return response.replace(url=request.url)
