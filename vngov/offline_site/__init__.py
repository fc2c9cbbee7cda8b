"""Not imported: this directory goes on PYTHONPATH so its sitecustomize.py runs at startup
(vngov.offline.child_env). A package only so that it ships with vngov."""
