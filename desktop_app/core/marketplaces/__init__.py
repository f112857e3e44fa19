"""One module per marketplace, behind the Marketplace protocol in base.py."""
