"""Staff mode: PIN sign-in, registering walk-ins, urgent orders, call lists, profiles, sync, day report."""


def audit_screens(ctx):
    """Every staff screen filled with demo data, for the accessibility audit (see staff_area.audit_screens)."""
    from kiosk.ui.staff.staff_area import audit_screens as build

    return build(ctx)
