<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>Your server profiles; select one to see its dashboard</source>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>Train LLMs with verl on remote GPU servers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
