"""Feeds: subscribe, poll with conditional GET, ingest what is new.

A feed that fails (timeout, HTTP error, bad XML) is reported and retried later with
backoff; it never blocks the others. An entry whose article cannot be fetched is
reported and skipped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from armstrace.ingest import fetch_feed, fetch_url
from armstrace.model import ArmstraceError, Document, Skipped
from armstrace.services.assessing import assessment_log
from armstrace.services.ingesting import IngestReport, ingest_documents
from armstrace.store import Store

__all__ = ["PollReport", "feeds_add", "feeds_list", "feeds_poll"]


def feeds_add(store: Store, url: str) -> bool:
    if not url.startswith(("http://", "https://")):
        raise ArmstraceError("E030", f"a feed URL must start with http:// or https://: {url!r}")
    return assessment_log(store).add_feed(url)


def feeds_list(store: Store) -> list[dict[str, Any]]:
    return [
        {
            "url": f.url,
            "title": f.title,
            "last_polled": f.last_polled.isoformat() if f.last_polled else None,
            "failures": f.failures,
            "last_error": f.last_error,
            "next_try": f.next_try.isoformat() if f.next_try else None,
        }
        for f in assessment_log(store).feeds()
    ]


@dataclass
class PollReport:
    polled: list[str] = field(default_factory=list)
    not_modified: list[str] = field(default_factory=list)
    failed: list[Skipped] = field(default_factory=list)
    deferred: list[str] = field(default_factory=list)
    ingest: IngestReport = field(default_factory=IngestReport)
    alerts: int = 0


def feeds_poll(
    store: Store,
    *,
    allow_private: bool = False,
    timeout: float = 20.0,
    client: httpx.Client | None = None,
    force: bool = False,
    on_document: Callable[[Document], None] | None = None,
) -> PollReport:
    """Poll every feed (conditional GET) and ingest new entries' articles.

    A feed that fails is reported and retried later (with backoff); it never blocks the
    others. An entry whose article cannot be fetched is skipped and reported.
    """
    log = assessment_log(store)
    report = PollReport()
    now = dt.datetime.now(dt.UTC)
    items: list[Document | Skipped] = []
    for feed in log.feeds():
        if not force and feed.next_try is not None and feed.next_try > now:
            report.deferred.append(feed.url)
            continue
        try:
            result = fetch_feed(
                feed.url,
                etag=feed.etag,
                modified=feed.modified,
                timeout=timeout,
                allow_private=allow_private,
                client=client,
            )
        except ArmstraceError as exc:
            backoff = dt.timedelta(minutes=15 * 2 ** min(feed.failures, 6))
            log.feed_polled(feed.url, ok=False, error=exc.message, retry_after=backoff)
            report.failed.append(Skipped(feed.url, exc.message))
            continue
        log.feed_polled(
            feed.url, ok=True, etag=result.etag, modified=result.modified, title=result.title
        )
        if result.not_modified:
            report.not_modified.append(feed.url)
            continue
        report.polled.append(feed.url)
        for entry in result.entries:
            if not entry.link:
                continue
            try:
                doc = fetch_url(
                    entry.link, timeout=timeout, allow_private=allow_private, client=client
                )
            except ArmstraceError as exc:
                items.append(Skipped(entry.link, exc.message))
                continue
            if on_document:
                on_document(doc)
            items.append(doc)
    report.ingest = ingest_documents(store, items)
    report.alerts = report.ingest.alerts
    return report
