"""Routing (router.py): the URL picks the page. Each page registers its own callbacks
(pages/<page>/callbacks.py, imported by the page's package); importing this package
registers the router."""

import pkgutil
from importlib import import_module

for _module in pkgutil.iter_modules(__path__):
    import_module(f"{__name__}.{_module.name}")
