from axes.backends import AxesStandaloneBackend


class LoginThrottleBackend(AxesStandaloneBackend):
    """django-axes login throttling for logins that come with a request.

    axes refuses `authenticate()` without a request; logins without one (the test client's
    `login()`, a shell) do not come from the network, so there is nothing to throttle.
    """

    def authenticate(self, request, *args, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, *args, **kwargs)
