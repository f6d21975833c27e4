# Sourced by scripts/serve.sh and scripts/test.sh: local tools first on PATH, Trunk without update checks.
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"
