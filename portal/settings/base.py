"""Settings shared by every environment.

The environment is read once, here at the top; the per-environment modules
(dev, production, test) only adjust what differs.
"""

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

from django.utils.translation import gettext_lazy as _

from wagtail.embeds.oembed_providers import vimeo, youtube

import dj_database_url
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

ENV_SECRET_KEY = os.environ.get("SECRET_KEY", "")
ENV_ALLOWED_HOSTS = [h.strip() for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h.strip()]
ENV_DATABASE_URL = os.environ.get("DATABASE_URL", "")
ENV_REDIS_URL = os.environ.get("REDIS_URL", "")
# The one public address of the site (scheme, host, port): absolute URLs in the API,
# feeds, iCalendar, sitemap, JSON-LD and admin e-mails, and the Wagtail Site's
# hostname/port (set by bootstrap_portal). BASE_URL is its older name. `make run`
# passes http://HOST:PORT.
ENV_PUBLIC_URL = os.environ.get("PUBLIC_URL", "") or os.environ.get("BASE_URL", "")
ENV_FRONTEND_CACHE_URL = os.environ.get("FRONTEND_CACHE_URL", "")
ENV_TRUSTED_PROXY_COUNT = os.environ.get("TRUSTED_PROXY_COUNT", "0")

DEBUG = False
SECRET_KEY = ENV_SECRET_KEY
ALLOWED_HOSTS = ENV_ALLOWED_HOSTS

INSTALLED_APPS = [
    "home",
    "sections",
    "people",
    "news",
    "documents",
    "opendata",
    "engagement.information_requests",
    "engagement.participation",
    "engagement.councils",
    "search",
    # After the content apps: its bootstrap step assigns their permissions to roles.
    "governance",
    # After the product apps: the demo imports them, never the reverse (load_demo).
    "demo",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.settings",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.api.v2",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
    # Login lockout, shared rate limits, readiness checks.
    "axes",
    "django_ratelimit",
    "health_check",
    "portal",
]

MIDDLEWARE = [
    # First, so it compresses the final body (portal/compression.py).
    "portal.compression.TextGZipMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Headers for every response, error pages included: see the CSP block below.
    "portal.csp.PortalCSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Anonymous pages from the shared page cache; a hit skips everything below.
    "portal.page_cache.PageCacheMiddleware",
    # The request's Wagtail site, kept per worker for visitors (portal/sites.py).
    "portal.sites.KeptSiteMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Django's, minus the redirect of unprefixed 404s into the page tree (portal/locale.py).
    "portal.locale.LocaleMiddleware",
    # Routes page requests in fewer queries than Wagtail; before the CSRF check, which
    # asks for the route (portal/routing.py).
    "portal.routing.RouteMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Django's, which also finds the visitor forms of routable pages (portal/form_origin.py).
    "portal.form_origin.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    #: turns an axes lockout into our 429 page; marks pages that used
    # the CSRF token private. Last, so they see the final response.
    "axes.middleware.AxesMiddleware",
    "portal.cache_control.PrivateCsrfPagesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Database -----------------------------------------------------------------
# SQLite is the embedded default; DATABASE_URL switches to PostgreSQL. Persistent
# connections with health checks let the site ride out a database restart (REL-2).
DATABASES = {
    "default": dj_database_url.parse(
        ENV_DATABASE_URL or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=60,
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Wagtail's PostgreSQL search backend needs it (DEP-2).
    INSTALLED_APPS.append("django.contrib.postgres")
    # No JIT compilation and no parallel workers: a page's queries are short, but at
    # 10,000 pages the navigation query's estimate crosses jit_above_cost (compiling it
    # took 150 ms for a 0.3 ms query) and the parallel-plan threshold (starting a worker
    # took 5 ms for a 0.7 ms query), and a web server has no idle core to lend a query
    # anyway (docs/performance.md).
    _options = DATABASES["default"].setdefault("OPTIONS", {})
    _options["options"] = (
        f"{_options.get('options', '')} -c jit=off -c max_parallel_workers_per_gather=0"
    ).strip()
    SILENCED_SYSTEM_CHECKS = []
else:
    # SQLite cannot keep connections across threads usefully.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    # Covering indexes (INCLUDE) are PostgreSQL's: SQLite builds the same index on its
    # key columns alone, which is all its smaller sites need (docs/performance.md).
    SILENCED_SYSTEM_CHECKS = ["models.W040"]

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache --------------------------------------------------------------------
# A Redis outage must degrade, not break, the site (REL-1): IGNORE_EXCEPTIONS.
if ENV_REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": ENV_REDIS_URL,
            "KEY_PREFIX": "portal",
            "OPTIONS": {
                "CLIENT_CLASS": "django_redis.client.DefaultClient",
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 1,
                "SOCKET_TIMEOUT": 1,
            },
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
    CACHES["pages"] = {**CACHES["default"], "KEY_PREFIX": "portal-pages"}
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        # Every gunicorn worker must see the same stored pages and the same purge, so
        # not a per-process memory cache: files under var/ (REL-1).
        "pages": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ.get("PAGE_CACHE_DIR", str(BASE_DIR / "var" / "cache" / "pages")),
            "OPTIONS": {"MAX_ENTRIES": 20_000},
        },
    }

# --- Page cache and front cache (T4; portal/page_cache.py, portal/cache_purge.py) ------
PAGE_CACHE_ENABLED = os.environ.get("PAGE_CACHE", "1") == "1"
PAGE_CACHE_ALIAS = "pages"
#: The longest a stored page lives; changes purge it sooner. Bounds what time alone
#: changes (an event becoming past, a discussion closing at its date).
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
#: A purge the page store could not take (Redis down) is recorded in this database table
#: (`manage.py createcachetable`) and made good by each worker within this many seconds
#: of the store answering again (portal/purge_debt.py).
CACHES["purge_debt"] = {
    "BACKEND": "django.core.cache.backends.db.DatabaseCache",
    "LOCATION": "portal_purge_debt",
}
PAGE_CACHE_DEBT_CHECK_SECONDS = int(os.environ.get("PAGE_CACHE_DEBT_CHECK_SECONDS", "5"))
#: Bytes of stored responses each worker keeps a copy of, so a hit skips fetching the
#: body from the shared store (portal/page_cache_near.py); 0 turns the copies off.
PAGE_CACHE_NEAR_BYTES = int(os.environ.get("PAGE_CACHE_NEAR_BYTES", 16 * 2**20))
#: The largest streamed response (an open-data export) the page cache keeps whole.
PAGE_CACHE_MAX_STREAM_BYTES = int(os.environ.get("PAGE_CACHE_MAX_STREAM_BYTES", 32 * 2**20))
#: Apps whose saved data can show on a public page (portal/cache_purge.py).
PAGE_CACHE_CONTENT_APPS = {
    "home",
    "sections",
    "people",
    "news",
    "documents",
    "opendata",
    "participation",
    "councils",
    "wagtailimages",
    "wagtaildocs",
    "wagtailredirects",
    "wagtailsearchpromotions",
    "portal",
}
#: Varnish (deploy/varnish/portal.vcl), purged through wagtail.contrib.frontend_cache:
#: its VCL reads a PURGE as "forget every URL that starts here". A PURGE that fails or
#: takes longer than TIMEOUT seconds is recorded as a debt and sent again by each
#: worker's watcher every PAGE_CACHE_DEBT_CHECK_SECONDS until Varnish takes it
#: (portal/front_cache.py).
if ENV_FRONTEND_CACHE_URL:
    WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "portal.front_cache.ReportingHTTPBackend",
            "LOCATION": ENV_FRONTEND_CACHE_URL,
            "TIMEOUT": 2,
        }
    }

# --- Authentication -------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
#: axes sees every authenticate() call first and refuses a locked-out one.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "wagtailadmin_login"
SESSION_COOKIE_AGE = 8 * 60 * 60
SESSION_COOKIE_HTTPONLY = True

# --- Languages (L1, L3) ------------------------------------------------------------
# Kazakh is the state language and the source of every translation.
LANGUAGE_CODE = "kk"
LANGUAGES = [
    ("kk", "Қазақша"),
    ("ru", "Русский"),
    ("en", "English"),
]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Asia/Almaty"
# The portal's own strings, then a Kazakh catalogue for the Wagtail and wagtail-localize
# admin strings on an editor's daily path (neither ships kk). That one is not named
# "locale", so `make messages` (--no-obsolete) never rewrites it and drops its msgids.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "governance" / "admin_locale"]
LANGUAGE_COOKIE_NAME = "portal_language"
# Dates and times as each language writes them ("20 қараша 2026", 24-hour time).
FORMAT_MODULE_PATH = ["portal.formats"]

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# New pages get Latin slugs in every language (portal/slugs.py transliterates kk and ru).
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# Editors choose their admin language in their account; Kazakh is the default.
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# --- Static and media -------------------------------------------------------------
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = BASE_DIR / "var" / "static"
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "var" / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "renditions": {"BACKEND": "portal.media.RenditionStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# --- Public media (DOC2, UP-6): only image renditions are ever served, from their own
# folder MEDIA_ROOT/renditions/ (portal/media.py); documents and original images never
# are. The one-machine deployment (T4) serves renditions through Django; set
# SERVE_MEDIA=0 when a web server or CDN serves MEDIA_URL/renditions/.
WAGTAILIMAGES_RENDITION_STORAGE = "renditions"
SERVE_MEDIA = os.environ.get("SERVE_MEDIA", "1") == "1"
# --- Uploads in S3-compatible object storage (T4, several hosts: portal/object_storage.py).
# MEDIA_S3_BUCKET switches it on; credentials come from AWS_ACCESS_KEY_ID and
# AWS_SECRET_ACCESS_KEY (read by boto3 itself, never written here). Everything is a
# private object but the renditions, which the bucket (or MEDIA_S3_PUBLIC_DOMAIN, a CDN
# in front of it) serves to browsers directly; the portal then serves no /media/ at all.
MEDIA_S3_BUCKET = os.environ.get("MEDIA_S3_BUCKET", "")
if MEDIA_S3_BUCKET:
    _bucket = {
        "bucket_name": MEDIA_S3_BUCKET,
        "endpoint_url": os.environ.get("MEDIA_S3_ENDPOINT_URL") or None,
        "region_name": os.environ.get("MEDIA_S3_REGION") or None,
    }
    _public_domain = os.environ.get("MEDIA_S3_PUBLIC_DOMAIN", "")
    STORAGES["default"] = {
        "BACKEND": "portal.object_storage.PrivateUploadStorage",
        "OPTIONS": _bucket,
    }
    STORAGES["renditions"] = {
        "BACKEND": "portal.object_storage.PublicRenditionStorage",
        "OPTIONS": {
            **_bucket,
            "custom_domain": _public_domain or None,
            # Buckets that refuse ACLs grant public reads on renditions/ by a policy.
            "default_acl": os.environ.get("MEDIA_S3_RENDITION_ACL", "public-read") or None,
        },
    }
    SERVE_MEDIA = False


def _media_origins() -> list[str]:
    """Where browsers load renditions from when the bucket serves them (CSP img-src)."""
    if not MEDIA_S3_BUCKET:
        return []
    if _public_domain:
        return [f"https://{_public_domain}"]
    endpoint = urlsplit(_bucket["endpoint_url"] or "")
    if endpoint.netloc:
        # Path-style (…/bucket/key) or virtual-hosted (bucket.host) addresses.
        return [
            f"{endpoint.scheme}://{endpoint.netloc}",
            f"{endpoint.scheme}://{MEDIA_S3_BUCKET}.{endpoint.netloc}",
        ]
    region = _bucket["region_name"]
    hosts = [f"{MEDIA_S3_BUCKET}.s3.amazonaws.com"]
    if region:
        hosts.append(f"{MEDIA_S3_BUCKET}.s3.{region}.amazonaws.com")
    return [f"https://{host}" for host in hosts]


MEDIA_ORIGINS = _media_origins()

# --- Wagtail ----------------------------------------------------------------------
WAGTAIL_SITE_NAME = _("K. Kulazhanov Kazakh University of Technology and Business")
PUBLIC_URL = (ENV_PUBLIC_URL or "http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = PUBLIC_URL
# Reverse proxies in front of gunicorn that append to X-Forwarded-For (0: none, so
# the header is ignored and cannot be spoofed to dodge rate limits).
TRUSTED_PROXY_COUNT = int(ENV_TRUSTED_PROXY_COUNT)
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": False}
# W2: a workflow's last approval publishes with the workflow's authority, so approvers
# need no *publish* permission (which would let them publish outside a workflow).
WAGTAIL_FINISH_WORKFLOW_ACTION = "governance.workflow_finish.publish_approved"
# Wagtail's own, with the password field's label translated.
WAGTAILADMIN_USER_LOGIN_FORM = "governance.forms.AdminLoginForm"
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Every document upload is checked by content and size (documents/uploads.py).
WAGTAILDOCS_DOCUMENT_FORM_BASE = "documents.forms.SafeDocumentForm"
WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAILAPI_BASE_URL = PUBLIC_URL
WAGTAILAPI_LIMIT_MAX = 100
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 15 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Content-Security-Policy and Permissions-Policy (DEP-7, DEP-8, UP-1) --------------
# portal.csp.PortalCSPMiddleware picks the policy: CONTENT_SECURITY_POLICY for the public
# site, ADMIN_CONTENT_SECURITY_POLICY under /admin/, default-src 'none' for served files.
# The public site has no inline script, style element or style attribute: what a template
# cannot move to a static file carries the request's nonce (`{{ request.csp_nonce }}`).
# Media are same-origin (MEDIA_URL), or come from MEDIA_ORIGINS (object storage).

# The only players VideoBlock embeds (see WAGTAILEMBEDS_FINDERS); YouTube in its
# privacy-enhanced, no-cookie form (portal.blocks.media).
VIDEO_PLAYER_ORIGINS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]
_ALWAYS = {
    "default-src": [SELF],
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
}
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **_ALWAYS,
        "script-src": [SELF, NONCE],
        "style-src": [SELF, NONCE],
        "img-src": [SELF, "data:", *MEDIA_ORIGINS],
        "frame-src": VIDEO_PLAYER_ORIGINS,
        "frame-ancestors": [NONE],
    }
}
# Wagtail and wagtail-localize's translation editor need inline script and style
# attributes (wagtail#1288); the page preview is framed by the editor itself.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **_ALWAYS,
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:", *MEDIA_ORIGINS],
        "font-src": [SELF, "data:"],
        "frame-src": [SELF, *VIDEO_PLAYER_ORIGINS],
        "frame-ancestors": [SELF],
    }
}
# Only the video sites whose players frame-src allows; other addresses stay plain links.
WAGTAILEMBEDS_FINDERS = [
    {
        "class": "wagtail.embeds.finders.oembed",
        "providers": [youtube, vimeo],
    }
]
# Wagtail's responsive wrapper is a style attribute, which the public policy refuses;
# blocks.css sizes the player instead.
WAGTAILEMBEDS_RESPONSIVE_HTML = False
# Powerful browser features the portal never uses are switched off for it and for
# anything it frames (django-permissions-policy).
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "hid",
        "idle-detection",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
}

# --- Logging ------------------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

# --- Login lockout (django-axes, AUTH-2) --------------------------------
# A username guessed from one address is locked after AXES_FAILURE_LIMIT failures for
# the cool-off; other accounts and other addresses are unaffected. Attempts live in
# the database, which every gunicorn worker shares. The address is the one our rate
# limits use (portal.client.client_address, TRUSTED_PROXY_COUNT), not ipware's guess.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "portal.client.client_address"
AXES_USERNAME_CALLABLE = "portal.lockouts.attempted_username"
AXES_LOCKOUT_CALLABLE = "portal.lockouts.lockout_response"
AXES_RESET_ON_SUCCESS = True
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
# Django's admin is not installed; administrators unlock in the Wagtail admin.
AXES_ENABLE_ADMIN = False

# --- Rate limits on a store all workers share (django-ratelimit, FORM-3) -
# Redis when REDIS_URL is set (atomic INCR). The embedded default keeps its counters in
# a database table (`manage.py createcachetable`, run by `make run`), which every
# gunicorn worker and process sees; LocMem would give each worker its own limit.
RATELIMIT_USE_CACHE = "ratelimit"
# A Redis outage lets visitors through rather than refusing every form (REL-1).
RATELIMIT_FAIL_OPEN = True
if ENV_REDIS_URL:
    CACHES["ratelimit"] = {**CACHES["default"], "KEY_PREFIX": "portal-ratelimit"}
else:
    CACHES["ratelimit"] = {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "portal_ratelimit_cache",
    }
    # django-ratelimit flags DatabaseCache because its incr() is a read then a write:
    # two simultaneous requests from one address may both count as one. A limit of
    # a few posts per minute stays a limit with that slack, and the table is shared by
    # every worker, which is what FORM-3 needs; Redis is the store for a busy site.
    SILENCED_SYSTEM_CHECKS += ["django_ratelimit.E003", "django_ratelimit.W001"]

# --- Recovery (T3) --------------------------------------------------------------------
# `manage.py backup` and `restore` live in the operations app; archives go to BACKUP_ROOT.
INSTALLED_APPS.append("operations")
BACKUP_ROOT = Path(os.environ.get("BACKUP_ROOT", BASE_DIR / "var" / "backups"))

# --- E-mail: a queue in the database (django-post-office) --------------------------------
# Every message sent through Django's mail API is stored first (post_office.EmailBackend),
# then sent once the sender's transaction commits, with a short timeout; a failure never
# reaches the visitor, stays in the queue (requeued, then failed) and is retried by
# `manage.py send_queued_mail` on a timer (deploy/systemd). Staff see the queue in the
# admin (operations.mail). The real transport is POST_OFFICE["BACKENDS"]["default"].
INSTALLED_APPS.append("post_office")
EMAIL_BACKEND = "post_office.EmailBackend"
EMAIL_TIMEOUT = 5
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "noreply@kazutb.edu.kz")
POST_OFFICE = {
    "BACKENDS": {"default": "django.core.mail.backends.smtp.EmailBackend"},
    "DEFAULT_PRIORITY": "medium",
    "MAX_RETRIES": 5,
    "RETRY_INTERVAL": timedelta(minutes=15),
    "LOG_LEVEL": 1,
    "MESSAGE_ID_ENABLED": True,
    # Queued mail with attachments keeps them with the rest of the private uploads.
    "CELERY_ENABLED": False,
}

# --- Information requests (E1, E7) ----------------------------------------------------
# Closed requests lose their personal data after this many days
# (`manage.py anonymise_information_requests`, daily timer).
INFORMATION_REQUESTS_RETENTION_DAYS = int(
    os.environ.get("INFORMATION_REQUESTS_RETENTION_DAYS", str(3 * 365))
)
# The requests office's shared mailbox: new requests and the daily overdue digest.
INFORMATION_REQUESTS_OFFICE_EMAIL = os.environ.get(
    "INFORMATION_REQUESTS_OFFICE_EMAIL", "kense@kazutb.edu.kz"
)
INFORMATION_REQUESTS_MAX_ATTACHMENT = 10 * 1024 * 1024

# --- Search (T2, docs/search.md) ----------------------------------------------------
# Wagtail's database backend by default (FTS5 on SQLite, tsvector on PostgreSQL, with
# the language-neutral "simple" configuration: each page's stems in its own language
# are indexed by the search app). SEARCH_BACKEND switches to a search server without a
# code change: elasticsearch7/8/9 or opensearch2/3, at SEARCH_URLS (comma-separated).
ENV_SEARCH_BACKEND = os.environ.get("SEARCH_BACKEND", "database")
SEARCH_SERVER_BACKENDS = ("elasticsearch7", "elasticsearch8", "elasticsearch9")
SEARCH_SERVER_BACKENDS += ("opensearch2", "opensearch3")
if ENV_SEARCH_BACKEND == "database":
    WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "simple"}
    }
elif ENV_SEARCH_BACKEND in SEARCH_SERVER_BACKENDS:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": f"wagtail.search.backends.{ENV_SEARCH_BACKEND}",
            "URLS": [
                url.strip()
                for url in os.environ.get("SEARCH_URLS", "http://127.0.0.1:9200").split(",")
                if url.strip()
            ],
            "INDEX_PREFIX": os.environ.get("SEARCH_INDEX_PREFIX", "portal_"),
            "TIMEOUT": 5,
        }
    }
else:
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured(
        f"SEARCH_BACKEND={ENV_SEARCH_BACKEND!r}: use database, " + ", ".join(SEARCH_SERVER_BACKENDS)
    )
# A search counts its matches exactly up to this many and says "more than" beyond it;
# that many can be paged through. Counting further grew with the site (search.postgres).
SEARCH_COUNTED_AT_MOST = 1_000
# The university's official social accounts, for `sameAs` in the home page's JSON-LD.
PORTAL_SOCIAL_PROFILES = [
    url.strip() for url in os.environ.get("SOCIAL_PROFILES", "").split(",") if url.strip()
]
# The hook BasePage calls to index a page's stems (portal cannot import the search app).
PORTAL_SEARCH_STEMS = "search.analysis.page_stems"
# Query statistics (popular and unanswered queries) are counted in each worker's memory
# and written in one transaction every SEARCH_HITS_FLUSH_EVERY searches or
# SEARCH_HITS_FLUSH_SECONDS, whichever comes first: a search never writes by itself.
SEARCH_HITS_FLUSH_EVERY = int(os.environ.get("SEARCH_HITS_FLUSH_EVERY", "50"))
SEARCH_HITS_FLUSH_SECONDS = int(os.environ.get("SEARCH_HITS_FLUSH_SECONDS", "60"))
