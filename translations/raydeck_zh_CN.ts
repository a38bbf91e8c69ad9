<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DefaultMetricPicks</name>
    <message>
        <source>Reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KL divergence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobStatus</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JumpHost</name>
    <message>
        <source>Invalid jump host &quot;%1&quot;: %2. Use [user@]host[:port].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user name before &apos;@&apos; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &apos;[&apos; has no matching &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host name is missing or malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LatestTrainingSummary</name>
    <message>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 · reward %2</source>
        <extracomment>%1 is the training step, %2 the latest reward value</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricCsvReader</name>
    <message>
        <source>The metrics CSV is not valid at line %1: %2. Export it again from RayDeck or fix that line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside an unquoted cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted cell is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first column must be called &quot;step&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 has no metric name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the metric &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 cells, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the CSV file %1. Check that it exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricCsvWriter</name>
    <message>
        <source>Could not write the CSV file. Check free disk space and permissions, then export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV destination is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricsLogParser</name>
    <message>
        <source>Cannot open the log file %1. Check that it exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the log file %1 failed. Check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileJson</name>
    <message>
        <source>A profile entry cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;schemaVersion&quot; is not a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;profiles&quot; is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has neither &quot;schemaVersion&quot; nor &quot;profiles&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 (&quot;%2&quot;) repeats the id or name of an earlier entry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileValidator</name>
    <message>
        <source>Enter a name for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the spaces at the start or end of the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name contains control characters; use letters, digits and punctuation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server named &quot;%1&quot; already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A host name cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the user name in the User field, not in the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A host name cannot start with &quot;-&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host contains characters that cannot appear in a host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name cannot start with &quot;-&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name cannot contain &quot;@&quot;, &quot;:&quot; or &quot;/&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a port number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a port number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a port number from 1 to 65535, or 0 for any free port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the private key file to log in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file; choose the private key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 cannot be read; check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A jump host cannot be empty; remove the extra comma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jump host &quot;%1&quot; has an invalid user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jump host &quot;%1&quot; has an unclosed &quot;[&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the jump host as [user@]host[:port].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jump host &quot;%1&quot; is not a valid host; write it as [user@]host[:port].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jump host &quot;%1&quot; has an invalid port; use 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a mount as host-path:container-path, or remove the empty line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mount cannot contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the mount as host-path:container-path, optionally followed by :ro or :rw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides of the mount are needed: host-path:container-path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host side &quot;%1&quot; must be an absolute path (/data, ~/data) or a volume name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container side &quot;%1&quot; must be an absolute path, such as /data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mount option &quot;%1&quot; is not supported; use ro (read-only) or rw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the container RayDeck starts or reuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A container name starts with a letter or digit and contains only letters, digits, &quot;_&quot;, &quot;.&quot; and &quot;-&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an image reference such as verlai/verl:latest (no spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter &quot;all&quot;, a number of GPUs, or device=0,1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a docker network name such as host or bridge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the limit as name=soft[:hard], for example memlock=-1 or stack=67108864.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a size such as 16g or 512m, or leave empty for docker&apos;s default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address the dashboard listens on; 127.0.0.1 keeps it private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard will be reachable from the network at %1. Ray&apos;s Jobs API has no authentication unless token auth is on: anyone who can reach it can run code on the server. Prefer 127.0.0.1; RayDeck reaches it through the SSH tunnel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a variable name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid variable name; use letters, digits and &quot;_&quot;, not starting with a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward %1: enter the remote port (1 to 65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward %1: local port %2 is already used by another forward or the dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variable %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck</name>
    <message>
        <source>the remote side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 does not allow forwarding to %2 (AllowTcpForwarding is off or restricted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing listens on remote %1 (connection refused on %2). Start the service there, or check the remote host and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 has too many open channels; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 refused to open a channel to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no further detail from libssh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check that the host is up and reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection after too many failed login attempts. Check the user name, key and password; with many keys in ssh-agent, set the profile&apos;s identity file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RayDeck and %1 have no SSH algorithms in common. The server may be very old or restricted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection during the SSH handshake. Check the host and port, and that an SSH server (not another service) listens there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection while logging in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in to %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH handshake with %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not open a channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused to run the command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH error on the connection to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::ChannelPipe</name>
    <message>
        <source>Not connected, so %1 cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::CliSession</name>
    <message>
        <source>There is no server profile called &quot;%1&quot;. See raydeck-cli profiles list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the Ray head of %1 (start it with: raydeck-cli up %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 is not known: %2 %3. Check it, then run again with --accept-new-host-key to trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a secret that is not in the keychain, and there is no terminal to ask. Store it first: raydeck-cli secret set %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::ConfigGroup</name>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::ConfigSchema</name>
    <message>
        <source>text (str)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an int</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Write true or false without quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Write it without the decimal point: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Write the number without quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The config schema is unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The config schema was written by a newer RayDeck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a key of this config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a group of settings and expects a dict such as {name:value}, but %2 is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no setting named %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expects %2, but %3 is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set more than once; Hydra applies overrides in order, so the last one wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 chooses a config group; RayDeck cannot check it, Hydra will when the job starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An override needs a key before the &apos;=&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To add a new key, write +%1=...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not set yet; it belongs to a free-form dict, so add it with +%1=...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists, and &apos;+&apos; only adds new keys: write %1=... to change it (or ++%1=... to add or change).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the config, so there is nothing to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no default and must be set before launching.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::ConfigSchemaYamlReader</name>
    <message>
        <source>The config printed by the server could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output is not a YAML mapping of config keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a config key; is this the output of --cfg job?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the verl config reported by the server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::ConfigType</name>
    <message>
        <source>any value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::ConnectChain</name>
    <message>
        <source>Connect to %1 over SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Docker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ray head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard listening address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel to the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ray dashboard answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo asks for a password on this server, and RayDeck never types passwords into sudo. Allow %1 to run docker without a password (or add it to the docker group) and turn off &quot;Use sudo for docker&quot; in the server&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not use Docker on this server. Add the user to the docker group (sudo usermod -aG docker %1, then connect again) or turn on &quot;Use sudo for docker&quot; in the server&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker is not installed on this server, or not on the PATH of SSH sessions. Install Docker, or turn off &quot;Use Docker&quot; in the server&apos;s settings to run Ray on the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker daemon is not running on this server. Start it (sudo systemctl start docker) and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker is not used for this server; Ray runs on the host itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container %1 is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container %1 does not exist, and &quot;Attach only&quot; never creates one. Connect without &quot;Attach only&quot; to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container %1 is stopped, and &quot;Attach only&quot; never starts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start container %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started container %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container %1 is %2. Fix it on the server (docker start or docker rm) and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container %1 does not exist and no image is set to create it from. Set an image in the server&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1 is not on the server. Pull it (docker pull) and continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker run failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created and started container %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker pull failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Ray head is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Ray head runs on this server, and &quot;Attach only&quot; never starts one. Connect without &quot;Attach only&quot; to start it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ray start failed: %1. See the step&apos;s output for Ray&apos;s own message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started the Ray head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing listens on the dashboard port %1 on the server. Check the Ray head&apos;s output (ray status) and the port in the server&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the dashboard to listen on port %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Ray Dashboard listens on all interfaces (%1 port %2). The dashboard and its Jobs API have no authentication: anyone who can reach this port can run code on your cluster. Restart it bound to 127.0.0.1; RayDeck reaches it through the SSH tunnel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1 port %2 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting the Ray head failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 port %3 on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local port %1 was taken; using %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: http://127.0.0.1:%2/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ray %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::ConnectProgressWidget</name>
    <message>
        <source>Connection steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each step of connecting, its result and duration; select one to see its command and output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step command and output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pull Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull the missing image and continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart on 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the Ray dashboard bound to 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1 is not on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The Ray Dashboard listens on %1: anyone who reaches that port can run code on your cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Ray Dashboard now listens on 127.0.0.1 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::ConsoleWidget</name>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every command RayDeck ran on your servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::CredentialDialog</name>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::CurvesView</name>
    <message>
        <source>Training curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search metrics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick a metric to chart it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smoothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the curves as PNG or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smoothing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 metrics · latest step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metric lines yet. verl prints them when trainer.logger includes console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::DashboardView</name>
    <message>
        <source>Ray Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ray Dashboard page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry loading the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the dashboard in the system browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the dashboard&apos;s local URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH connection to the server is down. RayDeck is reconnecting and will reload the dashboard when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard answered HTTP %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing listens at %1 on this computer: the tunnel is not up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tunnel is up, but nothing answers on the server&apos;s dashboard port. Is the Ray head running? (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Ray Dashboard could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::DownCommand</name>
    <message>
        <source>Stop what RayDeck started on a server. Without options nothing is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run ray stop in the container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run docker stop on the container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust and save an unknown host key (never a changed one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected exactly one server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to stop: give --stop-ray and/or --stop-container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ray stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::EmptyStateWidget</name>
    <message>
        <source>No servers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the GPU server you train on. RayDeck connects over SSH, starts the container and the Ray head, and shows the Ray Dashboard here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a server profile by entering its SSH host and settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from ~/.ssh/config…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from SSH config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create server profiles from the hosts in your ~/.ssh/config</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::EnvironmentVariableRow</name>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable name for Ray jobs, such as WANDB_API_KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable %1 is secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the value in the system keychain instead of the profile file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this variable; a stored secret value is deleted from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value, kept in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret value; it is stored in the system keychain, never in a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value passed to Ray jobs; saved with the profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::ErrorLabel</name>
    <message>
        <source>Problem with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::ExecChannel</name>
    <message>
        <source>The remote command did not finish within %1 s and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote command ended without reporting an exit status.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::ForwardListener</name>
    <message>
        <source>[::1]:%1 is in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local port %1 is already in use by another program. Port %2 is free: use it instead, or stop the program that holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local port %1 is already in use by another program, and no port near it is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on local port %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::GpuPanel</name>
    <message>
        <source>Server GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nvidia-smi is not available on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nvidia-smi failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GPUs found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::HostKeyDialog</name>
    <message>
        <source>Unknown Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown server host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;RayDeck has never connected to &lt;b&gt;%1&lt;/b&gt;%2 before and cannot tell whether it is the server you mean.&lt;/p&gt;&lt;p&gt;Compare this fingerprint with the one your administrator gives you (on the server: &lt;code&gt;ssh-keygen -lf /etc/ssh/ssh_host_%3_key.pub&lt;/code&gt;).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (a jump host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type and fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust and &amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this key and remember it in known_hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust &amp;Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this key for this connection only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::HydraFormatter</name>
    <message>
        <source>The dict key &apos;%1&apos; cannot be written in a Hydra override: keys may only use letters, digits, blanks and _-/+.$%*@?|\()[]{}:=,.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The override of %1 has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid Hydra key; keys look like trainer.total_epochs, group/name or group@package.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::HydraFunctions</name>
    <message>
        <source>%1() cannot convert %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1() is a sweep: Hydra runs it only with --multirun, and a single Ray job cannot. Launch one job per value instead, or write the one value you want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shuffle() gives a different order each time the override is read; write the list in the order you want instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1() takes one value, as %1(x) or %1(value=x).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1() needs a value, as in %1(x).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sort() takes a list and an optional reverse=true, as in sort([3,1,2], reverse=true).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sort() needs a list, as in sort([3,1,2]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sort() can only order a list of numbers or a list of strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown function %1(). Hydra knows int(), float(), str(), bool(), sort() and the sweeps choice(), range(), interval(), glob(), tag() and shuffle(); if you meant text, quote it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::HydraLexer</name>
    <message>
        <source>a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the control character U+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key cannot contain spaces or tabs; write key=value with no blanks before the &apos;=&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot appear in a key. Keys are names joined by dots, such as trainer.total_epochs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quoted text starting here has no closing %1. Add it, and write a %1 inside the text as \%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot appear in an unquoted value. Put the whole value in double quotes, for example key=&quot;...&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::HydraOverrideParser</name>
    <message>
        <source>A value is missing after this &apos;,&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comma outside brackets makes Hydra sweep over several values, which only works with --multirun; a single run fails with &quot;Ambiguous value&quot;. For a list write %1=[%2]; for text with a comma quote it: %1=&quot;%2&quot;; to try each value, launch one job per value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value ends too early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;=&apos; inside a value must be escaped as \= or the value quoted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;(&apos; inside a value must be escaped as \( or the value quoted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no opening bracket to close; escape it as \%1 or quote the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interpolation &apos;${&apos; has no closing &apos;}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot follow other text; escape it as \%1 or quote the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quoted text must be a whole value (or a whole list item); put all of the text inside the quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is missing before this &apos;,&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;:&apos; is not expected here; escape it as \: or quote the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not expected here; quote the value if it is text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists, dicts and functions are nested too deeply here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the blanks after the closing quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value cannot be only blanks; quote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not fit in a 64-bit integer; quote it if it is meant as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number RayDeck can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list item is missing after this &apos;,&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &apos;:&apos; after the dict key &apos;%1&apos;, as in {%1:value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dict entry is missing after this &apos;,&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dict key is missing before this &apos;:&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dict key cannot be quoted or contain ${...}; write it bare, escaping blanks and ()[]{}:=, with a backslash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a dict key, as in {name:value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dict key cannot be only blanks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The argument %1= is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A positional argument cannot follow a named one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An argument is missing after this &apos;,&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing &apos;%1&apos; to close the &apos;%2&apos; at column %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The override is empty; write key=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A config group path is names joined by &apos;/&apos;, such as hydra/launcher; a name is missing or invalid here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &apos;=&apos; after the key: write %1=value (or ~%1 to delete it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; may only stand at the start: +key, ++key or ~key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;:&apos; cannot appear in a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not expected in the key here; keys look like a.b.c, group/name or group@package.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::HydraParseError</name>
    <message>
        <source>column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::ImportSshConfigDialog</name>
    <message>
        <source>Import from SSH Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create server profiles from the Host entries of an OpenSSH configuration file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH config file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OpenSSH configuration to read; press Enter or Reload after changing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for SSH config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another configuration file in a file dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the configuration file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts found in the file; check the ones to import. Space toggles the current host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hosts to import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every host that is not a server profile yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select no hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncheck every host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings of the file that RayDeck could not take over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import checked hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a server profile for every checked host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose SSH Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (already a server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh-agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Host entries that name a single host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) found in %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Server(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RayDeck::JobHistoryStore</name>
    <message>
        <source>The launch history could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The launch history was written by a newer RayDeck; update RayDeck to see or add launches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The launch history could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the launch history could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The launch history is busy in another RayDeck window; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The launch history could not be read. It was kept as %1 and a new history was started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::JobLaunchDiff</name>
    <message>
        <source>preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entrypoint CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entrypoint GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>env %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::JobLaunchValidator</name>
    <message>
        <source>The submission id may only use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 128, not starting with &apos;-&apos; or &apos;.&apos;); it names the job&apos;s log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working directory must be an absolute path in the container, such as /workspace/verl (~ is not expanded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid environment variable name: use letters, digits and &apos;_&apos;, not starting with a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1 is set twice; keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrypoint CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrypoint GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trainer.logger includes wandb, but no WANDB_API_KEY is configured, so the job will stop when wandb asks for a login. Add WANDB_API_KEY as a secret environment variable, or set trainer.logger=[console].</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::JobListModel</name>
    <message numerus="yes">
        <source>%1 (%n overrides)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrypoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::JobLogView</name>
    <message>
        <source>Job log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the end of the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the log to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log stream interrupted; reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1; the log is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::JobSubmissionBuilder</name>
    <message>
        <source>The secret value of %1 is not available. Store it in the keychain from the profile&apos;s job environment, then launch again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret value of %1 is not valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::JobsCommand</name>
    <message>
        <source>List the Ray jobs of a server, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (stable; see the README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust and save an unknown host key (never a changed one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected exactly one server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUBMISSION ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENTRYPOINT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::JobsPanel</name>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ray jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs on this server&apos;s Ray cluster, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the jobs list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the selected job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected finished job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected job in the Ray dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop job %1? Ray sends it SIGTERM, then SIGKILL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete job %1 from the Ray cluster&apos;s list? Its log files stay on the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::KeychainSecretStore</name>
    <message>
        <source>No keychain is available to store secrets: no Secret Service (such as GNOME Keyring or KeePassXC) or KWallet answered. Start one and try again, or choose &quot;Ask every time&quot; so RayDeck asks for the secret when it connects instead of storing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is stored in the keychain for this yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock it, or allow RayDeck to use it, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not delete a RayDeck entry. Unlock the keychain and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::KnownHosts</name>
    <message>
        <source>%1 did not present a host key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compute the fingerprint of the host key of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot format the host key of %1 for known_hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for known_hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 has CHANGED since it was saved in %2. Someone may be intercepting the connection, or the server was reinstalled. RayDeck will not connect.
The server now presents a %3 key with fingerprint %4.
If you know the change is expected, remove the old key with:
  %5
and connect again to review the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 presented a %2 key (fingerprint %3), but %4 only has keys of other types for it. This can mean the connection is intercepted. RayDeck will not connect.
If the server&apos;s keys really changed, remove the old entries with:
  %5
and connect again to review the new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 is not in %2, so RayDeck does not know this server yet.
It presented a %3 key with fingerprint %4.
Compare it with the output of `ssh-keygen -lf` on the server&apos;s host key before trusting it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::LaunchForm</name>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max prompt length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max response length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model and actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPO mini-batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Micro-batch per GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use KL loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KL loss coefficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tensor parallel size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU memory share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples per prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log-prob micro-batch per GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference log-prob micro-batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critic and algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critic model path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critic learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critic micro-batch per GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advantage estimator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KL coefficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KL in reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every (steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test every (steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate before training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean %1? To add a new key, write +key=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch a PPO run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from one of verl&apos;s examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no preset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh from &amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the config keys from the server&apos;s verl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: verl&apos;s PPO config as shipped with RayDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra Hydra overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One override per line, as key=value, +key=value, ++key=value or ~key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line, e.g. actor_rollout_ref.rollout.temperature=0.7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;experiment&gt;-&lt;date-time&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working directory in the container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME=value, one per line. Secrets such as WANDB_API_KEY belong in the server&apos;s settings, where they are kept in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME=value, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPUs for the entrypoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ray default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs for the entrypoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working &amp;directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrypoint &amp;CPUs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrypoint &amp;GPUs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems with this launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equivalent command and request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the equivalent ray job submit command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validate on Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let verl&apos;s Hydra check these overrides on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit this run as a Ray job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtra overrides:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Keys: read from the server&apos;s verl (%n keys)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra overrides, line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment, line %1: write NAME=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problems listed above first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::LaunchPresets</name>
    <message>
        <source>GSM8K with PPO (verl quickstart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPO on GSM8K with Qwen2.5-0.5B-Instruct on one GPU, as in verl&apos;s quickstart. Expects ~/data/gsm8k/train.parquet and test.parquet in the container, made by python3 examples/data_preprocess/gsm8k.py --local_save_dir ~/data/gsm8k. On GPUs with less than 32 GB, set the actor&apos;s and critic&apos;s ppo_micro_batch_size_per_gpu to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GSM8K with GRPO (verl example)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GRPO on GSM8K with Qwen2-7B-Instruct on 8 GPUs, as in verl&apos;s examples/grpo_trainer/run_qwen2-7b.sh. Expects ~/data/gsm8k/train.parquet and test.parquet in the container, and logs to wandb: configure WANDB_API_KEY or change trainer.logger to [console].</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::LogsCommand</name>
    <message>
        <source>Print a job&apos;s driver log; with --follow, keep printing until the job ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the live log until the job ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust and save an unknown host key (never a changed one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a server name and a submission id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(log stream interrupted; reconnecting)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::MainWindow</name>
    <message>
        <source>RayDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RayDeck main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from ~/.ssh/config…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About RayDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About RayDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;RayDeck %1&lt;/h3&gt;&lt;p&gt;Train LLMs with verl on remote GPU servers: SSH, container, Ray head, tunnel and dashboard from one window.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your server profiles. Enter edits the selected one, Delete removes it, the context menu has more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the server profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ray version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Dashboard in &amp;Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a problem with the server profiles; see the top of the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n running</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) connected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ray %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no server called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RayDeck keeps running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnels stay open. Use the tray icon to come back or quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit RayDeck?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnels or log follows are active. Quitting closes them (jobs keep running on the servers).%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Choose No to keep RayDeck running in the tray.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::MetricChart</name>
    <message>
        <source>Chart of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
step %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::MetricsCommand</name>
    <message>
        <source>Training metrics from a job&apos;s own log (verl&apos;s console logger). --csv prints a step column and one column per metric; --follow waits for the job to end, reporting progress on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print CSV: step,&lt;metric&gt;,...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the job until it ends, then print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust and save an unknown host key (never a changed one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a server name and a submission id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::PortForwardRow</name>
    <message>
        <source>Name, e.g. Grafana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local port (any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of forward %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label for this forwarded service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local port of forward %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port on this computer; leave empty to use any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote host of forward %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address on the server side, usually 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote port of forward %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port of the service on the server, for example 3000 for Grafana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove forward %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this port forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with forward %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local port: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote host: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote port: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::ProfileController</name>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved server “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets of “%1” could not be updated in the keychain. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the server “%1”? Its stored password, passphrase, token and secret variables are removed from the keychain too. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not deleted because its keychain entries could not be removed. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted server “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from SSH Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some hosts were not imported:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n server(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RayDeck::ProfileDetailsWidget</name>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump hosts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ray dashboard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the settings of this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new server profile starting from this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this server profile and its stored secrets, after asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked every time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh-agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1, passphrase %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no image set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directly on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 on the server, local port %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::ProfileEditorDialog</name>
    <message>
        <source>Add Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Server “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings of one GPU server: SSH connection, container, Ray head and job environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Ctrl+Tab to move between the pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems to fix before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store this server profile; secrets go to the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How RayDeck and raydeck-cli call this server; must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name or IP address of the GPU server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpu01.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH port of the server, usually 22</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name on the server; empty uses your local user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your local user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh-agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to log in: keys held by ssh-agent, a private key file, or a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the private key, such as ~/.ssh/id_ed25519</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~/.ssh/id_ed25519</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the private key file in a file dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Private Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask every time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the password or key passphrase in the system keychain, or ask for it at each connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;emember:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jump hosts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional ProxyJump chain, first hop first, separated by commas: [user@]host[:port]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the Ray head in a &amp;Docker container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Docker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or reuse a container on the server and run Ray inside it; otherwise Ray runs on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontainer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the container RayDeck starts or reuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image to start the container from, such as verlai/verl:latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GPUs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of docker run --gpus: all, a number, or device=0,1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net&amp;work:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of docker run --network; host lets the dashboard be reached on the server&apos;s loopback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ulimits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ulimits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker run --ulimit values separated by spaces, such as memlock=-1 stack=67108864</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hared memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared memory size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker run --shm-size such as 16g; empty keeps docker&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/data/models:/models:ro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One bind mount per line: host-path:container-path, optionally followed by :ro or :rw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtra arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra docker run arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More docker run arguments, separated by spaces; quote ones with spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run docker with &amp;sudo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker needs sudo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix docker commands with sudo on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ray head settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard, ray start options and forwarded ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard port on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port the Ray dashboard listens on inside the server, 8265 by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard address on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address the dashboard binds to on the server; 127.0.0.1 keeps it private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Local port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local dashboard port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port on this computer for the dashboard tunnel; 0 picks any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtra ray start arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra ray start arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More arguments for ray start --head, separated by spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a dashboard &amp;token (Ray 2.52 or later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use dashboard token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a Ray token-auth token to the dashboard; it is kept in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ray auth token; stored in the system keychain, never in a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token from ray get-auth-token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More forwarded ports (Grafana, TensorBoard, …):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another port to forward from the server to this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variables for Ray jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables for Ray jobs. Mark API keys and tokens (WANDB_API_KEY, HF_TOKEN) as secret: their values go to the system keychain, not to the profile file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an environment variable for Ray jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key pass&amp;phrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed with ssh-agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RayDeck asks for it when it connects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty if the key has no passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to be asked when connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the token, or turn the token off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the value; it is kept in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix before saving: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::ProfileStore</name>
    <message>
        <source>The server profile &quot;%1&quot; no longer exists; another RayDeck window or the command line may have removed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no server profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; has leading or trailing spaces or control characters; remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server profile &quot;%1&quot; needs an SSH host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server profile named &quot;%1&quot; already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for RayDeck&apos;s settings. Check that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another RayDeck process has been changing the server profiles for too long. Close other RayDeck windows or commands and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the server profiles in %1: %2. Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 It was kept unchanged as %2. RayDeck continues with the %n profile(s) it could read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The server profiles file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server profiles file was written by a newer version of RayDeck (format %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some server profiles could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server profiles file %1 cannot be read, and RayDeck could not move it aside to keep it safe. Move or repair it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the server profiles to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the server profiles to %1: %2. The previous version of the file is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::ProfilesCommand</name>
    <message>
        <source>unknown sub-command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server profiles yet. Add one with &apos;raydeck-cli profiles add NAME --host HOST&apos; or import them with &apos;raydeck-cli profiles import-ssh-config&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one profile NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no server profile named &quot;%1&quot;. &apos;raydeck-cli profiles list&apos; shows the existing ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(local user name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ulimits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra run args</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker via sudo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (Ray runs on the host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra ray args</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: local %2 -&gt; %3:%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (secret, in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH host name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent, key or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProxyJump chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never store the password or passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run Ray on the host, not in a container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bind mount host:container[:ro|rw]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ray dashboard port on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local port of the dashboard tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--host is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth must be agent, key or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added server profile &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To store its %1 in the keychain: raydeck-cli secret set %2 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no server profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was kept because its keychain entries could not be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be reached, so secrets stored for &quot;%1&quot; under the service %2 (keys starting with %3/) could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed server profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH config file instead of ~/.ssh/config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Host entries naming a single host; nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &quot;Host %2&quot; entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped %1: a server profile with that name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RayDeck::SecretCommand</name>
    <message>
        <source>There is no server profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a secret kind; use password, passphrase, ray-token or env:VARIABLE_NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not log in with a password. Create it with --auth password to store one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not log in with a key file, so it has no key passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value was given on standard input; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was removed in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored %1 of &quot;%2&quot; in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 of &quot;%2&quot; from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::ServerPage</name>
    <message>
        <source>Server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttach only (never create or start anything)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay the chosen run&apos;s curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nnection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conso&amp;le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 failed; the Connection tab says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs you: connect again to answer its questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect from %1?

Ray and the container keep running unless you choose to stop them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate on Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verl&apos;s Hydra accepted every override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verl&apos;s Hydra refused the overrides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh from Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading verl&apos;s config from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read verl&apos;s config on the server. Is verl installed in the container?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The launch form now matches the verl installed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::ServerSession</name>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to %1 first: the Ray head is not reachable yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret %1 of %2 is not in the keychain. Set it in the server&apos;s settings (or: raydeck-cli secret set %2 env:%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the next free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail and tell me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the local port is taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a tunnel does when its preferred local port is already in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect &amp;automatically after a drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect with increasing delays when the SSH connection drops; never asks for passwords while doing so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait between attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper bound of the reconnect backoff, in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a &amp;job ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify when a job ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a desktop notification when a job succeeds, fails or is stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a &amp;connection drops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify when a connection drops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a desktop notification when a server connection is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of RayDeck&apos;s interface; takes effect after a restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light, dark or as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit and close tunnels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the window while connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What closing the main window does while tunnels or log follows are active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the local &amp;port is taken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest &amp;wait between attempts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Closing the window:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::SshAuthenticator</name>
    <message>
        <source>Logging in to %1 did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh-agent (partial success)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh-agent (not usable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh-agent (no key accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key file %1 (missing or unreadable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key file %1 (not accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key file %1 (cannot be read as a private key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key file %1 (wrong passphrase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for key %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key file %1 (refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyboard-interactive (partial success)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyboard-interactive (refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1@%2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password (partial success)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password (refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no method the server offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied for %1. Tried: %2. Check the user name and the key or password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::SshConnection</name>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command to run was given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::SshSession</name>
    <message>
        <source>Cannot create an SSH session (out of memory?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not complete the SSH handshake within %2 s. Is an SSH server listening there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped answering while logging in (%2 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check the host key of %1 against %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: the host key of %1 (%2 %3) was not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login to %1 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot watch the SSH connection to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not answered for %2 s; the connection is considered dead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::SshWorker</name>
    <message>
        <source>The connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a local socket pair for the jump host connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jump host %1 could not reach %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection from jump host %1 to %2 was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 through %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost while the command ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gave up reconnecting after %1 attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Reconnecting in %2 s (attempt %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting to %1 (attempt %2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 is not trusted yet (%2 %3). Connect again to review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting to %1 needs a password or passphrase that is not stored. Connect again to enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to %1; connect first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command was abandoned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::StopCommand</name>
    <message>
        <source>Stop a running Ray job (SIGTERM, then SIGKILL after a grace period).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust and save an unknown host key (never a changed one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a server name and a submission id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::SubmitCommand</name>
    <message>
        <source>Submit verl&apos;s PPO trainer as a Ray job with Hydra overrides; prints the submission id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hydra overrides, after --</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a preset: ppo-gsm8k or grpo-gsm8k.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable for the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable whose value is in the keychain (raydeck-cli secret set NAME env:VAR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission id (default &lt;experiment&gt;-&lt;time&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working directory in the container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the equivalent ray job submit command and JSON body (secrets masked); submit nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the logs; exit non-zero unless the job succeeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust and save an unknown host key (never a changed one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos; (ppo-gsm8k, grpo-gsm8k)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>override &apos;%1&apos;, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--env wants VAR=VALUE, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(did you mean %1? To add a new key use +key=value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 ended %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::TcpConnector</name>
    <message>
        <source>Cannot find the host %1: %2. Check the host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1 port %2 (%3). Check that the host is up and the port is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1 port %2 within %3 s. Check the host name, the port and your network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::TrayIcon</name>
    <message>
        <source>RayDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RayDeck — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show RayDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayDeck::UpCommand</name>
    <message>
        <source>Connect to a server: SSH, Docker, container, Ray head, tunnel. Prints one line per step, then the dashboard URL, and keeps the tunnel open until interrupted (Ray and the container keep running).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust and save an unknown host key (never a changed one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never create or start anything; fail if the container or head is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected exactly one server name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayJobsClient</name>
    <message>
        <source>Ray rejected the request to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Ray head requires a dashboard token. Set one for this server (raydeck-cli secret set NAME ray-token) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ray does not know that (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Ray head refused the request to %1 as coming from a browser or with a wrong path. Check that RayDeck and Ray are up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Ray head failed to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Ray head answered HTTP %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answers at %1. Is the server connected and the Ray head running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Ray head did not answer in time (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the Ray head to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the Ray version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the logs of job %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RayJobsJson</name>
    <message>
        <source>The Ray head sent an answer RayDeck does not understand (%1). Is this a Ray dashboard?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteOutputParsers</name>
    <message>
        <source>docker inspect failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker inspect printed something RayDeck cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nvidia-smi printed a line RayDeck cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretRefFormat</name>
    <message>
        <source>the SSH password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Ray dashboard token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job variable %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshConfigImporter</name>
    <message>
        <source>None of the identity files of %1 (%2) can be read; the profile uses ssh-agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists %2 identity files; the profile uses %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshConfigParser</name>
    <message>
        <source>There is no SSH configuration file at %1. Choose another file, or add servers by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the SSH configuration file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); its settings were not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: unclosed quote; the line was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: &quot;%3&quot; has no value; the line was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: a system file cannot include &quot;%3&quot;; ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: includes nest deeper than %3 levels; %4 was not read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshConfigResolver</name>
    <message>
        <source>HostName &quot;%1&quot; uses a token other than %h or %%; it was left as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: &quot;Match all&quot; cannot be combined with other criteria; the block was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: &quot;Match %3&quot; has no value; the block was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: RayDeck does not evaluate &quot;Match %3&quot;; the settings of that block were not applied. Check them by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: &quot;Match&quot; needs criteria; the block was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: ProxyJump &quot;%3&quot; is not valid; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: &quot;%3&quot; is not a port number; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: CanonicalizeHostname is not applied by RayDeck; the host name is used as configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses ProxyCommand, which RayDeck cannot use; set a jump host (ProxyJump) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IdentityFile &quot;%1&quot;: there is no user &quot;%2&quot;; the file was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unclosed ${</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the environment variable %1 is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token %%1 is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IdentityFile &quot;%1&quot; was skipped: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshConnectionSettings</name>
    <message>
        <source>No host name is set for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user name is set for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH port must be from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeouts and keepalive settings must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshRemoteHost</name>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>List, show, add, remove and import server profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store or clear a profile&apos;s secret in the OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a command on a server over SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward a local port to the server until interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect: container, Ray head, tunnel; print the dashboard URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Ray and/or the container on a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit a verl PPO run as a Ray job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a server&apos;s Ray jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print or follow a job&apos;s log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop a running job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training metrics from a job&apos;s log, as a table or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metric lines in this job&apos;s log (verl prints them when trainer.logger includes console).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Train LLMs with verl on remote GPU servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the server profile NAME at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --connect: save an unknown host key without asking (never a changed one).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
