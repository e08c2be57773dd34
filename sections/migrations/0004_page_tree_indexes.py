"""Indexes on Wagtail's page table for the lookups every public page makes (issue 16).

Wagtail indexes ``path`` alone, and neither ``depth`` nor ``url_path``. At 10,000 pages
× 3 languages on PostgreSQL that left two queries of every page reading the whole
table (bench/SCALE.md, docs/performance.md):

- the navigation query (home.navigation: menus, breadcrumbs, footer, alternates) asks
  for the pages at a depth below a path prefix, shown in menus;
- the route query (portal.pages.BasePage.route) asks for the pages whose ``url_path``
  is one of the request path's prefixes.

``(depth, path)`` serves "the children of P" and "the sections of this home" as one
index range; its partial twin holds only the pages shown in menus, so a news index's
thousands of items (not in menus) are not even read for its menu. The path column
uses ``varchar_pattern_ops`` on PostgreSQL: the database's collation is not ``C``, so
a plain index cannot serve ``LIKE 'prefix%'``. ``(depth, path)`` also carries ``id`` and
``live``, so counting a news index's items reads the index alone.

The table belongs to Wagtail, so these are SQL of our own, per database vendor.
"""

from django.db import migrations

INDEXES = {
    "postgresql": [
        "CREATE INDEX IF NOT EXISTS portal_page_depth_path "
        "ON wagtailcore_page (depth, path varchar_pattern_ops) INCLUDE (id, live)",
        "CREATE INDEX IF NOT EXISTS portal_page_menu_depth_path "
        "ON wagtailcore_page (depth, path varchar_pattern_ops) WHERE show_in_menus",
        "CREATE INDEX IF NOT EXISTS portal_page_url_path ON wagtailcore_page (url_path)",
    ],
    "sqlite": [
        "CREATE INDEX IF NOT EXISTS portal_page_depth_path ON wagtailcore_page (depth, path)",
        "CREATE INDEX IF NOT EXISTS portal_page_menu_depth_path "
        "ON wagtailcore_page (depth, path) WHERE show_in_menus",
        "CREATE INDEX IF NOT EXISTS portal_page_url_path ON wagtailcore_page (url_path)",
    ],
}
NAMES = ["portal_page_depth_path", "portal_page_menu_depth_path", "portal_page_url_path"]


def create(apps, schema_editor):
    for statement in INDEXES.get(schema_editor.connection.vendor, []):
        schema_editor.execute(statement)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor in INDEXES:
        for name in NAMES:
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("sections", "0003_body_image_credit"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create, drop, elidable=False)]
