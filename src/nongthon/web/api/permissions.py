from rest_framework.permissions import DjangoModelPermissionsOrAnonReadOnly


class ReadOrModelPermission(DjangoModelPermissionsOrAnonReadOnly):
    """Everyone reads; writing needs a signed-in user holding the model's add/change/delete permission."""

    perms_map = {
        **DjangoModelPermissionsOrAnonReadOnly.perms_map,
        "GET": [], "OPTIONS": [], "HEAD": [],
    }
