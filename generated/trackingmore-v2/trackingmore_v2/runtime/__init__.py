"""Hand-written runtime of the TrackingMore v2 SDK (copied verbatim from ``sdk_runtime/``).

The generated ``client.py`` and endpoint modules import from here; users normally import the
names re-exported by the package root and ``trackingmore_v2.errors``.
"""
