import os

from django.core.wsgi import get_wsgi_application

from nongthon.web.startup import prepare_to_serve

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nongthon.settings")
application = get_wsgi_application()

# Long-lived caches loaded, then one collection and the survivors frozen out of later ones
# (nongthon.web.startup explains why). Each gunicorn worker, and runserver, imports this module.
prepare_to_serve()
