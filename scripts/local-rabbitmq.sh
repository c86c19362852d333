#!/usr/bin/env bash
# Runs a throwaway RabbitMQ node in the foreground, for the AppHost and the test fixtures alike.
#   RABBITMQ_NODE_PORT   the AMQP port on 127.0.0.1
#   RABBITMQ_DIST_PORT   Erlang distribution port (mandatory: the default NODE_PORT+20000 fails above 45535)
#   ERL_EPMD_PORT        a private epmd port, so nodes never meet
#   RABBIT_DATA_DIR      a folder of its own (mnesia, logs, cookie)
#   SG_OWNER_PID         optional: stop the node when this process is gone
# /usr/sbin/rabbitmq-server switches user and drops the environment, so the inner script is called directly.
set -euo pipefail
: "${RABBITMQ_NODE_PORT:?}" "${RABBITMQ_DIST_PORT:?}" "${ERL_EPMD_PORT:?}" "${RABBIT_DATA_DIR:?}"
[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || { echo "RabbitMQ is not installed (apt-get install rabbitmq-server)" >&2; exit 1; }

mkdir -p "$RABBIT_DATA_DIR/home" "$RABBIT_DATA_DIR/mnesia" "$RABBIT_DATA_DIR/log"
[ -f "$RABBIT_DATA_DIR/enabled_plugins" ] || echo '[].' >"$RABBIT_DATA_DIR/enabled_plugins"
: >"$RABBIT_DATA_DIR/rabbitmq-env.conf"
[ -f "$RABBIT_DATA_DIR/rabbitmq.conf" ] || echo 'log.console = true' >"$RABBIT_DATA_DIR/rabbitmq.conf"

export HOME="$RABBIT_DATA_DIR/home"
export RABBITMQ_NODENAME="rabbit-${RABBITMQ_NODE_PORT}@localhost"
export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
export RABBITMQ_MNESIA_BASE="$RABBIT_DATA_DIR/mnesia"
export RABBITMQ_LOG_BASE="$RABBIT_DATA_DIR/log"
export RABBITMQ_CONFIG_FILE="$RABBIT_DATA_DIR/rabbitmq.conf"
export RABBITMQ_ENABLED_PLUGINS_FILE="$RABBIT_DATA_DIR/enabled_plugins"
export RABBITMQ_PID_FILE="$RABBIT_DATA_DIR/rabbit.pid"
export RABBITMQ_CONF_ENV_FILE="$RABBIT_DATA_DIR/rabbitmq-env.conf"
# Left to itself the node starts a daemonised epmd that outlives it. Started here instead, it goes when the node
# goes, however the node goes (stopped, or killed outright). It must not hold this script's output: whoever runs the
# script waits for its output to close, so a node that crashed would otherwise still look like it runs. One left by
# a crash of this node a moment ago (the port is this node's alone) goes first.
pkill -f "^epmd -port $ERL_EPMD_PORT\$" 2>/dev/null || true
epmd -port "$ERL_EPMD_PORT" </dev/null >/dev/null 2>&1 &
epmd_pid=$!
(while kill -0 $$ 2>/dev/null; do sleep 1; done; kill "$epmd_pid" 2>/dev/null) </dev/null >/dev/null 2>&1 &
for _ in $(seq 50); do epmd -port "$ERL_EPMD_PORT" -names >/dev/null 2>&1 && break; sleep 0.1; done

source "$(dirname "$0")/stop-with-owner.sh"
stop_with_owner TERM
exec /usr/lib/rabbitmq/bin/rabbitmq-server
