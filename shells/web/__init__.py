"""`companion web`: talk to the companion from a browser, see its memory and its speed."""
