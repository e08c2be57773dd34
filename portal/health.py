"""Liveness and readiness for the process supervisor and the load balancer (W §14).

``/healthz`` says only that the process answers: no database, no cache, so a database
outage does not get healthy workers restarted. ``/readyz`` runs django-health-check's
probes (database, the three caches, media storage) plus one of ours, that every migration is
applied, and answers 200 ``ok`` or 503 ``failed``. What failed, and why, goes to the
log only: the public must not learn host names, versions or error texts.
"""

import asyncio
import dataclasses
import logging

from django.db import connections
from django.db.migrations.executor import MigrationExecutor
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from asgiref.sync import sync_to_async
from health_check import checks
from health_check.base import HealthCheck
from health_check.exceptions import ServiceUnavailable
from health_check.views import HealthCheckView

logger = logging.getLogger(__name__)


@never_cache
def liveness(request):
    return JsonResponse({"status": "ok"})


@dataclasses.dataclass
class Database(checks.Database):
    """The library's ``SELECT 1``, run on the request's own thread and connection."""

    async def run(self):
        await sync_to_async(super().run, thread_sensitive=True)()


@dataclasses.dataclass
class MigrationsApplied(HealthCheck):
    """A worker started before ``migrate`` finished would serve a schema that is not
    there yet; it is not ready until the migration plan is empty."""

    alias: str = "default"

    async def run(self):
        await sync_to_async(self._check, thread_sensitive=True)()

    def _check(self):
        executor = MigrationExecutor(connections[self.alias])
        plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
        if plan:
            raise ServiceUnavailable(f"{len(plan)} migration(s) not applied")


class ReadinessView(HealthCheckView):
    """django-health-check's view (never cached, outside any transaction) with one
    public answer: ``{"status": "ok"}`` or ``{"status": "failed"}`` with 503."""

    checks = (
        Database,
        MigrationsApplied,
        (checks.Cache, {"alias": "default"}),
        (checks.Cache, {"alias": "ratelimit"}),
        (checks.Cache, {"alias": "pages"}),
        checks.Storage,
    )

    async def get(self, request, *args, **kwargs):
        with self.get_executor() as executor:
            results = await asyncio.gather(
                *(check.get_result(executor) for check in self.get_checks())
            )
        failed = [result for result in results if result.error]
        for result in failed:
            logger.error("Readiness check %r failed: %s", result.check, result.error)
        if failed:
            return JsonResponse({"status": "failed"}, status=503)
        return JsonResponse({"status": "ok"})
