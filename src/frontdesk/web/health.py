"""``GET /healthz``: the process answers and the database takes a trivial query."""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from starlette.concurrency import run_in_threadpool

from frontdesk.engine.services import Services
from frontdesk.web.deps import get_services

log = logging.getLogger(__name__)
router = APIRouter()


@router.get("/healthz")
async def healthz(services: Annotated[Services, Depends(get_services)]) -> JSONResponse:
    try:
        await run_in_threadpool(_ping, services)
    except SQLAlchemyError as exc:
        # The detail (host, user) stays in the server log; the probe only needs the verdict.
        log.error("health check: database unreachable: %s", exc)
        return JSONResponse({"status": "unavailable", "database": "unreachable"}, 503)
    return JSONResponse({"status": "ok"})


def _ping(services: Services) -> None:
    with services.engine.connect() as conn:
        conn.execute(text("SELECT 1"))
