#!/usr/bin/env bash
# Starts a throwaway OpenSSH sshd on 127.0.0.1 (or --listen ADDRESS, e.g. inside a
# network namespace) that plays a remote GPU server.
#
#   start-sshd.sh STATE_DIR [--port N] [--listen ADDRESS]
#
# Creates host and user keys (one user key with a passphrase), authorises them
# for the current user, puts the docker/ray/nvidia-smi stand-ins first on the
# session PATH, and, when run as root, gives the account "raydeck-test" a fresh
# random password for password-login tests. Then it writes STATE_DIR/sshd.env
# (PORT=, USER=, ...) and execs sshd in the foreground, so killing this
# process's pid stops the server. sshd logs to stderr ("Server listening on ...").
set -euo pipefail

state_dir=$1; shift
port=""
listen=127.0.0.1
while (($#)); do
    case $1 in
        --port) port=$2; shift 2 ;;
        --listen) listen=$2; shift 2 ;;
        *) echo "start-sshd.sh: unknown option $1" >&2; exit 2 ;;
    esac
done

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
mkdir -p "$state_dir/remote-state"
chmod 700 "$state_dir"
cd "$state_dir"

[[ -f hostkey ]] || ssh-keygen -q -t ed25519 -N '' -C raydeck-test-host -f hostkey
[[ -f userkey ]] || ssh-keygen -q -t ed25519 -N '' -C raydeck-test-user -f userkey
[[ -f userkey-passphrase ]] || ssh-keygen -q -t ed25519 -N 'correct horse' -C raydeck-test-pp -f userkey-passphrase
cat userkey.pub userkey-passphrase.pub > authorized_keys
chmod 600 authorized_keys

password_user=""
if [[ $(id -u) == 0 ]]; then
    password_user=raydeck-test
    # Simulated servers often start side by side (parallel tests, clusters) and share this
    # one account. Under a lock the first sets a random password and the others reuse it,
    # so the password one test read stays valid while another server starts.
    shared=/run/raydeck-test
    mkdir -p "$shared"
    chmod 700 "$shared"
    exec 9>"$shared/lock"
    flock 9
    id "$password_user" >/dev/null 2>&1 || useradd --no-create-home --shell /bin/bash "$password_user"
    if [[ ! -s $shared/password ]]; then
        (umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=\n' > "$shared/password")
    fi
    password=$(cat "$shared/password")
    echo "$password_user:$password" | chpasswd
    exec 9>&-
    printf %s "$password" > password
    chmod 600 password
    mkdir -p /run/sshd
fi

if [[ -z $port ]]; then
    port=$(/usr/bin/python3 -c 'import socket,sys; s=socket.socket(); s.bind((sys.argv[1],0)); print(s.getsockname()[1])' "$listen")
fi

# Off loopback, the simulated Ray node takes the listen address as its node IP.
if [[ $listen != 127.0.0.1 && ! -f remote-state/node-ip ]]; then
    echo "$listen" > remote-state/node-ip
fi

sim_path="$here/bin:/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin"
cat > sshd_config <<CFG
Port $port
ListenAddress $listen
HostKey $state_dir/hostkey
PidFile $state_dir/sshd.pid
AuthorizedKeysFile $state_dir/authorized_keys
PasswordAuthentication yes
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
AllowTcpForwarding yes
PermitRootLogin yes
MaxStartups 200:30:400
MaxSessions 200
ClientAliveInterval 0
SetEnv PATH=$sim_path RAYDECK_SIM_STATE=$state_dir/remote-state RAYDECK_SIM_HOME=$here
CFG

cat > sshd.env <<ENV
PORT=$port
LISTEN=$listen
USER=$(id -un)
PASSWORD_USER=$password_user
STATE_DIR=$state_dir
ENV

exec /usr/sbin/sshd -D -e -f "$state_dir/sshd_config"
