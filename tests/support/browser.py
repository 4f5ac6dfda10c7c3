"""How graphaid's tests, benchmarks and tools start Debian's headless Chromium (one place for the flags)."""

CHROMIUM = "/usr/bin/chromium"
# without the background-networking flags Chromium tries to reach Google's hosts at every start
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
