# Varnish in front of the portal's gunicorn (T4; docs/deployment.md).
#
# What it stores: what the portal marks public with s-maxage (anonymous pages, feeds,
# sitemaps, open data); a visitor with a session cookie (signed in) always passes.
# How it forgets: the portal sends PURGE through wagtail.contrib.frontend_cache on every
# change, and here a PURGE of a URL bans every stored object whose URL starts with it
# (the portal purges whole locales: /kk/, /ru/, /en/, and the paths outside them).
# A PURGE this refuses or does not answer is sent again by the portal until it is
# accepted (portal/front_cache.py).
# Only the addresses in the purgers ACL may purge.
vcl 4.1;

backend portal {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 2s;
    .first_byte_timeout = 60s;
}

acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (!(client.ip ~ purgers)) {
            return (synth(405, "Not allowed"));
        }
        ban("obj.http.x-host == " + req.http.host + " && obj.http.x-url ~ ^" + req.url);
        return (synth(200, "Purged"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Signed in, or a message waiting to be shown once (the confirmation after a
    # visitor's form): never from the cache, never into it.
    if (req.http.Cookie ~ {"(^|;\s*)(sessionid=|messages=[^;\s"])"}) {
        return (pass);
    }
    if (req.url ~ "^/(admin|documents|register|media)/" || req.url ~ "^/(healthz|readyz)") {
        return (pass);
    }
    # Anonymous pages do not depend on any other cookie.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_response {
    # Kept for the ban lurker, which cannot see the request.
    set beresp.http.x-url = bereq.url;
    set beresp.http.x-host = bereq.http.host;
    if (beresp.http.Set-Cookie || beresp.http.Cache-Control ~ "(private|no-store|no-cache)") {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # Compressed here, for every visitor, rather than in Django (BREACH: no page that
    # carries a secret is stored, and those pass uncompressed).
    if (beresp.http.Content-Type ~ "^(text/|application/(json|xml|rss\+xml|atom\+xml|javascript))") {
        set beresp.do_gzip = true;
    }
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.x-url;
    unset resp.http.x-host;
    if (obj.hits > 0) {
        set resp.http.X-Front-Cache = "hit";
    } else {
        set resp.http.X-Front-Cache = "miss";
    }
}
