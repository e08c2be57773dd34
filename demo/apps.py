from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Everything that exists only to show the portal (``manage.py load_demo``).

    No models, no admin and no hooks: the product never imports this app, and a
    deployment that leaves it out of INSTALLED_APPS loses nothing but the demo.
    """

    name = "demo"
