"""The comparison of two rounds (letters or reports): whose stance changed, and how every
other Government moved. The two sides are in ``sides``, the movements and their counts in
``comparison``, the page in ``views``."""
