"""gunicorn settings read automatically from the project root (flags on the command line win).

The request line is left unlimited here because gunicorn's own 414 page is text/html; the app itself
refuses URLs over MAX_URL_BYTES with a problem+json 414, so every error keeps one shape.
"""
workers = 2
worker_class = "sync"
limit_request_line = 0
timeout = 30
control_socket_disable = True
