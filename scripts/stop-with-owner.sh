#!/usr/bin/env bash
# Sourced by the local server scripts just before they `exec` the server (which keeps this shell's pid).
# stop_with_owner SIGNAL [AFTER]: a watcher that, when SG_OWNER_PID (if set) disappears, signals the server;
# once the server is gone, for whatever reason, it runs AFTER (clean-up of helpers the server left behind).
stop_with_owner() {
  local signal=$1 after=${2:-} server=$$
  (
    trap '' INT TERM
    while kill -0 "$server" 2>/dev/null; do
      if [ -n "${SG_OWNER_PID:-}" ] && ! kill -0 "$SG_OWNER_PID" 2>/dev/null; then
        kill "-$signal" "$server" 2>/dev/null
      fi
      sleep 1
    done
    if [ -n "$after" ]; then eval "$after" >/dev/null 2>&1 || true; fi
  ) </dev/null >/dev/null 2>&1 &
}
