"""Root conftest: registers the real-server fixtures that live in tests/servers/."""

pytest_plugins: list[str] = ["tests.servers.dovecot", "tests.servers.smtp", "tests.daemon_process"]
