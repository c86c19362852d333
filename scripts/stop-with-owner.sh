#!/usr/bin/env bash
# Sourced by the local server scripts just before they `exec` the server (which keeps this shell's pid).
# stop_with_owner SIGNAL: a watcher that, when SG_OWNER_PID (if set) disappears, signals the server's process
# group (the server and any helper it was started with), so an owner killed midway leaves nothing behind.
stop_with_owner() {
  local signal=$1 server=$$
  (
    trap '' INT TERM
    while kill -0 "$server" 2>/dev/null; do
      if [ -n "${SG_OWNER_PID:-}" ] && ! kill -0 "$SG_OWNER_PID" 2>/dev/null; then
        kill "-$signal" -- "-$(ps -o pgid= "$server" | tr -d ' ')" "$server" 2>/dev/null
      fi
      sleep 1
    done
  ) </dev/null >/dev/null 2>&1 &
}
