"""Run by Python at startup when this directory is on PYTHONPATH (vngov.offline.child_env):
install the offline guard before any library loads, in every Python process that inherits it."""

try:
    from vngov import offline
except ImportError:  # a Python without vngov installed: not one of ours
    pass
else:
    offline.install_if_requested()
