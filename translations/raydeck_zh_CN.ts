<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddressScope</name>
    <message>
        <source>%1 is a public address. Ray&apos;s GCS and worker ports have no authentication: anyone who can reach them can run code on every node. Use the head&apos;s address on a private network (a LAN, VPN or cloud VPC) and keep the ports closed to the internet.</source>
        <translation>%1 是公网地址。Ray 的 GCS 端口和工作节点端口没有身份验证：任何能访问这些端口的人都可以在每个节点上运行代码。请使用头节点在私有网络（局域网、VPN 或云 VPC）中的地址，并禁止从互联网访问这些端口。</translation>
    </message>
    <message>
        <source>%1 is a loopback address: only workers on the head&apos;s own machine can reach it.</source>
        <translation>%1 是环回地址：只有与头节点位于同一台机器上的工作节点才能访问它。</translation>
    </message>
    <message>
        <source>%1 is a host name; make sure it resolves to a private address on every worker, because Ray&apos;s GCS and worker ports have no authentication.</source>
        <translation>%1 是主机名；请确保它在每个工作节点上都解析为私有地址，因为 Ray 的 GCS 端口和工作节点端口没有身份验证。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address or host name.</source>
        <translation>“%1”不是 IP 地址或主机名。</translation>
    </message>
    <message>
        <source>Ray&apos;s GCS and worker ports have no authentication and must stay on a private network.</source>
        <translation>Ray 的 GCS 端口和工作节点端口没有身份验证，必须仅在私有网络中使用。</translation>
    </message>
</context>
<context>
    <name>ClusterJson</name>
    <message>
        <source>The cluster entry is not valid.</source>
        <translation>集群条目无效。</translation>
    </message>
    <message>
        <source>Not valid JSON at byte %1: %2</source>
        <translation>第 %1 字节处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>The file is not a JSON object.</source>
        <translation>该文件不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The file has no &quot;schemaVersion&quot; number or no &quot;clusters&quot; list.</source>
        <translation>该文件没有“schemaVersion”数字或“clusters”列表。</translation>
    </message>
    <message>
        <source>Entry %1 is not an object.</source>
        <translation>条目 %1 不是对象。</translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation>条目 %1：%2</translation>
    </message>
    <message>
        <source>Entry %1 (&quot;%2&quot;) repeats the name of an earlier entry.</source>
        <translation>条目 %1（“%2”）与之前某个条目的名称重复。</translation>
    </message>
</context>
<context>
    <name>ClusterValidator</name>
    <message>
        <source>A cluster needs a name.</source>
        <translation>集群需要一个名称。</translation>
    </message>
    <message>
        <source>The cluster name &quot;%1&quot; has leading or trailing spaces or control characters; remove them.</source>
        <translation>集群名称“%1”的开头或结尾有空格或控制字符；请删除它们。</translation>
    </message>
    <message>
        <source>The cluster &quot;%1&quot; needs a head: the server profile that runs the Ray head.</source>
        <translation>集群“%1”需要一个头节点：即运行 Ray 头节点的服务器配置。</translation>
    </message>
    <message>
        <source>The cluster &quot;%1&quot; needs at least one worker server; with the head alone, connect to that server directly.</source>
        <translation>集群“%1”至少需要一个工作节点服务器；如果只有头节点，请直接连接该服务器。</translation>
    </message>
    <message>
        <source>Worker %1 of the cluster &quot;%2&quot; has no server name.</source>
        <translation>集群“%2”的工作节点 %1 没有服务器名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the head of the cluster &quot;%2&quot; and cannot also be one of its workers; the head node runs Ray tasks already.</source>
        <translation>“%1”是集群“%2”的头节点，不能同时作为其工作节点；头节点本身已经会运行 Ray 任务。</translation>
    </message>
    <message>
        <source>The worker &quot;%1&quot; is listed twice in the cluster &quot;%2&quot;; list each server once.</source>
        <translation>工作节点“%1”在集群“%2”中列出了两次；每个服务器只需列出一次。</translation>
    </message>
    <message>
        <source>The GCS port of the cluster &quot;%1&quot; must be from 1 to 65535 (Ray&apos;s default is %2).</source>
        <translation>集群“%1”的 GCS 端口必须在 1 到 65535 之间（Ray 的默认值为 %2）。</translation>
    </message>
    <message>
        <source>The head address &quot;%1&quot; of the cluster &quot;%2&quot; is not an IP address or host name. Give the address the workers reach the head on, such as 10.0.0.5, or leave it empty to have it suggested.</source>
        <translation>集群“%2”的头节点地址“%1”不是 IP 地址或主机名。请填写工作节点访问头节点所用的地址，例如 10.0.0.5；或留空以自动给出建议地址。</translation>
    </message>
    <message>
        <source>The cluster &quot;%1&quot; names server profiles that do not exist: %2. Add them first (raydeck-cli profiles add) or fix the cluster.</source>
        <translation>集群“%1”引用了不存在的服务器配置：%2。请先添加它们（raydeck-cli profiles add），或修改该集群。</translation>
    </message>
</context>
<context>
    <name>DefaultMetricPicks</name>
    <message>
        <source>Reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>KL divergence</source>
        <translation>KL 散度</translation>
    </message>
    <message>
        <source>Entropy</source>
        <translation>熵</translation>
    </message>
    <message>
        <source>Response length</source>
        <translation>响应长度</translation>
    </message>
    <message>
        <source>Validation score</source>
        <translation>验证分数</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
</context>
<context>
    <name>JobStatus</name>
    <message>
        <source>Pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>已成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>已失败</translation>
    </message>
</context>
<context>
    <name>JumpHost</name>
    <message>
        <source>Invalid jump host &quot;%1&quot;: %2. Use [user@]host[:port].</source>
        <translation>跳板机“%1”无效：%2。请使用 [user@]host[:port] 格式。</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>它为空</translation>
    </message>
    <message>
        <source>the user name before &apos;@&apos; is empty</source>
        <translation>“@”前面的用户名为空</translation>
    </message>
    <message>
        <source>a &apos;[&apos; has no matching &apos;]&apos;</source>
        <translation>“[”没有匹配的“]”</translation>
    </message>
    <message>
        <source>unexpected text after &apos;]&apos;</source>
        <translation>“]”后面有多余的文本</translation>
    </message>
    <message>
        <source>the host name is missing or malformed</source>
        <translation>主机名缺失或格式错误</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>端口必须是 1 到 65535 之间的数字</translation>
    </message>
</context>
<context>
    <name>KnownHosts</name>
    <message>
        <source>Cannot create the folder %1 for known_hosts.</source>
        <translation>无法为 known_hosts 创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The host key of %1 has CHANGED since it was saved in %2. Someone may be intercepting the connection, or the server was reinstalled. RayDeck will not connect.
The server now presents a key of type %3 with fingerprint %4.
If you know the change is expected, remove the old key with:
  %5
and connect again to review the new one.</source>
        <translation>%1 的主机密钥自保存到 %2 以来已发生变化。可能有人正在拦截连接，或者服务器已重装。RayDeck 不会连接。
服务器现在提供的是 %3 类型的密钥，指纹为 %4。
如果您确定这一变化是预期的，请用以下命令删除旧密钥：
  %5
然后重新连接以查看新密钥。</translation>
    </message>
    <message>
        <source>%1 presented a key of type %2 (fingerprint %3), but %4 only has keys of other types for it. This can mean the connection is intercepted. RayDeck will not connect.
If the server&apos;s keys really changed, remove the old entries with:
  %5
and connect again to review the new key.</source>
        <translation>%1 提供了 %2 类型的密钥（指纹 %3），但 %4 中只有该主机其他类型的密钥。这可能意味着连接遭到拦截。RayDeck 不会连接。
如果服务器的密钥确实已更改，请用以下命令删除旧条目：
  %5
然后重新连接以查看新密钥。</translation>
    </message>
    <message>
        <source>The host key of %1 is not in %2, so RayDeck does not know this server yet.
It presented a key of type %3 with fingerprint %4.
Compare it with the output of `ssh-keygen -lf` on the server&apos;s host key before trusting it.</source>
        <translation>%1 的主机密钥不在 %2 中，因此 RayDeck 还不认识此服务器。
它提供的是 %3 类型的密钥，指纹为 %4。
在信任之前，请将其与服务器主机密钥的 `ssh-keygen -lf` 输出进行比对。</translation>
    </message>
</context>
<context>
    <name>LatestTrainingSummary</name>
    <message>
        <source>step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>step %1 · reward %2</source>
        <extracomment>%1 is the training step, %2 the latest reward value</extracomment>
        <translation>第 %1 步 · 奖励 %2</translation>
    </message>
</context>
<context>
    <name>MetricCsvReader</name>
    <message>
        <source>The metrics CSV is not valid at line %1: %2. Export it again from RayDeck or fix that line.</source>
        <translation>指标 CSV 文件第 %1 行无效：%2。请从 RayDeck 重新导出，或修正该行。</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation>右引号后面有多余的文本</translation>
    </message>
    <message>
        <source>a quote inside an unquoted cell</source>
        <translation>未加引号的单元格中出现了引号</translation>
    </message>
    <message>
        <source>a quoted cell is not closed</source>
        <translation>加引号的单元格没有闭合</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the first column must be called &quot;step&quot;</source>
        <translation>第一列必须名为“step”</translation>
    </message>
    <message>
        <source>column %1 has no metric name</source>
        <translation>第 %1 列没有指标名称</translation>
    </message>
    <message>
        <source>the metric &quot;%1&quot; appears twice</source>
        <translation>指标“%1”出现了两次</translation>
    </message>
    <message>
        <source>expected %1 cells, found %2</source>
        <translation>应有 %1 个单元格，实际为 %2 个</translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; is not a whole number</source>
        <translation>步数“%1”不是整数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>Cannot open the CSV file %1. Check that it exists and that you may read it.</source>
        <translation>无法打开 CSV 文件 %1。请检查该文件是否存在以及您是否有读取权限。</translation>
    </message>
</context>
<context>
    <name>MetricCsvWriter</name>
    <message>
        <source>Could not write the CSV file. Check free disk space and permissions, then export again.</source>
        <translation>无法写入 CSV 文件。请检查磁盘剩余空间和权限，然后重新导出。</translation>
    </message>
    <message>
        <source>The CSV destination is not open for writing.</source>
        <translation>CSV 目标未以写入方式打开。</translation>
    </message>
</context>
<context>
    <name>MetricsLogParser</name>
    <message>
        <source>Cannot open the log file %1. Check that it exists and that you may read it.</source>
        <translation>无法打开日志文件 %1。请检查该文件是否存在以及您是否有读取权限。</translation>
    </message>
    <message>
        <source>Reading the log file %1 failed. Check the disk and try again.</source>
        <translation>读取日志文件 %1 失败。请检查磁盘后重试。</translation>
    </message>
</context>
<context>
    <name>ProfileJson</name>
    <message>
        <source>A profile entry cannot be read (%1).</source>
        <translation>无法读取某个配置条目（%1）。</translation>
    </message>
    <message>
        <source>Not valid JSON at byte %1: %2</source>
        <translation>第 %1 字节处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>&quot;schemaVersion&quot; is not a positive whole number.</source>
        <translation>“schemaVersion”不是正整数。</translation>
    </message>
    <message>
        <source>&quot;profiles&quot; is not a list.</source>
        <translation>“profiles”不是列表。</translation>
    </message>
    <message>
        <source>The file has neither &quot;schemaVersion&quot; nor &quot;profiles&quot;.</source>
        <translation>该文件既没有“schemaVersion”，也没有“profiles”。</translation>
    </message>
    <message>
        <source>Entry %1 is not an object.</source>
        <translation>条目 %1 不是对象。</translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation>条目 %1：%2</translation>
    </message>
    <message>
        <source>Entry %1 (&quot;%2&quot;) repeats the id or name of an earlier entry.</source>
        <translation>条目 %1（“%2”）与之前某个条目的 ID 或名称重复。</translation>
    </message>
</context>
<context>
    <name>ProfileValidator</name>
    <message>
        <source>Enter a name for this server.</source>
        <translation>请输入此服务器的名称。</translation>
    </message>
    <message>
        <source>Remove the spaces at the start or end of the name.</source>
        <translation>请删除名称开头或结尾的空格。</translation>
    </message>
    <message>
        <source>The name contains control characters; use letters, digits and punctuation.</source>
        <translation>名称包含控制字符；请使用字母、数字和标点符号。</translation>
    </message>
    <message>
        <source>A server named &quot;%1&quot; already exists; choose another name.</source>
        <translation>名为“%1”的服务器已存在；请换一个名称。</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or IP address.</source>
        <translation>请输入服务器的主机名或 IP 地址。</translation>
    </message>
    <message>
        <source>A host name cannot contain spaces.</source>
        <translation>主机名不能包含空格。</translation>
    </message>
    <message>
        <source>Put the user name in the User field, not in the host.</source>
        <translation>请将用户名填在“用户”字段中，不要写在主机里。</translation>
    </message>
    <message>
        <source>A host name cannot start with &quot;-&quot;.</source>
        <translation>主机名不能以“-”开头。</translation>
    </message>
    <message>
        <source>The host contains characters that cannot appear in a host name or address.</source>
        <translation>主机中包含不能出现在主机名或地址中的字符。</translation>
    </message>
    <message>
        <source>A user name cannot contain spaces.</source>
        <translation>用户名不能包含空格。</translation>
    </message>
    <message>
        <source>A user name cannot start with &quot;-&quot;.</source>
        <translation>用户名不能以“-”开头。</translation>
    </message>
    <message>
        <source>A user name cannot contain &quot;@&quot;, &quot;:&quot; or &quot;/&quot;.</source>
        <translation>用户名不能包含“@”、“:”或“/”。</translation>
    </message>
    <message>
        <source>Enter a port number.</source>
        <translation>请输入端口号。</translation>
    </message>
    <message>
        <source>Enter a port number from 1 to 65535.</source>
        <translation>请输入 1 到 65535 之间的端口号。</translation>
    </message>
    <message>
        <source>Enter a port number from 1 to 65535, or 0 for any free port.</source>
        <translation>请输入 1 到 65535 之间的端口号，或输入 0 表示任意空闲端口。</translation>
    </message>
    <message>
        <source>Choose the private key file to log in with.</source>
        <translation>请选择用于登录的私钥文件。</translation>
    </message>
    <message>
        <source>The key file %1 does not exist.</source>
        <translation>密钥文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a file; choose the private key file.</source>
        <translation>%1 不是文件；请选择私钥文件。</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read; check its permissions.</source>
        <translation>无法读取密钥文件 %1；请检查其权限。</translation>
    </message>
    <message>
        <source>A jump host cannot be empty; remove the extra comma.</source>
        <translation>跳板机不能为空；请删除多余的逗号。</translation>
    </message>
    <message>
        <source>The jump host &quot;%1&quot; has an invalid user name.</source>
        <translation>跳板机“%1”的用户名无效。</translation>
    </message>
    <message>
        <source>The jump host &quot;%1&quot; has an unclosed &quot;[&quot;.</source>
        <translation>跳板机“%1”中有未闭合的“[”。</translation>
    </message>
    <message>
        <source>Write the jump host as [user@]host[:port].</source>
        <translation>请将跳板机写成 [user@]host[:port] 格式。</translation>
    </message>
    <message>
        <source>The jump host &quot;%1&quot; is not a valid host; write it as [user@]host[:port].</source>
        <translation>跳板机“%1”不是有效的主机；请写成 [user@]host[:port] 格式。</translation>
    </message>
    <message>
        <source>The jump host &quot;%1&quot; has an invalid port; use 1 to 65535.</source>
        <translation>跳板机“%1”的端口无效；请使用 1 到 65535。</translation>
    </message>
    <message>
        <source>Enter a mount as host-path:container-path, or remove the empty line.</source>
        <translation>请按 主机路径:容器路径 的格式输入挂载，或删除空行。</translation>
    </message>
    <message>
        <source>A mount cannot contain control characters.</source>
        <translation>挂载不能包含控制字符。</translation>
    </message>
    <message>
        <source>Write the mount as host-path:container-path, optionally followed by :ro or :rw.</source>
        <translation>请将挂载写成 主机路径:容器路径 的格式，后面可以加上 :ro 或 :rw。</translation>
    </message>
    <message>
        <source>Both sides of the mount are needed: host-path:container-path.</source>
        <translation>挂载的两端都必须填写：主机路径:容器路径。</translation>
    </message>
    <message>
        <source>The host side &quot;%1&quot; must be an absolute path (/data, ~/data) or a volume name.</source>
        <translation>主机端“%1”必须是绝对路径（/data、~/data）或卷名。</translation>
    </message>
    <message>
        <source>The container side &quot;%1&quot; must be an absolute path, such as /data.</source>
        <translation>容器端“%1”必须是绝对路径，例如 /data。</translation>
    </message>
    <message>
        <source>The mount option &quot;%1&quot; is not supported; use ro (read-only) or rw.</source>
        <translation>不支持挂载选项“%1”；请使用 ro（只读）或 rw。</translation>
    </message>
    <message>
        <source>Enter a name for the container RayDeck starts or reuses.</source>
        <translation>请输入 RayDeck 要启动或复用的容器名称。</translation>
    </message>
    <message>
        <source>A container name starts with a letter or digit and contains only letters, digits, &quot;_&quot;, &quot;.&quot; and &quot;-&quot;.</source>
        <translation>容器名称须以字母或数字开头，且只能包含字母、数字、“_”、“.”和“-”。</translation>
    </message>
    <message>
        <source>Enter an image reference such as verlai/verl:latest (no spaces).</source>
        <translation>请输入镜像引用，例如 verlai/verl:latest（不含空格）。</translation>
    </message>
    <message>
        <source>Enter &quot;all&quot;, a number of GPUs, or device=0,1.</source>
        <translation>请输入“all”、GPU 数量或 device=0,1。</translation>
    </message>
    <message>
        <source>Enter a docker network name such as host or bridge.</source>
        <translation>请输入 docker 网络名称，例如 host 或 bridge。</translation>
    </message>
    <message>
        <source>Write the limit as name=soft[:hard], for example memlock=-1 or stack=67108864.</source>
        <translation>请将限制写成 name=soft[:hard] 的格式，例如 memlock=-1 或 stack=67108864。</translation>
    </message>
    <message>
        <source>Enter a size such as 16g or 512m, or leave empty for docker&apos;s default.</source>
        <translation>请输入大小，例如 16g 或 512m；留空则使用 docker 的默认值。</translation>
    </message>
    <message>
        <source>Enter the address the dashboard listens on; 127.0.0.1 keeps it private.</source>
        <translation>请输入仪表盘监听的地址；127.0.0.1 可使其保持私有。</translation>
    </message>
    <message>
        <source>The dashboard will be reachable from the network at %1. Ray&apos;s Jobs API has no authentication unless token auth is on: anyone who can reach it can run code on the server. Prefer 127.0.0.1; RayDeck reaches it through the SSH tunnel.</source>
        <translation>仪表盘将可以从网络上通过 %1 访问。除非启用了令牌认证，否则 Ray 的 Jobs API 没有任何身份验证：任何能访问它的人都可以在服务器上运行代码。建议使用 127.0.0.1；RayDeck 会通过 SSH 隧道访问它。</translation>
    </message>
    <message>
        <source>Enter a variable name.</source>
        <translation>请输入变量名。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid variable name; use letters, digits and &quot;_&quot;, not starting with a digit.</source>
        <translation>“%1”不是有效的变量名；请使用字母、数字和“_”，且不能以数字开头。</translation>
    </message>
    <message>
        <source>Forward %1: enter the remote port (1 to 65535).</source>
        <translation>转发 %1：请输入远程端口（1 到 65535）。</translation>
    </message>
    <message>
        <source>Forward %1: %2</source>
        <translation>转发 %1：%2</translation>
    </message>
    <message>
        <source>Forward %1: local port %2 is already used by another forward or the dashboard.</source>
        <translation>转发 %1：本地端口 %2 已被其他转发或仪表盘占用。</translation>
    </message>
    <message>
        <source>The variable %1 is listed twice.</source>
        <translation>变量 %1 重复列出了两次。</translation>
    </message>
</context>
<context>
    <name>RayClusterStatus</name>
    <message numerus="yes">
        <source>%n node(s), %1 CPUs, %2 GPUs</source>
        <translation>
            <numerusform>%n 个节点，%1 个 CPU，%2 个 GPU</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RayDeck::ChannelPipe</name>
    <message>
        <source>Not connected, so %1 cannot be reached.</source>
        <translation>未连接，因此无法访问 %1。</translation>
    </message>
</context>
<context>
    <name>RayDeck::CliCommand</name>
    <message>
        <source>Trust and save an unknown host key (never a changed one).</source>
        <translation>信任并保存未知的主机密钥（绝不会信任已变更的密钥）。</translation>
    </message>
</context>
<context>
    <name>RayDeck::CliSession</name>
    <message>
        <source>There is no server profile called &quot;%1&quot;. See raydeck-cli profiles list.</source>
        <translation>没有名为“%1”的服务器配置。请查看 raydeck-cli profiles list。</translation>
    </message>
    <message>
        <source>The host key of %1 is not known: %2 %3. Check it, then run again with --accept-new-host-key to trust it.</source>
        <translation>%1 的主机密钥未知：%2 %3。请核对后，使用 --accept-new-host-key 重新运行以信任它。</translation>
    </message>
    <message>
        <source>%1 needs a secret that is not in the keychain, and there is no terminal to ask. Store it first: raydeck-cli secret set %2 %3</source>
        <translation>%1 需要一个不在钥匙串中的机密，且没有可用于询问的终端。请先存储它：raydeck-cli secret set %2 %3</translation>
    </message>
    <message>
        <source>Could not reach the Ray head of %1 (start it with: raydeck-cli up %2)</source>
        <translation>无法访问 %1 的 Ray 头节点（请用以下命令启动它：raydeck-cli up %2）</translation>
    </message>
</context>
<context>
    <name>RayDeck::ClusterCommand</name>
    <message>
        <source>unknown sub-command &apos;%1&apos;</source>
        <translation>未知子命令“%1”</translation>
    </message>
    <message>
        <source>Add a cluster: one server runs the Ray head, the others join it as workers.</source>
        <translation>添加集群：一台服务器运行 Ray 头节点，其他服务器作为工作节点加入。</translation>
    </message>
    <message>
        <source>Cluster name</source>
        <translation>集群名称</translation>
    </message>
    <message>
        <source>Server profile that runs the Ray head.</source>
        <translation>运行 Ray 头节点的服务器配置。</translation>
    </message>
    <message>
        <source>Server profile that joins as a worker (repeat for each).</source>
        <translation>作为工作节点加入的服务器配置（每个工作节点指定一次）。</translation>
    </message>
    <message>
        <source>Address the workers reach the head on; suggested from the head&apos;s interfaces and routes at the first connect when not given.</source>
        <translation>工作节点访问头节点所用的地址；未指定时，将在首次连接时根据头节点的网络接口和路由给出建议。</translation>
    </message>
    <message>
        <source>Ray&apos;s GCS port on the head (default %1).</source>
        <translation>头节点上 Ray 的 GCS 端口（默认为 %1）。</translation>
    </message>
    <message>
        <source>give exactly one cluster NAME</source>
        <translation>请指定且只指定一个集群 NAME</translation>
    </message>
    <message>
        <source>--head PROFILE is required</source>
        <translation>必须指定 --head PROFILE</translation>
    </message>
    <message>
        <source>give at least one --worker PROFILE</source>
        <translation>请至少指定一个 --worker PROFILE</translation>
    </message>
    <message>
        <source>--gcs-port must be a port number from 1 to 65535, not &apos;%1&apos;</source>
        <translation>--gcs-port 必须是 1 到 65535 之间的端口号，而不是“%1”</translation>
    </message>
    <message>
        <source>Added cluster %1: head %2, workers %3.</source>
        <translation>已添加集群 %1：头节点 %2，工作节点 %3。</translation>
    </message>
    <message>
        <source>The head address will be suggested from the head when the cluster first connects.</source>
        <translation>集群首次连接时，将由头节点给出头节点地址的建议。</translation>
    </message>
    <message>
        <source>There is no cluster called &quot;%1&quot;. See raydeck-cli cluster list.</source>
        <translation>没有名为“%1”的集群。请参见 raydeck-cli cluster list。</translation>
    </message>
    <message>
        <source>Connect a cluster: the head as for one server (with Ray&apos;s GCS on the cluster&apos;s port), then every worker in parallel. Prints one line per node step, the dashboard URL and how many nodes joined, and keeps the tunnel open until interrupted (Ray keeps running).</source>
        <translation>连接集群：先像连接单个服务器一样连接头节点（Ray 的 GCS 使用集群的端口），然后并行连接所有工作节点。每个节点步骤输出一行，并输出仪表盘 URL 和已加入的节点数；隧道会一直保持打开，直到被中断（Ray 会继续运行）。</translation>
    </message>
    <message>
        <source>Head address: %1 (suggested: %2)</source>
        <translation>头节点地址：%1（建议：%2）</translation>
    </message>
    <message>
        <source>Resources: %1 CPUs, %2 GPUs</source>
        <translation>资源：%1 个 CPU，%2 个 GPU</translation>
    </message>
    <message>
        <source>raydeck-cli: %1 %2 failed: %3</source>
        <translation>raydeck-cli：%1 %2 失败：%3</translation>
    </message>
    <message>
        <source>head</source>
        <translation>头节点</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>工作节点</translation>
    </message>
    <message>
        <source>raydeck-cli: only %1 of %2 nodes joined the head.</source>
        <translation>raydeck-cli：%2 个节点中只有 %1 个加入了头节点。</translation>
    </message>
    <message>
        <source>Ray keeps running on the nodes that came up; fix the failure and run raydeck-cli cluster up %1 again (nodes already up are kept).</source>
        <translation>Ray 会在已启动的节点上继续运行；请修复故障后再次运行 raydeck-cli cluster up %1（已启动的节点会保留）。</translation>
    </message>
    <message>
        <source>Show how many nodes of a cluster joined its head, with CPUs and GPUs.</source>
        <translation>显示集群中有多少节点已加入其头节点，以及 CPU 和 GPU 数量。</translation>
    </message>
    <message>
        <source>Could not read the status of the cluster (start it with: raydeck-cli cluster up %1)</source>
        <translation>无法读取集群状态（请使用以下命令启动：raydeck-cli cluster up %1）</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>集群：%1</translation>
    </message>
    <message>
        <source>Head: %1</source>
        <translation>头节点：%1</translation>
    </message>
    <message>
        <source>Workers: %1</source>
        <translation>工作节点：%1</translation>
    </message>
    <message>
        <source>Node addresses: %1</source>
        <translation>节点地址：%1</translation>
    </message>
    <message numerus="yes">
        <source>raydeck-cli: %n node(s) of the cluster have not joined the head.</source>
        <translation>
            <numerusform>raydeck-cli：集群中有 %n 个节点尚未加入头节点。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop what RayDeck started on a cluster&apos;s servers: workers first, then the head. Without options nothing is stopped.</source>
        <translation>停止 RayDeck 在集群各服务器上启动的内容：先停止工作节点，再停止头节点。不指定选项时不会停止任何内容。</translation>
    </message>
    <message>
        <source>Run ray stop on every node.</source>
        <translation>在每个节点上运行 ray stop。</translation>
    </message>
    <message>
        <source>Run docker stop on every node&apos;s container.</source>
        <translation>对每个节点的容器运行 docker stop。</translation>
    </message>
    <message>
        <source>Nothing to stop: Ray and the containers keep running. Give --stop-ray and/or --stop-container.</source>
        <translation>没有要停止的内容：Ray 和容器会继续运行。请指定 --stop-ray 和/或 --stop-container。</translation>
    </message>
    <message>
        <source>Ray stopped on %1.</source>
        <translation>已在 %1 上停止 Ray。</translation>
    </message>
    <message>
        <source>Containers stopped on %1.</source>
        <translation>已在 %1 上停止容器。</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>No clusters yet. Add one with &apos;raydeck-cli cluster add NAME --head PROFILE --worker PROFILE&apos;.</source>
        <translation>还没有集群。请使用“raydeck-cli cluster add NAME --head PROFILE --worker PROFILE”添加一个。</translation>
    </message>
    <message>
        <source>(suggested):%1</source>
        <translation>（建议）:%1</translation>
    </message>
    <message>
        <source>The host key of %1 is not known: %2 %3. Check it, then run again with --accept-new-host-key to trust it.</source>
        <translation>%1 的主机密钥未知：%2 %3。请核对后使用 --accept-new-host-key 重新运行以信任该密钥。</translation>
    </message>
    <message>
        <source>%1@%2 needs a secret that is not in the keychain, and there is no terminal to ask. Store it first with raydeck-cli secret set.</source>
        <translation>%1@%2 需要一个不在钥匙串中的机密，且没有可用于询问的终端。请先使用 raydeck-cli secret set 存储它。</translation>
    </message>
</context>
<context>
    <name>RayDeck::ClusterEditorDialog</name>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Cluster editor</source>
        <translation>集群编辑器</translation>
    </message>
    <message>
        <source>Cluster name</source>
        <translation>集群名称</translation>
    </message>
    <message>
        <source>Head server</source>
        <translation>头节点服务器</translation>
    </message>
    <message>
        <source>The server that runs the Ray head</source>
        <translation>运行 Ray 头节点的服务器</translation>
    </message>
    <message>
        <source>Worker servers</source>
        <translation>工作节点服务器</translation>
    </message>
    <message>
        <source>Check the servers that join the head as workers</source>
        <translation>勾选作为工作节点加入头节点的服务器</translation>
    </message>
    <message>
        <source>Head address</source>
        <translation>头节点地址</translation>
    </message>
    <message>
        <source>suggested from the head when connecting</source>
        <translation>连接时由头节点给出建议</translation>
    </message>
    <message>
        <source>The address the workers reach the head on; empty to have it suggested from the head&apos;s interfaces and routes</source>
        <translation>工作节点访问头节点所用的地址；留空则根据头节点的网络接口和路由给出建议</translation>
    </message>
    <message>
        <source>GCS port</source>
        <translation>GCS 端口</translation>
    </message>
    <message>
        <source>Network notice</source>
        <translation>网络提示</translation>
    </message>
    <message>
        <source>Head address warning</source>
        <translation>头节点地址警告</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Save or cancel</source>
        <translation>保存或取消</translation>
    </message>
    <message>
        <source>Save cluster</source>
        <translation>保存集群</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Head:</source>
        <translation>头节点(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Workers:</source>
        <translation>工作节点(&amp;W)：</translation>
    </message>
    <message>
        <source>Head &amp;address:</source>
        <translation>头节点地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;GCS port:</source>
        <translation>GCS 端口(&amp;G)：</translation>
    </message>
</context>
<context>
    <name>RayDeck::ClusterListPanel</name>
    <message>
        <source>Clusters</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Ray clusters of several servers; Enter opens one</source>
        <translation>由多台服务器组成的 Ray 集群；按 Enter 键打开</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open cluster</source>
        <translation>打开集群</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Add cluster</source>
        <translation>添加集群</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit cluster</source>
        <translation>编辑集群</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove cluster</source>
        <translation>删除集群</translation>
    </message>
    <message>
        <source>Remove the cluster %1? Its servers and what runs on them are not touched.</source>
        <translation>要删除集群 %1 吗？其服务器以及服务器上运行的内容不会受到影响。</translation>
    </message>
    <message>
        <source>Head %1, workers %2</source>
        <translation>头节点 %1，工作节点 %2</translation>
    </message>
    <message>
        <source>Save cluster</source>
        <translation>保存集群</translation>
    </message>
</context>
<context>
    <name>RayDeck::ClusterPage</name>
    <message>
        <source>Cluster %1</source>
        <translation>集群 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cluster %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;集群 %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cluster name</source>
        <translation>集群名称</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Nodes, CPUs and GPUs</source>
        <translation>节点、CPU 和 GPU</translation>
    </message>
    <message>
        <source>Head address</source>
        <translation>头节点地址</translation>
    </message>
    <message>
        <source>Head address: suggested from the head when connecting.</source>
        <translation>头节点地址：连接时由头节点给出建议。</translation>
    </message>
    <message>
        <source>Head address: %1:%2</source>
        <translation>头节点地址：%1:%2</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Connect cluster</source>
        <translation>连接集群</translation>
    </message>
    <message>
        <source>On disconnect</source>
        <translation>断开连接时</translation>
    </message>
    <message>
        <source>Leave running</source>
        <translation>保持运行</translation>
    </message>
    <message>
        <source>Stop Ray</source>
        <translation>停止 Ray</translation>
    </message>
    <message>
        <source>Stop Ray and containers</source>
        <translation>停止 Ray 和容器</translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation>断开连接…</translation>
    </message>
    <message>
        <source>Disconnect cluster</source>
        <translation>断开集群连接</translation>
    </message>
    <message>
        <source>Head: %1</source>
        <translation>头节点：%1</translation>
    </message>
    <message>
        <source>Worker: %1</source>
        <translation>工作节点：%1</translation>
    </message>
    <message>
        <source>State of %1</source>
        <translation>%1 的状态</translation>
    </message>
    <message>
        <source>Steps of %1</source>
        <translation>%1 的步骤</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Retry %1</source>
        <translation>重试 %1</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Head address: %1 (suggested: %2).</source>
        <translation>头节点地址：%1（建议：%2）。</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>已断开连接</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Ray and the containers keep running on every node.</source>
        <translation>Ray 和容器会在每个节点上继续运行。</translation>
    </message>
    <message>
        <source>Ray is stopped on every worker, then on the head.</source>
        <translation>先在每个工作节点上停止 Ray，然后在头节点上停止。</translation>
    </message>
    <message>
        <source>Ray and the containers are stopped on every worker, then on the head.</source>
        <translation>先在每个工作节点上停止 Ray 和容器，然后在头节点上停止。</translation>
    </message>
    <message>
        <source>Disconnect from the cluster %1? %2</source>
        <translation>要断开与集群 %1 的连接吗？%2</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>正在断开连接…</translation>
    </message>
    <message>
        <source>Head is up</source>
        <translation>头节点已启动</translation>
    </message>
    <message>
        <source>Joined the head</source>
        <translation>已加入头节点</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>未启动：%1</translation>
    </message>
    <message>
        <source>%1 of %2 nodes joined — %3</source>
        <translation>%2 个节点中已有 %1 个加入 — %3</translation>
    </message>
    <message>
        <source>Nodes: %1/%2 — %3</source>
        <translation>节点：%1/%2 — %3</translation>
    </message>
</context>
<context>
    <name>RayDeck::ClusterSession</name>
    <message>
        <source>Not started: the head %1 did not come up.</source>
        <translation>未启动：头节点 %1 未能启动。</translation>
    </message>
    <message>
        <source>The head %1 did not come up</source>
        <translation>头节点 %1 未能启动</translation>
    </message>
    <message>
        <source>%1 is not a worker of the cluster %2.</source>
        <translation>%1 不是集群 %2 的工作节点。</translation>
    </message>
    <message>
        <source>Connect the cluster first: the head %1 is not up.</source>
        <translation>请先连接集群：头节点 %1 尚未启动。</translation>
    </message>
    <message>
        <source>%1 is connecting already.</source>
        <translation>%1 已在连接中。</translation>
    </message>
    <message>
        <source>ray status on the head %1 failed: %2</source>
        <translation>在头节点 %1 上运行 ray status 失败：%2</translation>
    </message>
    <message>
        <source>Stopping %1</source>
        <translation>正在停止 %1</translation>
    </message>
</context>
<context>
    <name>RayDeck::ClusterStore</name>
    <message>
        <source>A cluster named &quot;%1&quot; already exists; choose another name.</source>
        <translation>名为“%1”的集群已存在；请换一个名称。</translation>
    </message>
    <message>
        <source>The cluster &quot;%1&quot; no longer exists; another RayDeck window or the command line may have removed it.</source>
        <translation>集群“%1”已不存在；可能已被另一个 RayDeck 窗口或命令行删除。</translation>
    </message>
    <message>
        <source>There is no cluster named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的集群。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for RayDeck&apos;s settings. Check that you may write there.</source>
        <translation>无法为 RayDeck 的设置创建文件夹 %1。请检查您是否有该位置的写入权限。</translation>
    </message>
    <message>
        <source>Another RayDeck process has been changing the clusters for too long. Close other RayDeck windows or commands and try again.</source>
        <translation>另一个 RayDeck 进程修改集群的时间过长。请关闭其他 RayDeck 窗口或命令，然后重试。</translation>
    </message>
    <message>
        <source>Cannot read the clusters in %1: %2. Check the file&apos;s permissions.</source>
        <translation>无法读取 %1 中的集群：%2。请检查该文件的权限。</translation>
    </message>
    <message>
        <source>The clusters file could not be read.</source>
        <translation>无法读取集群文件。</translation>
    </message>
    <message>
        <source>The clusters file was written by a newer version of RayDeck (format %1).</source>
        <translation>该集群文件由更新版本的 RayDeck 写入（格式 %1）。</translation>
    </message>
    <message>
        <source>Some clusters could not be read.</source>
        <translation>部分集群无法读取。</translation>
    </message>
    <message numerus="yes">
        <source>%1 It was kept unchanged as %2. RayDeck continues with the %n cluster(s) it could read.</source>
        <translation>
            <numerusform>%1该文件已原样保留为 %2。RayDeck 将继续使用已读取的 %n 个集群。</numerusform>
        </translation>
    </message>
    <message>
        <source>The clusters file %1 cannot be read, and RayDeck could not move it aside to keep it safe. Move or repair it by hand.</source>
        <translation>无法读取集群文件 %1，且 RayDeck 无法将其移到别处妥善保留。请手动移动或修复该文件。</translation>
    </message>
    <message>
        <source>Cannot save the clusters to %1: %2</source>
        <translation>无法将集群保存到 %1：%2</translation>
    </message>
    <message>
        <source>Cannot save the clusters to %1: %2. The previous version of the file is unchanged.</source>
        <translation>无法将集群保存到 %1：%2。该文件的先前版本未被改动。</translation>
    </message>
</context>
<context>
    <name>RayDeck::ConfigGroup</name>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation>Rollout</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考模型</translation>
    </message>
    <message>
        <source>Critic</source>
        <translation>Critic</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>训练器</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>RayDeck::ConfigSchema</name>
    <message>
        <source>text (str)</source>
        <translation>文本 (str)</translation>
    </message>
    <message>
        <source>a bool</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>an int</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a float</source>
        <translation>浮点数</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>a dict</source>
        <translation>字典</translation>
    </message>
    <message>
        <source> Write true or false without quotes.</source>
        <translation> 请写 true 或 false，不要加引号。</translation>
    </message>
    <message>
        <source> Write it without the decimal point: %1.</source>
        <translation> 请去掉小数点，写成：%1。</translation>
    </message>
    <message>
        <source> Write the number without quotes.</source>
        <translation> 请直接写数字，不要加引号。</translation>
    </message>
    <message>
        <source>The config schema is unreadable.</source>
        <translation>无法读取配置架构。</translation>
    </message>
    <message>
        <source>The config schema was written by a newer RayDeck.</source>
        <translation>该配置架构由更新版本的 RayDeck 写入。</translation>
    </message>
    <message>
        <source>%1 is not a key of this config.</source>
        <translation>%1 不是此配置中的键。</translation>
    </message>
    <message>
        <source>%1 is a group of settings and expects a dict such as {name:value}, but %2 is %3.</source>
        <translation>%1 是一组设置，需要字典值（例如 {name:value}），但 %2 是%3。</translation>
    </message>
    <message>
        <source>%1 has no setting named %2.</source>
        <translation>%1 中没有名为 %2 的设置。</translation>
    </message>
    <message>
        <source>%1 expects %2, but %3 is %4.</source>
        <translation>%1 需要 %2 类型的值，但 %3 是%4。</translation>
    </message>
    <message>
        <source>%1 is set more than once; Hydra applies overrides in order, so the last one wins.</source>
        <translation>%1 被设置了多次；Hydra 按顺序应用覆盖项，因此最后一个生效。</translation>
    </message>
    <message>
        <source>%1 chooses a config group; RayDeck cannot check it, Hydra will when the job starts.</source>
        <translation>%1 用于选择配置组；RayDeck 无法检查它，Hydra 会在作业启动时检查。</translation>
    </message>
    <message>
        <source>An override needs a key before the &apos;=&apos;.</source>
        <translation>覆盖项的“=”前面需要有键。</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>您是不是指 %1？</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>To add a new key, write +%1=...</source>
        <translation>若要添加新键，请写 +%1=...</translation>
    </message>
    <message>
        <source>%1 is not set yet; it belongs to a free-form dict, so add it with +%1=...</source>
        <translation>%1 尚未设置；它属于自由格式的字典，请用 +%1=... 添加。</translation>
    </message>
    <message>
        <source>%1 already exists, and &apos;+&apos; only adds new keys: write %1=... to change it (or ++%1=... to add or change).</source>
        <translation>%1 已存在，而“+”只能添加新键：请写 %1=... 来修改它（或用 ++%1=... 添加或修改）。</translation>
    </message>
    <message>
        <source>%1 is not in the config, so there is nothing to delete.</source>
        <translation>%1 不在配置中，因此没有可删除的内容。</translation>
    </message>
    <message>
        <source>%1 has no default and must be set before launching.</source>
        <translation>%1 没有默认值，必须在启动前设置。</translation>
    </message>
</context>
<context>
    <name>RayDeck::ConfigSchemaYamlReader</name>
    <message>
        <source>The config printed by the server could not be read.</source>
        <translation>无法读取服务器输出的配置。</translation>
    </message>
    <message>
        <source>the output is not a YAML mapping of config keys</source>
        <translation>输出不是由配置键组成的 YAML 映射</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a config key; is this the output of --cfg job?</source>
        <translation>“%1”不是配置键；这是 --cfg job 的输出吗？</translation>
    </message>
    <message>
        <source>the verl config reported by the server</source>
        <translation>服务器报告的 verl 配置</translation>
    </message>
</context>
<context>
    <name>RayDeck::ConfigType</name>
    <message>
        <source>any value</source>
        <translation>任意值</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
</context>
<context>
    <name>RayDeck::ConnectChain</name>
    <message>
        <source>Connect to %1 over SSH</source>
        <translation>通过 SSH 连接到 %1</translation>
    </message>
    <message>
        <source>Check Docker</source>
        <translation>检查 Docker</translation>
    </message>
    <message>
        <source>Container %1</source>
        <translation>容器 %1</translation>
    </message>
    <message>
        <source>Ray head</source>
        <translation>Ray 头节点</translation>
    </message>
    <message>
        <source>Dashboard listening address</source>
        <translation>仪表盘监听地址</translation>
    </message>
    <message>
        <source>Tunnel to the dashboard</source>
        <translation>到仪表盘的隧道</translation>
    </message>
    <message>
        <source>Ray dashboard answers</source>
        <translation>Ray 仪表盘响应</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>连接已取消。</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>sudo asks for a password on this server, and RayDeck never types passwords into sudo. Allow %1 to run docker without a password (or add it to the docker group) and turn off &quot;Run docker with sudo&quot; in the server&apos;s settings.</source>
        <translation>此服务器上的 sudo 需要密码，而 RayDeck 从不向 sudo 输入密码。请允许 %1 无需密码即可运行 docker（或将其加入 docker 组），并在服务器设置中关闭“使用 sudo 运行 docker”。</translation>
    </message>
    <message>
        <source>%1 may not use Docker on this server. Add the user to the docker group (sudo usermod -aG docker %1, then connect again) or turn on &quot;Run docker with sudo&quot; in the server&apos;s settings.</source>
        <translation>%1 无权在此服务器上使用 Docker。请将该用户加入 docker 组（sudo usermod -aG docker %1，然后重新连接），或在服务器设置中开启“使用 sudo 运行 docker”。</translation>
    </message>
    <message>
        <source>Docker is not installed on this server, or not on the PATH of SSH sessions. Install Docker, or turn off &quot;Run the Ray head in a Docker container&quot; in the server&apos;s settings to run Ray on the host.</source>
        <translation>此服务器上未安装 Docker，或 Docker 不在 SSH 会话的 PATH 中。请安装 Docker，或在服务器设置中关闭“在 Docker 容器中运行 Ray 头节点”，以便直接在主机上运行 Ray。</translation>
    </message>
    <message>
        <source>The Docker daemon is not running on this server. Start it (sudo systemctl start docker) and connect again.</source>
        <translation>此服务器上的 Docker 守护进程未运行。请启动它（sudo systemctl start docker）后重新连接。</translation>
    </message>
    <message>
        <source>Docker did not answer: %1</source>
        <translation>Docker 没有响应：%1</translation>
    </message>
    <message>
        <source>Docker is not used for this server; Ray runs on the host itself.</source>
        <translation>此服务器不使用 Docker；Ray 直接在主机上运行。</translation>
    </message>
    <message>
        <source>Docker %1</source>
        <translation>Docker %1</translation>
    </message>
    <message>
        <source>Container %1 is running</source>
        <translation>容器 %1 正在运行</translation>
    </message>
    <message>
        <source>Container %1 does not exist, and &quot;Attach only&quot; never creates one. Connect without &quot;Attach only&quot; to create it.</source>
        <translation>容器 %1 不存在，而“仅附加”模式从不创建容器。请取消“仅附加”后连接以创建它。</translation>
    </message>
    <message>
        <source>Container %1 is stopped, and &quot;Attach only&quot; never starts it.</source>
        <translation>容器 %1 已停止，而“仅附加”模式从不启动容器。</translation>
    </message>
    <message>
        <source>Could not start container %1: %2</source>
        <translation>无法启动容器 %1：%2</translation>
    </message>
    <message>
        <source>Started container %1</source>
        <translation>已启动容器 %1</translation>
    </message>
    <message>
        <source>Container %1 is %2. Fix it on the server (docker start or docker rm) and connect again.</source>
        <translation>容器 %1 处于 %2 状态。请在服务器上修复（docker start 或 docker rm）后重新连接。</translation>
    </message>
    <message>
        <source>Container %1 does not exist and no image is set to create it from. Set an image in the server&apos;s settings.</source>
        <translation>容器 %1 不存在，且未设置用于创建它的镜像。请在服务器设置中设置镜像。</translation>
    </message>
    <message>
        <source>Image %1 is not on the server. Pull it (docker pull) and continue.</source>
        <translation>服务器上没有镜像 %1。请拉取它（docker pull）后继续。</translation>
    </message>
    <message>
        <source>docker run failed: %1</source>
        <translation>docker run 失败：%1</translation>
    </message>
    <message>
        <source>Created and started container %1</source>
        <translation>已创建并启动容器 %1</translation>
    </message>
    <message>
        <source>docker pull failed: %1</source>
        <translation>docker pull 失败：%1</translation>
    </message>
    <message>
        <source>A Ray head is already running</source>
        <translation>Ray 头节点已在运行</translation>
    </message>
    <message>
        <source>No Ray head runs on this server, and &quot;Attach only&quot; never starts one. Connect without &quot;Attach only&quot; to start it.</source>
        <translation>此服务器上没有运行 Ray 头节点，而“仅附加”模式从不启动它。请取消“仅附加”后连接以启动它。</translation>
    </message>
    <message>
        <source>ray start failed: %1. See the step&apos;s output for Ray&apos;s own message.</source>
        <translation>ray start 失败：%1。Ray 自身的错误信息请查看该步骤的输出。</translation>
    </message>
    <message>
        <source>Started the Ray head</source>
        <translation>已启动 Ray 头节点</translation>
    </message>
    <message>
        <source>Nothing listens on the dashboard port %1 on the server. Check the Ray head&apos;s output (ray status) and the port in the server&apos;s settings.</source>
        <translation>服务器上的仪表盘端口 %1 没有任何服务在监听。请检查 Ray 头节点的输出（ray status）以及服务器设置中的端口。</translation>
    </message>
    <message>
        <source>Waiting for the dashboard to listen on port %1…</source>
        <translation>正在等待仪表盘监听端口 %1…</translation>
    </message>
    <message>
        <source>The Ray Dashboard listens on all interfaces (%1 port %2). The dashboard and its Jobs API have no authentication: anyone who can reach this port can run code on your cluster. Restart it bound to 127.0.0.1; RayDeck reaches it through the SSH tunnel.</source>
        <translation>Ray 仪表盘正在所有网络接口上监听（%1 端口 %2）。仪表盘及其 Jobs API 没有任何身份验证：任何能访问此端口的人都可以在您的集群上运行代码。请将其重启为绑定到 127.0.0.1；RayDeck 会通过 SSH 隧道访问它。</translation>
    </message>
    <message>
        <source>Listening on %1 port %2 only</source>
        <translation>仅在 %1 端口 %2 上监听</translation>
    </message>
    <message>
        <source>Restarting the Ray head failed: %1</source>
        <translation>重启 Ray 头节点失败：%1</translation>
    </message>
    <message>
        <source>%1 → %2 port %3 on the server</source>
        <translation>%1 → 服务器上的 %2 端口 %3</translation>
    </message>
    <message>
        <source>Local port %1 was taken; using %2.</source>
        <translation>本地端口 %1 已被占用；改用 %2。</translation>
    </message>
    <message>
        <source>%1: http://127.0.0.1:%2/</source>
        <translation>%1：http://127.0.0.1:%2/</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Ray %1</source>
        <translation>Ray %1</translation>
    </message>
    <message>
        <source>Join the Ray head at %1</source>
        <translation>加入位于 %1 的 Ray 头节点</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>已加入</translation>
    </message>
    <message>
        <source>Already joined: a Ray node of this cluster runs here</source>
        <translation>已加入：此集群的一个 Ray 节点正在此处运行</translation>
    </message>
    <message>
        <source>Another Ray node already runs on this server, not joined to %1. Stop it (ray stop, or raydeck-cli down with --stop-ray) and retry this worker.</source>
        <translation>此服务器上已有另一个 Ray 节点在运行，且未加入 %1。请停止它（ray stop，或使用带 --stop-ray 的 raydeck-cli down），然后重试此工作节点。</translation>
    </message>
    <message>
        <source>The head at %1 is not reachable yet; trying again (attempt %2 of %3)…</source>
        <translation>暂时无法访问位于 %1 的头节点；正在重试（第 %2 次，共 %3 次）…</translation>
    </message>
    <message>
        <source>This server cannot reach the Ray head at %1 (tried %2 times). Check that the cluster&apos;s head address is the head&apos;s address on a network this server shares, and that no firewall blocks the GCS port between the servers.</source>
        <translation>此服务器无法访问位于 %1 的 Ray 头节点（已尝试 %2 次）。请检查集群的头节点地址是否为头节点在与此服务器共享的网络上的地址，并确认服务器之间没有防火墙拦截 GCS 端口。</translation>
    </message>
</context>
<context>
    <name>RayDeck::ConnectProgressWidget</name>
    <message>
        <source>Connection steps</source>
        <translation>连接步骤</translation>
    </message>
    <message>
        <source>Each step of connecting, its result and duration; select one to see its command and output</source>
        <translation>连接的每个步骤及其结果和耗时；选中某个步骤可查看其命令和输出</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Step command and output</source>
        <translation>步骤命令和输出</translation>
    </message>
    <message>
        <source>Cancel connecting</source>
        <translation>取消连接</translation>
    </message>
    <message>
        <source>&amp;Pull Image</source>
        <translation>拉取镜像(&amp;P)</translation>
    </message>
    <message>
        <source>Pull the missing image and continue</source>
        <translation>拉取缺失的镜像并继续</translation>
    </message>
    <message>
        <source>&amp;Restart on 127.0.0.1</source>
        <translation>在 127.0.0.1 上重启(&amp;R)</translation>
    </message>
    <message>
        <source>Restart the Ray dashboard bound to 127.0.0.1</source>
        <translation>将 Ray 仪表盘重启为绑定到 127.0.0.1</translation>
    </message>
    <message>
        <source>Image %1 is not on the server.</source>
        <translation>服务器上没有镜像 %1。</translation>
    </message>
    <message>
        <source>⚠ The Ray Dashboard listens on %1: anyone who reaches that port can run code on your cluster.</source>
        <translation>⚠ Ray 仪表盘正在 %1 上监听：任何能访问该端口的人都可以在您的集群上运行代码。</translation>
    </message>
    <message>
        <source>The Ray Dashboard now listens on 127.0.0.1 only.</source>
        <translation>Ray 仪表盘现在仅在 127.0.0.1 上监听。</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RayDeck::ConsoleWidget</name>
    <message>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <source>Remote commands</source>
        <translation>远程命令</translation>
    </message>
    <message>
        <source>Every command RayDeck ran on your servers</source>
        <translation>RayDeck 在您的服务器上运行过的每条命令</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>退出码</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Command output</source>
        <translation>命令输出</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>RayDeck::CredentialDialog</name>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Key Passphrase</source>
        <translation>密钥密码短语</translation>
    </message>
    <message>
        <source>Server Question</source>
        <translation>服务器提问</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>保存到钥匙串(&amp;R)</translation>
    </message>
    <message>
        <source>Remember in the keychain</source>
        <translation>保存到钥匙串</translation>
    </message>
</context>
<context>
    <name>RayDeck::CurvesView</name>
    <message>
        <source>Training curves</source>
        <translation>训练曲线</translation>
    </message>
    <message>
        <source>Search metrics</source>
        <translation>搜索指标</translation>
    </message>
    <message>
        <source>Search metrics…</source>
        <translation>搜索指标…</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Tick a metric to chart it</source>
        <translation>勾选指标以绘制图表</translation>
    </message>
    <message>
        <source>Smoothing</source>
        <translation>平滑</translation>
    </message>
    <message>
        <source>Export the curves as PNG or CSV</source>
        <translation>将曲线导出为 PNG 或 CSV</translation>
    </message>
    <message>
        <source>%1 metrics · latest step %2</source>
        <translation>%1 个指标 · 最新步 %2</translation>
    </message>
    <message>
        <source>No metric lines yet. verl prints them when trainer.logger includes console.</source>
        <translation>还没有指标行。当 trainer.logger 包含 console 时，verl 会输出这些指标。</translation>
    </message>
    <message>
        <source>Export Curves</source>
        <translation>导出曲线</translation>
    </message>
    <message>
        <source>PNG image (*.png);;CSV table (*.csv)</source>
        <translation>PNG 图像 (*.png);;CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Smoothin&amp;g:</source>
        <translation>平滑(&amp;G)：</translation>
    </message>
</context>
<context>
    <name>RayDeck::DashboardView</name>
    <message>
        <source>Ray Dashboard</source>
        <translation>Ray 仪表盘</translation>
    </message>
    <message>
        <source>Ray Dashboard page</source>
        <translation>Ray 仪表盘页面</translation>
    </message>
    <message>
        <source>Retry loading the dashboard</source>
        <translation>重新加载仪表盘</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>正在重新连接…</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <source>Dashboard navigation</source>
        <translation>仪表盘导航</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>在浏览器中打开</translation>
    </message>
    <message>
        <source>Open the dashboard in the system browser</source>
        <translation>在系统浏览器中打开仪表盘</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>复制 URL</translation>
    </message>
    <message>
        <source>Copy the dashboard&apos;s local URL</source>
        <translation>复制仪表盘的本地 URL</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>已断开连接</translation>
    </message>
    <message>
        <source>The SSH connection to the server is down. RayDeck is reconnecting and will reload the dashboard when it is back.</source>
        <translation>与服务器的 SSH 连接已断开。RayDeck 正在重新连接，连接恢复后将重新加载仪表盘。</translation>
    </message>
    <message>
        <source>The dashboard answered HTTP %1 for %2.</source>
        <translation>仪表盘对 %2 返回了 HTTP %1。</translation>
    </message>
    <message>
        <source>Nothing listens at %1 on this computer: the tunnel is not up.</source>
        <translation>本机上没有任何服务在 %1 监听：隧道未建立。</translation>
    </message>
    <message>
        <source>The tunnel is up, but nothing answers on the server&apos;s dashboard port. Is the Ray head running? (%1)</source>
        <translation>隧道已建立，但服务器的仪表盘端口没有响应。Ray 头节点是否正在运行？（%1）</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>无法加载 %1：%2</translation>
    </message>
    <message>
        <source>The Ray Dashboard could not be loaded</source>
        <translation>无法加载 Ray 仪表盘</translation>
    </message>
    <message>
        <source>Save File</source>
        <translation>保存文件</translation>
    </message>
    <message>
        <source>The Ray head does not answer</source>
        <translation>Ray 头节点没有响应</translation>
    </message>
    <message>
        <source>%1 RayDeck keeps checking and reloads the dashboard when Ray is back.</source>
        <translation>%1 RayDeck 会持续检查，并在 Ray 恢复后重新加载仪表盘。</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>RayDeck::DownCommand</name>
    <message>
        <source>Stop what RayDeck started on a server. Without options nothing is stopped.</source>
        <translation>停止 RayDeck 在服务器上启动的内容。不带选项时不会停止任何东西。</translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation>服务器配置</translation>
    </message>
    <message>
        <source>Run ray stop in the container.</source>
        <translation>在容器中运行 ray stop。</translation>
    </message>
    <message>
        <source>Run docker stop on the container.</source>
        <translation>对容器运行 docker stop。</translation>
    </message>
    <message>
        <source>expected exactly one server name</source>
        <translation>需要且只能指定一个服务器名称</translation>
    </message>
    <message>
        <source>Nothing to stop: give --stop-ray and/or --stop-container.</source>
        <translation>没有要停止的内容：请指定 --stop-ray 和/或 --stop-container。</translation>
    </message>
    <message>
        <source>Ray stopped.</source>
        <translation>Ray 已停止。</translation>
    </message>
    <message>
        <source>Container stopped.</source>
        <translation>容器已停止。</translation>
    </message>
</context>
<context>
    <name>RayDeck::EmptyStateWidget</name>
    <message>
        <source>No servers yet</source>
        <translation>还没有服务器</translation>
    </message>
    <message>
        <source>Add the GPU server you train on. RayDeck connects over SSH, starts the container and the Ray head, and shows the Ray Dashboard here.</source>
        <translation>添加您用于训练的 GPU 服务器。RayDeck 会通过 SSH 连接，启动容器和 Ray 头节点，并在此处显示 Ray 仪表盘。</translation>
    </message>
    <message>
        <source>&amp;Add Server…</source>
        <translation>添加服务器(&amp;A)…</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>添加服务器</translation>
    </message>
    <message>
        <source>Create a server profile by entering its SSH host and settings</source>
        <translation>输入 SSH 主机和相关设置以创建服务器配置</translation>
    </message>
    <message>
        <source>&amp;Import from ~/.ssh/config…</source>
        <translation>从 ~/.ssh/config 导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import from SSH config</source>
        <translation>从 SSH 配置导入</translation>
    </message>
    <message>
        <source>Create server profiles from the hosts in your ~/.ssh/config</source>
        <translation>根据 ~/.ssh/config 中的主机创建服务器配置</translation>
    </message>
</context>
<context>
    <name>RayDeck::EnvironmentVariableRow</name>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>机密</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Name of variable %1</source>
        <translation>变量 %1 的名称</translation>
    </message>
    <message>
        <source>Environment variable name for Ray jobs, such as WANDB_API_KEY</source>
        <translation>Ray 作业的环境变量名，例如 WANDB_API_KEY</translation>
    </message>
    <message>
        <source>Value of variable %1</source>
        <translation>变量 %1 的值</translation>
    </message>
    <message>
        <source>Variable %1 is secret</source>
        <translation>变量 %1 为机密</translation>
    </message>
    <message>
        <source>Keep the value in the system keychain instead of the profile file</source>
        <translation>将值保存在系统钥匙串中，而不是配置文件中</translation>
    </message>
    <message>
        <source>Remove variable %1</source>
        <translation>删除变量 %1</translation>
    </message>
    <message>
        <source>Delete this variable; a stored secret value is deleted from the keychain</source>
        <translation>删除此变量；已存储的机密值会从钥匙串中删除</translation>
    </message>
    <message>
        <source>Problem with variable %1</source>
        <translation>变量 %1 有问题</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace</source>
        <translation>已存储在钥匙串中；输入新值可替换</translation>
    </message>
    <message>
        <source>Value, kept in the keychain</source>
        <translation>值，保存在钥匙串中</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Secret value; it is stored in the system keychain, never in a file</source>
        <translation>机密值；它存储在系统钥匙串中，绝不会写入文件</translation>
    </message>
    <message>
        <source>Value passed to Ray jobs; saved with the profile</source>
        <translation>传递给 Ray 作业的值；随配置一起保存</translation>
    </message>
</context>
<context>
    <name>RayDeck::ErrorLabel</name>
    <message>
        <source>Problem with %1</source>
        <translation>%1 有问题</translation>
    </message>
</context>
<context>
    <name>RayDeck::ExecChannel</name>
    <message>
        <source>The remote command did not finish within %1 s and was stopped.</source>
        <translation>远程命令未在 %1 秒内完成，已被终止。</translation>
    </message>
    <message>
        <source>The remote command ended without reporting an exit status.</source>
        <translation>远程命令结束时没有报告退出状态。</translation>
    </message>
</context>
<context>
    <name>RayDeck::ExecCommand</name>
    <message>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <source>give the profile NAME</source>
        <translation>请指定配置 NAME</translation>
    </message>
    <message>
        <source>give the command to run after --</source>
        <translation>请在 -- 之后指定要运行的命令</translation>
    </message>
</context>
<context>
    <name>RayDeck::ForwardListener</name>
    <message>
        <source>[::1]:%1 is in use</source>
        <translation>[::1]:%1 已被占用</translation>
    </message>
    <message>
        <source>Local port %1 is already in use by another program. Port %2 is free: use it instead, or stop the program that holds %1.</source>
        <translation>本地端口 %1 已被其他程序占用。端口 %2 空闲：可改用该端口，或停止占用 %1 的程序。</translation>
    </message>
    <message>
        <source>Local port %1 is already in use by another program, and no port near it is free.</source>
        <translation>本地端口 %1 已被其他程序占用，且附近没有空闲端口。</translation>
    </message>
    <message>
        <source>Cannot listen on local port %1: %2</source>
        <translation>无法在本地端口 %1 上监听：%2</translation>
    </message>
</context>
<context>
    <name>RayDeck::GpuPanel</name>
    <message>
        <source>Server GPUs</source>
        <translation>服务器 GPU</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <source>nvidia-smi is not available on this server.</source>
        <translation>此服务器上没有 nvidia-smi。</translation>
    </message>
    <message>
        <source>nvidia-smi failed: %1</source>
        <translation>nvidia-smi 失败：%1</translation>
    </message>
    <message>
        <source>No GPUs found.</source>
        <translation>未找到 GPU。</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 / %2 MiB</source>
        <translation>%1 / %2 MiB</translation>
    </message>
</context>
<context>
    <name>RayDeck::HeadAddressSuggester</name>
    <message>
        <source>the head&apos;s route to %1 leaves from this address</source>
        <translation>头节点通往 %1 的路由从此地址发出</translation>
    </message>
    <message>
        <source>the head&apos;s first private address (%1)</source>
        <translation>头节点的第一个私有地址（%1）</translation>
    </message>
    <message>
        <source>the head&apos;s first non-loopback address (%1)</source>
        <translation>头节点的第一个非回环地址（%1）</translation>
    </message>
    <message>
        <source>The head has no address other than loopback that workers could reach. Set the cluster&apos;s head address by hand.</source>
        <translation>头节点除回环地址外，没有工作节点可以访问的地址。请手动设置集群的头节点地址。</translation>
    </message>
</context>
<context>
    <name>RayDeck::HostKeyDialog</name>
    <message>
        <source>Unknown Server</source>
        <translation>未知服务器</translation>
    </message>
    <message>
        <source>Unknown server host key</source>
        <translation>未知的服务器主机密钥</translation>
    </message>
    <message>
        <source>&lt;p&gt;RayDeck has never connected to &lt;b&gt;%1&lt;/b&gt;%2 before and cannot tell whether it is the server you mean.&lt;/p&gt;&lt;p&gt;Compare this fingerprint with the one your administrator gives you (on the server: &lt;code&gt;ssh-keygen -lf /etc/ssh/ssh_host_%3_key.pub&lt;/code&gt;).&lt;/p&gt;</source>
        <translation>&lt;p&gt;RayDeck 从未连接过 &lt;b&gt;%1&lt;/b&gt;%2，无法判断它是否就是您要连接的服务器。&lt;/p&gt;&lt;p&gt;请将此指纹与管理员提供的指纹进行比对（在服务器上运行：&lt;code&gt;ssh-keygen -lf /etc/ssh/ssh_host_%3_key.pub&lt;/code&gt;）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source> (a jump host)</source>
        <translation> (跳板机)</translation>
    </message>
    <message>
        <source>Key type and fingerprint</source>
        <translation>密钥类型和指纹</translation>
    </message>
    <message>
        <source>Trust and &amp;Save</source>
        <translation>信任并保存(&amp;S)</translation>
    </message>
    <message>
        <source>Trust this key and remember it in known_hosts</source>
        <translation>信任此密钥并将其记录到 known_hosts</translation>
    </message>
    <message>
        <source>Trust &amp;Once</source>
        <translation>仅信任本次(&amp;O)</translation>
    </message>
    <message>
        <source>Trust this key for this connection only</source>
        <translation>仅在本次连接中信任此密钥</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Connect</source>
        <translation>不连接(&amp;D)</translation>
    </message>
    <message>
        <source>Do not connect</source>
        <translation>不连接</translation>
    </message>
</context>
<context>
    <name>RayDeck::HydraFormatter</name>
    <message>
        <source>The dict key &apos;%1&apos; cannot be written in a Hydra override: keys may only use letters, digits, blanks and _-/+.$%*@?|\()[]{}:=,.</source>
        <translation>字典键“%1”无法写入 Hydra 覆盖项：键只能包含字母、数字、空白以及 _-/+.$%*@?|\()[]{}:=,。</translation>
    </message>
    <message>
        <source>The override of %1 has no value.</source>
        <translation>%1 的覆盖项没有值。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid Hydra key; keys look like trainer.total_epochs, group/name or group@package.</source>
        <translation>“%1”不是有效的 Hydra 键；键的形式如 trainer.total_epochs、group/name 或 group@package。</translation>
    </message>
</context>
<context>
    <name>RayDeck::HydraFunctions</name>
    <message>
        <source>%1() cannot convert %2.</source>
        <translation>%1() 无法转换 %2。</translation>
    </message>
    <message>
        <source>%1() is a sweep: Hydra runs it only with --multirun, and a single Ray job cannot. Launch one job per value instead, or write the one value you want.</source>
        <translation>%1() 是一个扫参函数：Hydra 只在 --multirun 下运行它，而单个 Ray 作业做不到。请为每个值分别启动一个作业，或直接写出您想要的那个值。</translation>
    </message>
    <message>
        <source>shuffle() gives a different order each time the override is read; write the list in the order you want instead.</source>
        <translation>每次读取覆盖项时 shuffle() 都会给出不同的顺序；请直接按您想要的顺序写出列表。</translation>
    </message>
    <message>
        <source>%1() takes one value, as %1(x) or %1(value=x).</source>
        <translation>%1() 只接受一个值，写法为 %1(x) 或 %1(value=x)。</translation>
    </message>
    <message>
        <source>%1() needs a value, as in %1(x).</source>
        <translation>%1() 需要一个值，例如 %1(x)。</translation>
    </message>
    <message>
        <source>sort() takes a list and an optional reverse=true, as in sort([3,1,2], reverse=true).</source>
        <translation>sort() 接受一个列表和可选的 reverse=true，例如 sort([3,1,2], reverse=true)。</translation>
    </message>
    <message>
        <source>sort() needs a list, as in sort([3,1,2]).</source>
        <translation>sort() 需要一个列表，例如 sort([3,1,2])。</translation>
    </message>
    <message>
        <source>sort() can only order a list of numbers or a list of strings.</source>
        <translation>sort() 只能对数字列表或字符串列表排序。</translation>
    </message>
    <message>
        <source>Unknown function %1(). Hydra knows int(), float(), str(), bool(), sort() and the sweeps choice(), range(), interval(), glob(), tag() and shuffle(); if you meant text, quote it.</source>
        <translation>未知函数 %1()。Hydra 支持 int()、float()、str()、bool()、sort()，以及扫参函数 choice()、range()、interval()、glob()、tag() 和 shuffle()；如果您想表示文本，请加引号。</translation>
    </message>
</context>
<context>
    <name>RayDeck::HydraLexer</name>
    <message>
        <source>a space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>换行符</translation>
    </message>
    <message>
        <source>the control character U+%1</source>
        <translation>控制字符 U+%1</translation>
    </message>
    <message>
        <source>A key cannot contain spaces or tabs; write key=value with no blanks before the &apos;=&apos;.</source>
        <translation>键中不能包含空格或制表符；请写成 key=value，且“=”前不要有空白。</translation>
    </message>
    <message>
        <source>%1 cannot appear in a key. Keys are names joined by dots, such as trainer.total_epochs.</source>
        <translation>键中不能出现%1。键是用点连接的名称，例如 trainer.total_epochs。</translation>
    </message>
    <message>
        <source>The quoted text starting here has no closing %1. Add it, and write a %1 inside the text as \%1.</source>
        <translation>从这里开始的引号文本没有闭合的 %1。请补上它；文本中的 %1 请写成 \%1。</translation>
    </message>
    <message>
        <source>%1 cannot appear in an unquoted value. Put the whole value in double quotes, for example key=&quot;...&quot;.</source>
        <translation>未加引号的值中不能出现%1。请将整个值放在双引号中，例如 key=&quot;...&quot;。</translation>
    </message>
</context>
<context>
    <name>RayDeck::HydraOverrideParser</name>
    <message>
        <source>A value is missing after this &apos;,&apos;.</source>
        <translation>这个“,”后面缺少值。</translation>
    </message>
    <message>
        <source>A comma outside brackets makes Hydra sweep over several values, which only works with --multirun; a single run fails with &quot;Ambiguous value&quot;. For a list write %1=[%2]; for text with a comma quote it: %1=&quot;%2&quot;; to try each value, launch one job per value.</source>
        <translation>括号外的逗号会让 Hydra 对多个值进行扫参，这只在 --multirun 下有效；单次运行会因“Ambiguous value”而失败。要表示列表，请写 %1=[%2]；要表示包含逗号的文本，请加引号：%1=&quot;%2&quot;；要逐个尝试每个值，请为每个值分别启动一个作业。</translation>
    </message>
    <message>
        <source>The value ends too early.</source>
        <translation>值过早结束。</translation>
    </message>
    <message>
        <source>&apos;=&apos; inside a value must be escaped as \= or the value quoted.</source>
        <translation>值中的“=”必须转义为 \=，或者给值加引号。</translation>
    </message>
    <message>
        <source>&apos;(&apos; inside a value must be escaped as \( or the value quoted.</source>
        <translation>值中的“(”必须转义为 \(，或者给值加引号。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no opening bracket to close; escape it as \%1 or quote the value.</source>
        <translation>“%1”没有可以闭合的左括号；请将其转义为 \%1，或者给值加引号。</translation>
    </message>
    <message>
        <source>The interpolation &apos;${&apos; has no closing &apos;}&apos;.</source>
        <translation>插值“${”没有闭合的“}”。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot follow other text; escape it as \%1 or quote the value.</source>
        <translation>“%1”不能跟在其他文本后面；请将其转义为 \%1，或者给值加引号。</translation>
    </message>
    <message>
        <source>Quoted text must be a whole value (or a whole list item); put all of the text inside the quotes.</source>
        <translation>引号内的文本必须是一个完整的值（或完整的列表项）；请将全部文本放在引号内。</translation>
    </message>
    <message>
        <source>A value is missing before this &apos;,&apos;.</source>
        <translation>这个“,”前面缺少值。</translation>
    </message>
    <message>
        <source>&apos;:&apos; is not expected here; escape it as \: or quote the value.</source>
        <translation>此处不应出现“:”；请将其转义为 \:，或者给值加引号。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not expected here; quote the value if it is text.</source>
        <translation>此处不应出现“%1”；如果值是文本，请加引号。</translation>
    </message>
    <message>
        <source>Lists, dicts and functions are nested too deeply here.</source>
        <translation>此处的列表、字典和函数嵌套过深。</translation>
    </message>
    <message>
        <source>Remove the blanks after the closing quote.</source>
        <translation>请删除右引号后面的空白。</translation>
    </message>
    <message>
        <source>A value cannot be only blanks; quote it.</source>
        <translation>值不能只包含空白；请加引号。</translation>
    </message>
    <message>
        <source>%1 does not fit in a 64-bit integer; quote it if it is meant as text.</source>
        <translation>%1 超出了 64 位整数的范围；如果它表示文本，请加引号。</translation>
    </message>
    <message>
        <source>%1 is not a number RayDeck can read.</source>
        <translation>%1 不是 RayDeck 能识别的数字。</translation>
    </message>
    <message>
        <source>A list item is missing after this &apos;,&apos;.</source>
        <translation>这个“,”后面缺少列表项。</translation>
    </message>
    <message>
        <source>Expected &apos;:&apos; after the dict key &apos;%1&apos;, as in {%1:value}.</source>
        <translation>字典键“%1”后面应有“:”，例如 {%1:value}。</translation>
    </message>
    <message>
        <source>A dict entry is missing after this &apos;,&apos;.</source>
        <translation>这个“,”后面缺少字典条目。</translation>
    </message>
    <message>
        <source>A dict key is missing before this &apos;:&apos;.</source>
        <translation>这个“:”前面缺少字典键。</translation>
    </message>
    <message>
        <source>A dict key cannot be quoted or contain ${...}; write it bare, escaping blanks and ()[]{}:=, with a backslash.</source>
        <translation>字典键不能加引号，也不能包含 ${...}；请直接写出键，并用反斜杠转义空白和 ()[]{}:=,。</translation>
    </message>
    <message>
        <source>Expected a dict key, as in {name:value}.</source>
        <translation>此处应为字典键，例如 {name:value}。</translation>
    </message>
    <message>
        <source>A dict key cannot be only blanks.</source>
        <translation>字典键不能只包含空白。</translation>
    </message>
    <message>
        <source>The argument %1= is given twice.</source>
        <translation>参数 %1= 出现了两次。</translation>
    </message>
    <message>
        <source>A positional argument cannot follow a named one.</source>
        <translation>位置参数不能出现在命名参数之后。</translation>
    </message>
    <message>
        <source>An argument is missing after this &apos;,&apos;.</source>
        <translation>这个“,”后面缺少参数。</translation>
    </message>
    <message>
        <source>Missing &apos;%1&apos; to close the &apos;%2&apos; at column %3.</source>
        <translation>缺少用于闭合第 %3 列“%2”的“%1”。</translation>
    </message>
    <message>
        <source>The override is empty; write key=value.</source>
        <translation>覆盖项为空；请写成 key=value。</translation>
    </message>
    <message>
        <source>A config group path is names joined by &apos;/&apos;, such as hydra/launcher; a name is missing or invalid here.</source>
        <translation>配置组路径是用“/”连接的名称，例如 hydra/launcher；此处缺少名称或名称无效。</translation>
    </message>
    <message>
        <source>Expected &apos;=&apos; after the key: write %1=value (or ~%1 to delete it).</source>
        <translation>键后面应有“=”：请写成 %1=value（或用 ~%1 删除它）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; may only stand at the start: +key, ++key or ~key.</source>
        <translation>“%1”只能出现在开头：+key、++key 或 ~key。</translation>
    </message>
    <message>
        <source>&apos;:&apos; cannot appear in a key.</source>
        <translation>键中不能出现“:”。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not expected in the key here; keys look like a.b.c, group/name or group@package.</source>
        <translation>键中此处不应出现“%1”；键的形式如 a.b.c、group/name 或 group@package。</translation>
    </message>
</context>
<context>
    <name>RayDeck::HydraParseError</name>
    <message>
        <source>column %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
</context>
<context>
    <name>RayDeck::ImportSshConfigDialog</name>
    <message>
        <source>Import from SSH Config</source>
        <translation>从 SSH 配置导入</translation>
    </message>
    <message>
        <source>Create server profiles from the Host entries of an OpenSSH configuration file</source>
        <translation>根据 OpenSSH 配置文件中的 Host 条目创建服务器配置</translation>
    </message>
    <message>
        <source>SSH config file</source>
        <translation>SSH 配置文件</translation>
    </message>
    <message>
        <source>The OpenSSH configuration to read; press Enter or Reload after changing it</source>
        <translation>要读取的 OpenSSH 配置；修改后请按 Enter 或点击“重新加载”</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Browse for SSH config</source>
        <translation>浏览 SSH 配置</translation>
    </message>
    <message>
        <source>Choose another configuration file in a file dialog</source>
        <translation>在文件对话框中选择其他配置文件</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Read the configuration file again</source>
        <translation>重新读取配置文件</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>导入状态</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Hosts found in the file; check the ones to import. Space toggles the current host.</source>
        <translation>文件中找到的主机；请勾选要导入的主机。按空格键可切换当前主机的勾选状态。</translation>
    </message>
    <message>
        <source>&amp;Hosts to import:</source>
        <translation>要导入的主机(&amp;H)：</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Select all hosts</source>
        <translation>选择所有主机</translation>
    </message>
    <message>
        <source>Check every host that is not a server profile yet</source>
        <translation>勾选所有尚未成为服务器配置的主机</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>全不选(&amp;N)</translation>
    </message>
    <message>
        <source>Select no hosts</source>
        <translation>不选择任何主机</translation>
    </message>
    <message>
        <source>Uncheck every host</source>
        <translation>取消勾选所有主机</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Settings of the file that RayDeck could not take over</source>
        <translation>文件中 RayDeck 无法沿用的设置</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>说明(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import checked hosts</source>
        <translation>导入勾选的主机</translation>
    </message>
    <message>
        <source>Create a server profile for every checked host</source>
        <translation>为每个勾选的主机创建服务器配置</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close without importing</source>
        <translation>关闭且不导入</translation>
    </message>
    <message>
        <source>Choose SSH Config</source>
        <translation>选择 SSH 配置</translation>
    </message>
    <message>
        <source> via %1</source>
        <translation> (经由 %1)</translation>
    </message>
    <message>
        <source>  (already a server)</source>
        <translation>  (已是服务器)</translation>
    </message>
    <message>
        <source>Key file %1</source>
        <translation>密钥文件 %1</translation>
    </message>
    <message>
        <source>ssh-agent</source>
        <translation>ssh-agent</translation>
    </message>
    <message>
        <source>%1 has no Host entries that name a single host.</source>
        <translation>%1 中没有指向单个主机的 Host 条目。</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) found in %1.</source>
        <translation>
            <numerusform>在 %1 中找到 %n 个主机。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Server(s)</source>
        <translation>
            <numerusform>导入 %n 个服务器(&amp;I)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RayDeck::JobHistoryStore</name>
    <message>
        <source>The launch history could not be opened.</source>
        <translation>无法打开启动历史。</translation>
    </message>
    <message>
        <source>The launch history was written by a newer RayDeck; update RayDeck to see or add launches.</source>
        <translation>启动历史由更新版本的 RayDeck 写入；请更新 RayDeck 以查看或添加启动记录。</translation>
    </message>
    <message>
        <source>The launch history could not be saved.</source>
        <translation>无法保存启动历史。</translation>
    </message>
    <message>
        <source>The folder for the launch history could not be created.</source>
        <translation>无法创建存放启动历史的文件夹。</translation>
    </message>
    <message>
        <source>The launch history is busy in another RayDeck window; try again.</source>
        <translation>启动历史正被另一个 RayDeck 窗口使用；请重试。</translation>
    </message>
    <message>
        <source>The launch history could not be read. It was kept as %1 and a new history was started.</source>
        <translation>无法读取启动历史。原文件已保留为 %1，并已新建一份历史。</translation>
    </message>
</context>
<context>
    <name>RayDeck::JobLaunchDiff</name>
    <message>
        <source>preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>working directory</source>
        <translation>工作目录</translation>
    </message>
    <message>
        <source>entrypoint CPUs</source>
        <translation>入口命令 CPU 数</translation>
    </message>
    <message>
        <source>entrypoint GPUs</source>
        <translation>入口命令 GPU 数</translation>
    </message>
    <message>
        <source>env %1</source>
        <translation>环境变量 %1</translation>
    </message>
    <message>
        <source>metadata %1</source>
        <translation>元数据 %1</translation>
    </message>
</context>
<context>
    <name>RayDeck::JobLaunchValidator</name>
    <message>
        <source>The submission id may only use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 128, not starting with &apos;-&apos; or &apos;.&apos;); it names the job&apos;s log file.</source>
        <translation>提交 ID 只能包含字母、数字、“.”、“_”和“-”（最多 128 个字符，且不能以“-”或“.”开头）；它会用作作业日志文件的名称。</translation>
    </message>
    <message>
        <source>The working directory must be an absolute path in the container, such as /workspace/verl (~ is not expanded).</source>
        <translation>工作目录必须是容器内的绝对路径，例如 /workspace/verl（不会展开 ~）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid environment variable name: use letters, digits and &apos;_&apos;, not starting with a digit.</source>
        <translation>“%1”不是有效的环境变量名：请使用字母、数字和“_”，且不能以数字开头。</translation>
    </message>
    <message>
        <source>The environment variable %1 is set twice; keep one.</source>
        <translation>环境变量 %1 被设置了两次；请只保留一个。</translation>
    </message>
    <message>
        <source>%1 must be a number of 0 or more.</source>
        <translation>%1 必须是大于或等于 0 的数字。</translation>
    </message>
    <message>
        <source>Entrypoint CPUs</source>
        <translation>入口命令 CPU 数</translation>
    </message>
    <message>
        <source>Entrypoint GPUs</source>
        <translation>入口命令 GPU 数</translation>
    </message>
    <message>
        <source>trainer.logger includes wandb, but no WANDB_API_KEY is configured, so the job will stop when wandb asks for a login. Add WANDB_API_KEY as a secret environment variable, or set trainer.logger=[console].</source>
        <translation>trainer.logger 包含 wandb，但没有配置 WANDB_API_KEY，因此当 wandb 要求登录时作业会停止。请将 WANDB_API_KEY 添加为机密环境变量，或设置 trainer.logger=[console]。</translation>
    </message>
</context>
<context>
    <name>RayDeck::JobListModel</name>
    <message numerus="yes">
        <source>%1 (%n overrides)</source>
        <translation>
            <numerusform>%1（%n 个覆盖项）</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Submission ID</source>
        <translation>提交 ID</translation>
    </message>
    <message>
        <source>Entrypoint</source>
        <translation>入口命令</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
</context>
<context>
    <name>RayDeck::JobLogView</name>
    <message>
        <source>Job log</source>
        <translation>作业日志</translation>
    </message>
    <message>
        <source>Follow the end of the log</source>
        <translation>跟踪日志末尾</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>搜索日志</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
    <message>
        <source>Log stream interrupted; reconnecting…</source>
        <translation>日志流中断；正在重新连接…</translation>
    </message>
    <message>
        <source>Following…</source>
        <translation>正在跟踪…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; not found</source>
        <translation>未找到“%1”</translation>
    </message>
    <message>
        <source>Save Log</source>
        <translation>保存日志</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>日志文件 (*.log *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Could not save the log: %1</source>
        <translation>无法保存日志：%1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>Save the full log to a file</source>
        <translation>将完整日志保存到文件</translation>
    </message>
    <message>
        <source>The job succeeded; the log is complete.</source>
        <translation>作业已成功；日志已完整。</translation>
    </message>
    <message>
        <source>The job failed; the log is complete.</source>
        <translation>作业已失败；日志已完整。</translation>
    </message>
    <message>
        <source>The job was stopped; the log is complete.</source>
        <translation>作业已停止；日志已完整。</translation>
    </message>
    <message>
        <source>The job ended; the log is complete.</source>
        <translation>作业已结束；日志已完整。</translation>
    </message>
    <message>
        <source>Older lines trimmed (%1 not shown); save to file for the full log.</source>
        <translation>已截去较早的行（%1 行未显示）；保存到文件可查看完整日志。</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>跟踪</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
</context>
<context>
    <name>RayDeck::JobSubmissionBuilder</name>
    <message>
        <source>The secret value of %1 is not available. Store it in the keychain from the profile&apos;s job environment, then launch again.</source>
        <translation>%1 的机密值不可用。请在配置的作业环境中将其存入钥匙串，然后重新启动。</translation>
    </message>
    <message>
        <source>The secret value of %1 is not valid UTF-8 text.</source>
        <translation>%1 的机密值不是有效的 UTF-8 文本。</translation>
    </message>
</context>
<context>
    <name>RayDeck::JobTemplateStore</name>
    <message>
        <source>The launch templates could not be opened.</source>
        <translation>无法打开启动模板。</translation>
    </message>
    <message>
        <source>The launch templates could not be saved.</source>
        <translation>无法保存启动模板。</translation>
    </message>
    <message>
        <source>The folder for the launch templates could not be created.</source>
        <translation>无法创建存放启动模板的文件夹。</translation>
    </message>
    <message>
        <source>The launch templates are busy in another RayDeck window; try again.</source>
        <translation>启动模板正被另一个 RayDeck 窗口占用；请重试。</translation>
    </message>
    <message>
        <source>The launch templates were written by a newer RayDeck; update RayDeck to use or add templates.</source>
        <translation>启动模板由更新版本的 RayDeck 写入；请更新 RayDeck 后再使用或添加模板。</translation>
    </message>
    <message>
        <source>The launch templates could not be read. The file was kept as %1 and an empty list of templates was started.</source>
        <translation>无法读取启动模板。该文件已保留为 %1，并已新建一个空的模板列表。</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>请为模板命名。</translation>
    </message>
    <message>
        <source>The template name is too long; use at most %1 characters.</source>
        <translation>模板名称过长；最多只能使用 %1 个字符。</translation>
    </message>
    <message>
        <source>This server has %1 templates already; delete some first.</source>
        <translation>此服务器已有 %1 个模板；请先删除一些。</translation>
    </message>
</context>
<context>
    <name>RayDeck::JobsCommand</name>
    <message>
        <source>List the Ray jobs of a server, newest first.</source>
        <translation>列出服务器上的 Ray 作业，最新的在前。</translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation>服务器配置</translation>
    </message>
    <message>
        <source>Print JSON (stable; see the README).</source>
        <translation>输出 JSON（格式稳定；参见 README）。</translation>
    </message>
    <message>
        <source>expected exactly one server name</source>
        <translation>需要且只能指定一个服务器名称</translation>
    </message>
    <message>
        <source>No jobs.</source>
        <translation>没有作业。</translation>
    </message>
    <message>
        <source>SUBMISSION ID</source>
        <translation>提交 ID</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>ENTRYPOINT</source>
        <translation>入口命令</translation>
    </message>
</context>
<context>
    <name>RayDeck::JobsPanel</name>
    <message>
        <source>Jobs</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Ray jobs</source>
        <translation>Ray 作业</translation>
    </message>
    <message>
        <source>Jobs on this server&apos;s Ray cluster, newest first</source>
        <translation>此服务器 Ray 集群上的作业，最新的在前</translation>
    </message>
    <message>
        <source>Refresh the jobs list</source>
        <translation>刷新作业列表</translation>
    </message>
    <message>
        <source>S&amp;top…</source>
        <translation>停止(&amp;T)…</translation>
    </message>
    <message>
        <source>Stop the selected job</source>
        <translation>停止所选作业</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected finished job</source>
        <translation>删除所选的已结束作业</translation>
    </message>
    <message>
        <source>Show the selected job in the Ray dashboard</source>
        <translation>在 Ray 仪表盘中显示所选作业</translation>
    </message>
    <message>
        <source>Stop Job</source>
        <translation>停止作业</translation>
    </message>
    <message>
        <source>Stop job %1? Ray sends it SIGTERM, then SIGKILL.</source>
        <translation>要停止作业 %1 吗？Ray 会先向其发送 SIGTERM，然后发送 SIGKILL。</translation>
    </message>
    <message>
        <source>Stopping %1…</source>
        <translation>正在停止 %1…</translation>
    </message>
    <message>
        <source>%1 was not running.</source>
        <translation>%1 未在运行。</translation>
    </message>
    <message>
        <source>Delete Job</source>
        <translation>删除作业</translation>
    </message>
    <message>
        <source>Delete job %1 from the Ray cluster&apos;s list? Its log files stay on the server.</source>
        <translation>要从 Ray 集群的列表中删除作业 %1 吗？其日志文件会保留在服务器上。</translation>
    </message>
    <message>
        <source>Ask the Ray head for its jobs now; the list also refreshes by itself</source>
        <translation>立即向 Ray 头节点查询作业；列表也会自动刷新</translation>
    </message>
    <message>
        <source>Asks first; Ray ends the job with SIGTERM, then SIGKILL. Shortcut: Ctrl+.</source>
        <translation>会先询问；Ray 先用 SIGTERM 结束作业，然后用 SIGKILL。快捷键：Ctrl+.</translation>
    </message>
    <message>
        <source>Asks first; removes the job from the cluster&apos;s list, its logs stay on the server</source>
        <translation>会先询问；将作业从集群的列表中删除，其日志仍保留在服务器上</translation>
    </message>
    <message>
        <source>Opens the job&apos;s page in the embedded dashboard</source>
        <translation>在内嵌仪表盘中打开作业页面</translation>
    </message>
    <message>
        <source>S&amp;top Job…</source>
        <translation>停止作业(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Delete Job…</source>
        <translation>删除作业(&amp;D)…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Open in Dash&amp;board</source>
        <translation>在仪表盘中打开(&amp;B)</translation>
    </message>
</context>
<context>
    <name>RayDeck::KeychainSecretStore</name>
    <message>
        <source>No keychain is available to store secrets: no Secret Service (such as GNOME Keyring or KeePassXC) or KWallet answered. Start one and try again, or choose &quot;Ask every time&quot; so RayDeck asks for the secret when it connects instead of storing it.</source>
        <translation>没有可用于存储机密的钥匙串：没有响应的 Secret Service（例如 GNOME Keyring 或 KeePassXC）或 KWallet。请启动其中一个后重试，或选择“每次询问”，让 RayDeck 在连接时询问机密而不存储它。</translation>
    </message>
    <message>
        <source>Nothing is stored in the keychain for this yet.</source>
        <translation>钥匙串中尚未存储此项内容。</translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock it, or allow RayDeck to use it, and try again.</source>
        <translation>钥匙串拒绝访问。请解锁钥匙串或允许 RayDeck 使用它，然后重试。</translation>
    </message>
    <message>
        <source>The keychain could not delete a RayDeck entry. Unlock the keychain and try again.</source>
        <translation>钥匙串无法删除 RayDeck 的条目。请解锁钥匙串后重试。</translation>
    </message>
</context>
<context>
    <name>RayDeck::LaunchDiffDialog</name>
    <message>
        <source>Compare Launches</source>
        <translation>比较启动记录</translation>
    </message>
    <message>
        <source>Compare launches</source>
        <translation>比较启动记录</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>From %1
to %2</source>
        <translation>从 %1
到 %2</translation>
    </message>
    <message>
        <source>Launches compared</source>
        <translation>所比较的启动记录</translation>
    </message>
    <message>
        <source>Differences between the two launches</source>
        <translation>两次启动之间的差异</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>The two launches are the same.</source>
        <translation>两次启动完全相同。</translation>
    </message>
    <message>
        <source>Close the comparison</source>
        <translation>关闭比较</translation>
    </message>
</context>
<context>
    <name>RayDeck::LaunchForm</name>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Training files</source>
        <translation>训练文件</translation>
    </message>
    <message>
        <source>Validation files</source>
        <translation>验证文件</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Max prompt length</source>
        <translation>最大提示长度</translation>
    </message>
    <message>
        <source>Max response length</source>
        <translation>最大响应长度</translation>
    </message>
    <message>
        <source>Model and actor</source>
        <translation>模型与 Actor</translation>
    </message>
    <message>
        <source>Model path</source>
        <translation>模型路径</translation>
    </message>
    <message>
        <source>Actor learning rate</source>
        <translation>Actor 学习率</translation>
    </message>
    <message>
        <source>PPO mini-batch size</source>
        <translation>PPO 小批量大小</translation>
    </message>
    <message>
        <source>Micro-batch per GPU</source>
        <translation>每 GPU 微批量大小</translation>
    </message>
    <message>
        <source>Use KL loss</source>
        <translation>使用 KL 损失</translation>
    </message>
    <message>
        <source>KL loss coefficient</source>
        <translation>KL 损失系数</translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation>Rollout</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>Tensor parallel size</source>
        <translation>张量并行大小</translation>
    </message>
    <message>
        <source>GPU memory share</source>
        <translation>GPU 显存占比</translation>
    </message>
    <message>
        <source>Samples per prompt</source>
        <translation>每个提示的采样数</translation>
    </message>
    <message>
        <source>Log-prob micro-batch per GPU</source>
        <translation>每 GPU 的 log-prob 微批量大小</translation>
    </message>
    <message>
        <source>Reference log-prob micro-batch</source>
        <translation>参考模型 log-prob 微批量大小</translation>
    </message>
    <message>
        <source>Critic and algorithm</source>
        <translation>Critic 与算法</translation>
    </message>
    <message>
        <source>Critic model path</source>
        <translation>Critic 模型路径</translation>
    </message>
    <message>
        <source>Critic learning rate</source>
        <translation>Critic 学习率</translation>
    </message>
    <message>
        <source>Critic micro-batch per GPU</source>
        <translation>Critic 每 GPU 微批量大小</translation>
    </message>
    <message>
        <source>Advantage estimator</source>
        <translation>优势估计器</translation>
    </message>
    <message>
        <source>KL coefficient</source>
        <translation>KL 系数</translation>
    </message>
    <message>
        <source>KL in reward</source>
        <translation>在奖励中加入 KL</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>训练器</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点数</translation>
    </message>
    <message>
        <source>GPUs per node</source>
        <translation>每节点 GPU 数</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>训练轮数</translation>
    </message>
    <message>
        <source>Loggers</source>
        <translation>日志记录器</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Experiment name</source>
        <translation>实验名称</translation>
    </message>
    <message>
        <source>Save every (steps)</source>
        <translation>保存间隔（步）</translation>
    </message>
    <message>
        <source>Test every (steps)</source>
        <translation>测试间隔（步）</translation>
    </message>
    <message>
        <source>Validate before training</source>
        <translation>训练前先验证</translation>
    </message>
    <message>
        <source>Did you mean %1? To add a new key, write +key=value.</source>
        <translation>您是不是指 %1？若要添加新键，请写 +key=value。</translation>
    </message>
    <message>
        <source>Launch a PPO run</source>
        <translation>启动 PPO 训练</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Start from one of verl&apos;s examples</source>
        <translation>从 verl 的某个示例开始</translation>
    </message>
    <message>
        <source>(no preset)</source>
        <translation>（无预设）</translation>
    </message>
    <message>
        <source>Read the config keys from the server&apos;s verl</source>
        <translation>从服务器上的 verl 读取配置键</translation>
    </message>
    <message>
        <source>Keys: verl&apos;s PPO config as shipped with RayDeck</source>
        <translation>键：RayDeck 自带的 verl PPO 配置</translation>
    </message>
    <message>
        <source>Extra Hydra overrides</source>
        <translation>额外的 Hydra 覆盖项</translation>
    </message>
    <message>
        <source>One override per line, as key=value, +key=value, ++key=value or ~key</source>
        <translation>每行一个覆盖项，格式为 key=value、+key=value、++key=value 或 ~key</translation>
    </message>
    <message>
        <source>One per line, e.g. actor_rollout_ref.rollout.temperature=0.7</source>
        <translation>每行一个，例如 actor_rollout_ref.rollout.temperature=0.7</translation>
    </message>
    <message>
        <source>Submission ID</source>
        <translation>提交 ID</translation>
    </message>
    <message>
        <source>&lt;experiment&gt;-&lt;date-time&gt;</source>
        <translation>&lt;实验名称&gt;-&lt;日期时间&gt;</translation>
    </message>
    <message>
        <source>Working directory in the container</source>
        <translation>容器内的工作目录</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>NAME=value, one per line. Secrets such as WANDB_API_KEY belong in the server&apos;s settings, where they are kept in the keychain.</source>
        <translation>NAME=value，每行一个。WANDB_API_KEY 等机密应放在服务器设置中，那里会将其保存在钥匙串中。</translation>
    </message>
    <message>
        <source>NAME=value, one per line</source>
        <translation>NAME=value，每行一个</translation>
    </message>
    <message>
        <source>CPUs for the entrypoint</source>
        <translation>入口命令使用的 CPU 数</translation>
    </message>
    <message>
        <source>Ray default</source>
        <translation>Ray 默认值</translation>
    </message>
    <message>
        <source>GPUs for the entrypoint</source>
        <translation>入口命令使用的 GPU 数</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Submission &amp;ID:</source>
        <translation>提交 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>Problems with this launch</source>
        <translation>此次启动存在的问题</translation>
    </message>
    <message>
        <source>Equivalent command and request body</source>
        <translation>等效命令和请求体</translation>
    </message>
    <message>
        <source>Copy the equivalent ray job submit command</source>
        <translation>复制等效的 ray job submit 命令</translation>
    </message>
    <message>
        <source>&amp;Validate on Server</source>
        <translation>在服务器上验证(&amp;V)</translation>
    </message>
    <message>
        <source>Let verl&apos;s Hydra check these overrides on the server</source>
        <translation>让服务器上 verl 的 Hydra 检查这些覆盖项</translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation>启动(&amp;L)</translation>
    </message>
    <message>
        <source>Submit this run as a Ray job</source>
        <translation>将此次训练作为 Ray 作业提交</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>预设(&amp;P)：</translation>
    </message>
    <message>
        <source>E&amp;xtra overrides:</source>
        <translation>额外覆盖项(&amp;X)：</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>默认值：%1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message numerus="yes">
        <source>Keys: read from the server&apos;s verl (%n keys)</source>
        <translation>
            <numerusform>键：读取自服务器上的 verl（%n 个键）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation>%1（第 %2 列）</translation>
    </message>
    <message>
        <source>Extra overrides, line %1, column %2: %3</source>
        <translation>额外覆盖项，第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>Environment, line %1: write NAME=value</source>
        <translation>环境，第 %1 行：请写成 NAME=value</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Fix the problems listed above first</source>
        <translation>请先修复上面列出的问题</translation>
    </message>
    <message>
        <source>Launch settings</source>
        <translation>启动设置</translation>
    </message>
    <message>
        <source>Runs verl&apos;s trainer with --cfg job in the container; slower, exact</source>
        <translation>在容器中使用 --cfg job 运行 verl 的训练器；较慢，但结果精确</translation>
    </message>
    <message>
        <source>Ray&apos;s name for this job; empty uses the experiment and the time</source>
        <translation>此作业在 Ray 中的名称；留空则使用实验名称和时间</translation>
    </message>
    <message>
        <source>Where the trainer starts inside the container</source>
        <translation>训练器在容器内启动时所在的目录</translation>
    </message>
    <message>
        <source>CPUs Ray reserves for the driver script; 0 keeps Ray&apos;s default</source>
        <translation>Ray 为驱动脚本预留的 CPU 数；0 表示沿用 Ray 的默认值</translation>
    </message>
    <message>
        <source>GPUs Ray reserves for the driver script; 0 keeps Ray&apos;s default</source>
        <translation>Ray 为驱动脚本预留的 GPU 数；0 表示沿用 Ray 的默认值</translation>
    </message>
    <message>
        <source>Errors block Launch; warnings do not</source>
        <translation>错误会阻止启动；警告不会</translation>
    </message>
    <message>
        <source>The ray job submit command and JSON body this launch sends, secrets masked</source>
        <translation>此次启动将发送的 ray job submit 命令和 JSON 正文，机密已遮蔽</translation>
    </message>
    <message>
        <source>Puts the command on the clipboard</source>
        <translation>将命令复制到剪贴板</translation>
    </message>
    <message>
        <source>Composes the config on the server without training</source>
        <translation>在服务器上组合配置，但不进行训练</translation>
    </message>
    <message>
        <source>Enabled when nothing is an error. Shortcut: Ctrl+Return</source>
        <translation>没有错误时可用。快捷键：Ctrl+Return</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>form label</comment>
        <extracomment>A form label: the field&apos;s name followed by this language&apos;s colon (&quot;%1：&quot; in Chinese).</extracomment>
        <translation>%1：</translation>
    </message>
    <message>
        <source>GPUs this run asks for: %3 (trainer.nnodes=%1 × trainer.n_gpus_per_node=%2); GPUs the connected cluster has: %6 (nodes: %4, GPUs per node: %5). Ray would wait for resources that never come.</source>
        <translation>此次运行需要的 GPU：%3（trainer.nnodes=%1 × trainer.n_gpus_per_node=%2）；已连接的集群拥有的 GPU：%6（节点：%4，每节点 GPU：%5）。Ray 会一直等待永远不会出现的资源。</translation>
    </message>
    <message>
        <source>Refresh from Server</source>
        <translation>从服务器刷新</translation>
    </message>
    <message>
        <source>&amp;Working directory:</source>
        <translation>工作目录(&amp;W)：</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>环境：</translation>
    </message>
    <message>
        <source>Entrypoint CPUs:</source>
        <translation>入口命令 CPU 数：</translation>
    </message>
    <message>
        <source>Entrypoint GPUs:</source>
        <translation>入口命令 GPU 数：</translation>
    </message>
    <message>
        <source>Copy Command</source>
        <translation>复制命令</translation>
    </message>
</context>
<context>
    <name>RayDeck::LaunchHistoryView</name>
    <message>
        <source>Launch history</source>
        <translation>启动历史</translation>
    </message>
    <message>
        <source>Launches, newest first</source>
        <translation>启动记录，最新的在前</translation>
    </message>
    <message>
        <source>Enter launches the selected run again; select two to compare them.</source>
        <translation>按 Enter 可再次启动所选运行；选择两项可进行比较。</translation>
    </message>
    <message>
        <source>Launched</source>
        <translation>启动时间</translation>
    </message>
    <message>
        <source>Submission ID</source>
        <translation>提交 ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>覆盖项</translation>
    </message>
    <message>
        <source>Fill the launch form with the selected launch</source>
        <translation>用所选启动记录填写启动表单</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>比较(&amp;M)</translation>
    </message>
    <message>
        <source>Compare the two selected launches</source>
        <translation>比较所选的两次启动</translation>
    </message>
    <message>
        <source>Read the launch history again</source>
        <translation>重新读取启动历史</translation>
    </message>
    <message>
        <source>Not on the head</source>
        <translation>不在头节点上</translation>
    </message>
    <message>
        <source>Launch A&amp;gain</source>
        <translation>再次启动(&amp;G)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>RayDeck::LaunchPresets</name>
    <message>
        <source>GSM8K with PPO (verl quickstart)</source>
        <translation>GSM8K + PPO（verl 快速入门）</translation>
    </message>
    <message>
        <source>PPO on GSM8K with Qwen2.5-0.5B-Instruct on one GPU, as in verl&apos;s quickstart. Expects ~/data/gsm8k/train.parquet and test.parquet in the container, made by python3 examples/data_preprocess/gsm8k.py --local_save_dir ~/data/gsm8k. On GPUs with less than 32 GB, set the actor&apos;s and critic&apos;s ppo_micro_batch_size_per_gpu to 1.</source>
        <translation>在单个 GPU 上用 Qwen2.5-0.5B-Instruct 对 GSM8K 进行 PPO 训练，与 verl 快速入门相同。需要容器内存在 ~/data/gsm8k/train.parquet 和 test.parquet，可通过 python3 examples/data_preprocess/gsm8k.py --local_save_dir ~/data/gsm8k 生成。在显存小于 32 GB 的 GPU 上，请将 actor 和 critic 的 ppo_micro_batch_size_per_gpu 设为 1。</translation>
    </message>
    <message>
        <source>GSM8K with GRPO (verl example)</source>
        <translation>GSM8K + GRPO（verl 示例）</translation>
    </message>
    <message>
        <source>GRPO on GSM8K with Qwen2-7B-Instruct on 8 GPUs, as in verl&apos;s examples/grpo_trainer/run_qwen2-7b.sh. Expects ~/data/gsm8k/train.parquet and test.parquet in the container, and logs to wandb: configure WANDB_API_KEY or change trainer.logger to [console].</source>
        <translation>在 8 个 GPU 上用 Qwen2-7B-Instruct 对 GSM8K 进行 GRPO 训练，与 verl 的 examples/grpo_trainer/run_qwen2-7b.sh 相同。需要容器内存在 ~/data/gsm8k/train.parquet 和 test.parquet，并将日志记录到 wandb：请配置 WANDB_API_KEY，或将 trainer.logger 改为 [console]。</translation>
    </message>
</context>
<context>
    <name>RayDeck::LaunchTemplateBar</name>
    <message>
        <source>Saved template</source>
        <translation>已保存的模板</translation>
    </message>
    <message>
        <source>Launches you saved for this server</source>
        <translation>您为此服务器保存的启动设置</translation>
    </message>
    <message>
        <source>Load the chosen template into the form</source>
        <translation>将所选模板加载到表单中</translation>
    </message>
    <message>
        <source>Save this launch as a template</source>
        <translation>将此次启动另存为模板</translation>
    </message>
    <message>
        <source>Delete the chosen template</source>
        <translation>删除所选模板</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Save Template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <source>Saved the template &quot;%1&quot;.</source>
        <translation>已保存模板“%1”。</translation>
    </message>
    <message>
        <source>Loaded the template &quot;%1&quot;.</source>
        <translation>已加载模板“%1”。</translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation>删除模板</translation>
    </message>
    <message>
        <source>Save as Template</source>
        <translation>另存为模板</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>模板名称：</translation>
    </message>
    <message>
        <source>Name of the new template</source>
        <translation>新模板的名称</translation>
    </message>
    <message>
        <source>Replace the template &quot;%1&quot;?</source>
        <translation>要替换模板“%1”吗？</translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot;?</source>
        <translation>要删除模板“%1”吗？</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>加载</translation>
    </message>
    <message>
        <source>Save as Template…</source>
        <translation>另存为模板…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>RayDeck::LogsCommand</name>
    <message>
        <source>Print a job&apos;s driver log; with --follow, keep printing until the job ends.</source>
        <translation>输出作业的驱动程序日志；使用 --follow 时持续输出，直到作业结束。</translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation>服务器配置</translation>
    </message>
    <message>
        <source>Submission id</source>
        <translation>提交 ID</translation>
    </message>
    <message>
        <source>Follow the live log until the job ends.</source>
        <translation>跟踪实时日志，直到作业结束。</translation>
    </message>
    <message>
        <source>expected a server name and a submission id</source>
        <translation>需要一个服务器名称和一个提交 ID</translation>
    </message>
    <message>
        <source>(log stream interrupted; reconnecting)</source>
        <translation>（日志流中断；正在重新连接）</translation>
    </message>
</context>
<context>
    <name>RayDeck::MainWindow</name>
    <message>
        <source>RayDeck</source>
        <translation>RayDeck</translation>
    </message>
    <message>
        <source>RayDeck main window</source>
        <translation>RayDeck 主窗口</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>&amp;Add Server…</source>
        <translation>添加服务器(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import from ~/.ssh/config…</source>
        <translation>从 ~/.ssh/config 导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About RayDeck</source>
        <translation>关于 RayDeck(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>About RayDeck</source>
        <translation>关于 RayDeck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;RayDeck %1&lt;/h3&gt;&lt;p&gt;Train LLMs with verl on remote GPU servers: SSH, container, Ray head, tunnel and dashboard from one window.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RayDeck %1&lt;/h3&gt;&lt;p&gt;在远程 GPU 服务器上用 verl 训练 LLM：在一个窗口中完成 SSH、容器、Ray 头节点、隧道和仪表盘的管理。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your server profiles. Enter edits the selected one, Delete removes it, the context menu has more</source>
        <translation>您的服务器配置。按 Enter 编辑所选配置，按 Delete 删除，右键菜单中有更多操作</translation>
    </message>
    <message>
        <source>Problem with the server profiles</source>
        <translation>服务器配置有问题</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>关闭提示(&amp;M)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭提示</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>隐藏此消息</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <source>Ray version</source>
        <translation>Ray 版本</translation>
    </message>
    <message>
        <source>Dashboard URL</source>
        <translation>仪表盘 URL</translation>
    </message>
    <message>
        <source>&amp;Edit Server…</source>
        <translation>编辑服务器(&amp;E)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate Server…</source>
        <translation>复制服务器(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Delete Server…</source>
        <translation>删除服务器(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Dis&amp;connect…</source>
        <translation>断开连接(&amp;C)…</translation>
    </message>
    <message>
        <source>Open Dashboard in &amp;Browser</source>
        <translation>在浏览器中打开仪表盘(&amp;B)</translation>
    </message>
    <message>
        <source>New &amp;Launch</source>
        <translation>新建启动(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>服务器(&amp;S)</translation>
    </message>
    <message>
        <source>There is a problem with the server profiles; see the top of the window.</source>
        <translation>服务器配置有问题；请查看窗口顶部。</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>连接已断开</translation>
    </message>
    <message>
        <source>%1 is no longer connected.</source>
        <translation>%1 已不再连接。</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message numerus="yes">
        <source> · %n running</source>
        <translation>
            <numerusform> · %n 个作业运行中</numerusform>
        </translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) connected</source>
        <translation>
            <numerusform>已连接 %n 个服务器</numerusform>
        </translation>
    </message>
    <message>
        <source>Ray %1</source>
        <translation>Ray %1</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>There is no server called &quot;%1&quot;.</source>
        <translation>没有名为“%1”的服务器。</translation>
    </message>
    <message>
        <source>RayDeck keeps running</source>
        <translation>RayDeck 仍在运行</translation>
    </message>
    <message>
        <source>Tunnels stay open. Use the tray icon to come back or quit.</source>
        <translation>隧道保持打开。可通过托盘图标返回或退出。</translation>
    </message>
    <message>
        <source>Quit RayDeck?</source>
        <translation>要退出 RayDeck 吗？</translation>
    </message>
    <message>
        <source>Tunnels or log follows are active. Quitting closes them (jobs keep running on the servers).%1</source>
        <translation>有隧道或日志跟踪处于活动状态。退出会将其关闭（作业会继续在服务器上运行）。%1</translation>
    </message>
    <message>
        <source>

Choose No to keep RayDeck running in the tray.</source>
        <translation>

选择“否”可让 RayDeck 在托盘中继续运行。</translation>
    </message>
    <message>
        <source>Show &amp;Jobs</source>
        <translation>显示作业(&amp;J)</translation>
    </message>
    <message>
        <source>Job succeeded</source>
        <translation>作业已成功</translation>
    </message>
    <message>
        <source>Job failed</source>
        <translation>作业已失败</translation>
    </message>
    <message>
        <source>Job stopped</source>
        <translation>作业已停止</translation>
    </message>
    <message>
        <source>Job ended</source>
        <translation>作业已结束</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>集群</translation>
    </message>
</context>
<context>
    <name>RayDeck::MetricChart</name>
    <message>
        <source>Chart of %1</source>
        <translation>%1 的图表</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>%1
step %2: %3</source>
        <translation>%1
第 %2 步：%3</translation>
    </message>
</context>
<context>
    <name>RayDeck::MetricsCommand</name>
    <message>
        <source>Training metrics from a job&apos;s own log (verl&apos;s console logger). --csv prints a step column and one column per metric; --follow waits for the job to end, reporting progress on stderr.</source>
        <translation>根据作业自身的日志（verl 的 console 日志记录器）获取训练指标。--csv 输出一个 step 列，每个指标一列；--follow 会等待作业结束，并在 stderr 上报告进度。</translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation>服务器配置</translation>
    </message>
    <message>
        <source>Submission id</source>
        <translation>提交 ID</translation>
    </message>
    <message>
        <source>Print CSV: step,&lt;metric&gt;,...</source>
        <translation>输出 CSV：step,&lt;metric&gt;,...</translation>
    </message>
    <message>
        <source>Follow the job until it ends, then print.</source>
        <translation>跟踪作业直到结束，然后输出。</translation>
    </message>
    <message>
        <source>expected a server name and a submission id</source>
        <translation>需要一个服务器名称和一个提交 ID</translation>
    </message>
</context>
<context>
    <name>RayDeck::PortForwardRow</name>
    <message>
        <source>Name, e.g. Grafana</source>
        <translation>名称，例如 Grafana</translation>
    </message>
    <message>
        <source>local port (any)</source>
        <translation>本地端口（任意）</translation>
    </message>
    <message>
        <source>remote port</source>
        <translation>远程端口</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Name of forward %1</source>
        <translation>转发 %1 的名称</translation>
    </message>
    <message>
        <source>A label for this forwarded service</source>
        <translation>此转发服务的标签</translation>
    </message>
    <message>
        <source>Local port of forward %1</source>
        <translation>转发 %1 的本地端口</translation>
    </message>
    <message>
        <source>Port on this computer; leave empty to use any free port</source>
        <translation>本机上的端口；留空则使用任意空闲端口</translation>
    </message>
    <message>
        <source>Remote host of forward %1</source>
        <translation>转发 %1 的远程主机</translation>
    </message>
    <message>
        <source>Address on the server side, usually 127.0.0.1</source>
        <translation>服务器端的地址，通常为 127.0.0.1</translation>
    </message>
    <message>
        <source>Remote port of forward %1</source>
        <translation>转发 %1 的远程端口</translation>
    </message>
    <message>
        <source>Port of the service on the server, for example 3000 for Grafana</source>
        <translation>服务器上该服务的端口，例如 Grafana 为 3000</translation>
    </message>
    <message>
        <source>Remove forward %1</source>
        <translation>删除转发 %1</translation>
    </message>
    <message>
        <source>Delete this port forward</source>
        <translation>删除此端口转发</translation>
    </message>
    <message>
        <source>Problem with forward %1</source>
        <translation>转发 %1 有问题</translation>
    </message>
    <message>
        <source>Local port: %1</source>
        <translation>本地端口：%1</translation>
    </message>
    <message>
        <source>Remote host: %1</source>
        <translation>远程主机：%1</translation>
    </message>
    <message>
        <source>Remote port: %1</source>
        <translation>远程端口：%1</translation>
    </message>
</context>
<context>
    <name>RayDeck::ProfileController</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1（副本 %2）</translation>
    </message>
    <message>
        <source>Saved server “%1”.</source>
        <translation>已保存服务器“%1”。</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>钥匙串</translation>
    </message>
    <message>
        <source>The secrets of “%1” could not be updated in the keychain. %2</source>
        <translation>无法在钥匙串中更新“%1”的机密。%2</translation>
    </message>
    <message>
        <source>Delete Server</source>
        <translation>删除服务器</translation>
    </message>
    <message>
        <source>Delete the server “%1”? Its stored password, passphrase, token and secret variables are removed from the keychain too. This cannot be undone.</source>
        <translation>要删除服务器“%1”吗？其存储的密码、密码短语、令牌和机密变量也会从钥匙串中删除。此操作无法撤销。</translation>
    </message>
    <message>
        <source>“%1” was not deleted because its keychain entries could not be removed. %2</source>
        <translation>未删除“%1”，因为无法删除其钥匙串条目。%2</translation>
    </message>
    <message>
        <source>Deleted server “%1”.</source>
        <translation>已删除服务器“%1”。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Import from SSH Config</source>
        <translation>从 SSH 配置导入</translation>
    </message>
    <message>
        <source>Some hosts were not imported:
%1</source>
        <translation>部分主机未导入：
%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n server(s).</source>
        <translation>
            <numerusform>已导入 %n 个服务器。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RayDeck::ProfileDetailsWidget</name>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>登录：</translation>
    </message>
    <message>
        <source>Jump hosts:</source>
        <translation>跳板机：</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>工作区：</translation>
    </message>
    <message>
        <source>Ray dashboard:</source>
        <translation>Ray 仪表盘：</translation>
    </message>
    <message>
        <source>Forwards:</source>
        <translation>转发：</translation>
    </message>
    <message>
        <source>Job environment:</source>
        <translation>作业环境：</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit server</source>
        <translation>编辑服务器</translation>
    </message>
    <message>
        <source>Change the settings of this server</source>
        <translation>更改此服务器的设置</translation>
    </message>
    <message>
        <source>Duplicate server</source>
        <translation>复制服务器</translation>
    </message>
    <message>
        <source>Create a new server profile starting from this one</source>
        <translation>以此服务器配置为基础创建新的服务器配置</translation>
    </message>
    <message>
        <source>Delete server</source>
        <translation>删除服务器</translation>
    </message>
    <message>
        <source>Remove this server profile and its stored secrets, after asking</source>
        <translation>删除此服务器配置及其存储的机密（会先询问）</translation>
    </message>
    <message>
        <source>kept in the keychain</source>
        <translation>保存在钥匙串中</translation>
    </message>
    <message>
        <source>asked every time</source>
        <translation>每次询问</translation>
    </message>
    <message>
        <source>ssh-agent</source>
        <translation>ssh-agent</translation>
    </message>
    <message>
        <source>key %1, passphrase %2</source>
        <translation>密钥 %1，密码短语%2</translation>
    </message>
    <message>
        <source>password, %1</source>
        <translation>密码，%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>container %1 from %2</source>
        <translation>容器 %1，镜像：%2</translation>
    </message>
    <message>
        <source>(no image set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>directly on the host</source>
        <translation>直接在主机上</translation>
    </message>
    <message>
        <source>%1:%2 on the server, local port %3</source>
        <translation>服务器上的 %1:%2，本地端口 %3</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>%1 (secret)</source>
        <translation>%1（机密）</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>服务器 %1</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>复制…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
</context>
<context>
    <name>RayDeck::ProfileEditorDialog</name>
    <message>
        <source>Add Server</source>
        <translation>添加服务器</translation>
    </message>
    <message>
        <source>Edit Server “%1”</source>
        <translation>编辑服务器“%1”</translation>
    </message>
    <message>
        <source>Duplicate Server</source>
        <translation>复制服务器</translation>
    </message>
    <message>
        <source>Settings of one GPU server: SSH connection, container, Ray head and job environment</source>
        <translation>单个 GPU 服务器的设置：SSH 连接、容器、Ray 头节点和作业环境</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>服务器设置</translation>
    </message>
    <message>
        <source>Use Ctrl+Tab to move between the pages</source>
        <translation>使用 Ctrl+Tab 在页面之间切换</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>工作区(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Ray</source>
        <translation>Ray(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Job Environment</source>
        <translation>作业环境(&amp;J)</translation>
    </message>
    <message>
        <source>Problems to fix before saving</source>
        <translation>保存前需要修复的问题</translation>
    </message>
    <message>
        <source>Save server</source>
        <translation>保存服务器</translation>
    </message>
    <message>
        <source>Store this server profile; secrets go to the system keychain</source>
        <translation>保存此服务器配置；机密会存入系统钥匙串</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>关闭且不保存</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>服务器名称</translation>
    </message>
    <message>
        <source>How RayDeck and raydeck-cli call this server; must be unique</source>
        <translation>RayDeck 和 raydeck-cli 用来称呼此服务器的名称；必须唯一</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>SSH host</source>
        <translation>SSH 主机</translation>
    </message>
    <message>
        <source>Host name or IP address of the GPU server</source>
        <translation>GPU 服务器的主机名或 IP 地址</translation>
    </message>
    <message>
        <source>gpu01.example.org</source>
        <translation>gpu01.example.org</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>SSH 端口</translation>
    </message>
    <message>
        <source>SSH port of the server, usually 22</source>
        <translation>服务器的 SSH 端口，通常为 22</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>SSH user</source>
        <translation>SSH 用户</translation>
    </message>
    <message>
        <source>Login name on the server; empty uses your local user name</source>
        <translation>服务器上的登录名；留空则使用您的本地用户名</translation>
    </message>
    <message>
        <source>your local user name</source>
        <translation>您的本地用户名</translation>
    </message>
    <message>
        <source>ssh-agent</source>
        <translation>ssh-agent</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>密钥文件</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>身份验证</translation>
    </message>
    <message>
        <source>How to log in: keys held by ssh-agent, a private key file, or a password</source>
        <translation>登录方式：ssh-agent 中的密钥、私钥文件或密码</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>身份验证(&amp;A)：</translation>
    </message>
    <message>
        <source>Path of the private key, such as ~/.ssh/id_ed25519</source>
        <translation>私钥的路径，例如 ~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>~/.ssh/id_ed25519</source>
        <translation>~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Browse for key file</source>
        <translation>浏览密钥文件</translation>
    </message>
    <message>
        <source>Choose the private key file in a file dialog</source>
        <translation>在文件对话框中选择私钥文件</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>密钥文件(&amp;K)：</translation>
    </message>
    <message>
        <source>Choose Private Key</source>
        <translation>选择私钥</translation>
    </message>
    <message>
        <source>Store in the system keychain</source>
        <translation>存储在系统钥匙串中</translation>
    </message>
    <message>
        <source>Ask every time</source>
        <translation>每次询问</translation>
    </message>
    <message>
        <source>Remember secret</source>
        <translation>记住机密</translation>
    </message>
    <message>
        <source>Keep the password or key passphrase in the system keychain, or ask for it at each connection</source>
        <translation>将密码或密钥密码短语保存在系统钥匙串中，或在每次连接时询问</translation>
    </message>
    <message>
        <source>R&amp;emember:</source>
        <translation>记住(&amp;E)：</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in a file</source>
        <translation>存储在系统钥匙串中，绝不会写入文件</translation>
    </message>
    <message>
        <source>Keychain status</source>
        <translation>钥匙串状态</translation>
    </message>
    <message>
        <source>Jump hosts</source>
        <translation>跳板机</translation>
    </message>
    <message>
        <source>Optional ProxyJump chain, first hop first, separated by commas: [user@]host[:port]</source>
        <translation>可选的 ProxyJump 链，按跳转顺序排列，以逗号分隔：[user@]host[:port]</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Run the Ray head in a &amp;Docker container</source>
        <translation>在 Docker 容器中运行 Ray 头节点(&amp;D)</translation>
    </message>
    <message>
        <source>Use Docker</source>
        <translation>使用 Docker</translation>
    </message>
    <message>
        <source>Start or reuse a container on the server and run Ray inside it; otherwise Ray runs on the host</source>
        <translation>在服务器上启动或复用一个容器，并在其中运行 Ray；否则 Ray 直接在主机上运行</translation>
    </message>
    <message>
        <source>C&amp;ontainer:</source>
        <translation>容器(&amp;O)：</translation>
    </message>
    <message>
        <source>Container name</source>
        <translation>容器名称</translation>
    </message>
    <message>
        <source>Name of the container RayDeck starts or reuses</source>
        <translation>RayDeck 要启动或复用的容器名称</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>镜像(&amp;I)：</translation>
    </message>
    <message>
        <source>Container image</source>
        <translation>容器镜像</translation>
    </message>
    <message>
        <source>Image to start the container from, such as verlai/verl:latest</source>
        <translation>用于启动容器的镜像，例如 verlai/verl:latest</translation>
    </message>
    <message>
        <source>&amp;GPUs:</source>
        <translation>GPU(&amp;G)：</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Value of docker run --gpus: all, a number, or device=0,1</source>
        <translation>docker run --gpus 的值：all、数量或 device=0,1</translation>
    </message>
    <message>
        <source>Docker network</source>
        <translation>Docker 网络</translation>
    </message>
    <message>
        <source>Value of docker run --network; host lets the dashboard be reached on the server&apos;s loopback</source>
        <translation>docker run --network 的值；选择 host 可让仪表盘通过服务器的回环地址访问</translation>
    </message>
    <message>
        <source>&amp;Ulimits:</source>
        <translation>Ulimit(&amp;U)：</translation>
    </message>
    <message>
        <source>Ulimits</source>
        <translation>Ulimit</translation>
    </message>
    <message>
        <source>docker run --ulimit values separated by spaces, such as memlock=-1 stack=67108864</source>
        <translation>docker run --ulimit 的值，以空格分隔，例如 memlock=-1 stack=67108864</translation>
    </message>
    <message>
        <source>S&amp;hared memory:</source>
        <translation>共享内存(&amp;H)：</translation>
    </message>
    <message>
        <source>Shared memory size</source>
        <translation>共享内存大小</translation>
    </message>
    <message>
        <source>docker run --shm-size such as 16g; empty keeps docker&apos;s default</source>
        <translation>docker run --shm-size 的值，例如 16g；留空则使用 docker 的默认值</translation>
    </message>
    <message>
        <source>docker default</source>
        <translation>docker 默认值</translation>
    </message>
    <message>
        <source>/data/models:/models:ro</source>
        <translation>/data/models:/models:ro</translation>
    </message>
    <message>
        <source>Mounts</source>
        <translation>挂载</translation>
    </message>
    <message>
        <source>One bind mount per line: host-path:container-path, optionally followed by :ro or :rw</source>
        <translation>每行一个绑定挂载：主机路径:容器路径，后面可以加上 :ro 或 :rw</translation>
    </message>
    <message>
        <source>&amp;Mounts:</source>
        <translation>挂载(&amp;M)：</translation>
    </message>
    <message>
        <source>E&amp;xtra arguments:</source>
        <translation>额外参数(&amp;X)：</translation>
    </message>
    <message>
        <source>Extra docker run arguments</source>
        <translation>额外的 docker run 参数</translation>
    </message>
    <message>
        <source>More docker run arguments, separated by spaces; quote ones with spaces</source>
        <translation>更多 docker run 参数，以空格分隔；包含空格的参数请加引号</translation>
    </message>
    <message>
        <source>Run docker with &amp;sudo</source>
        <translation>使用 sudo 运行 docker(&amp;S)</translation>
    </message>
    <message>
        <source>Docker needs sudo</source>
        <translation>Docker 需要 sudo</translation>
    </message>
    <message>
        <source>Prefix docker commands with sudo on the server</source>
        <translation>在服务器上为 docker 命令加上 sudo 前缀</translation>
    </message>
    <message>
        <source>Ray head settings</source>
        <translation>Ray 头节点设置</translation>
    </message>
    <message>
        <source>Dashboard, ray start options and forwarded ports</source>
        <translation>仪表盘、ray start 选项和转发端口</translation>
    </message>
    <message>
        <source>&amp;Dashboard port:</source>
        <translation>仪表盘端口(&amp;D)：</translation>
    </message>
    <message>
        <source>Dashboard port on the server</source>
        <translation>服务器上的仪表盘端口</translation>
    </message>
    <message>
        <source>Port the Ray dashboard listens on inside the server, 8265 by default</source>
        <translation>Ray 仪表盘在服务器上监听的端口，默认为 8265</translation>
    </message>
    <message>
        <source>Dashboard &amp;address:</source>
        <translation>仪表盘地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Dashboard address on the server</source>
        <translation>服务器上的仪表盘地址</translation>
    </message>
    <message>
        <source>Address the dashboard binds to on the server; 127.0.0.1 keeps it private</source>
        <translation>仪表盘在服务器上绑定的地址；127.0.0.1 可使其保持私有</translation>
    </message>
    <message>
        <source>&amp;Local port:</source>
        <translation>本地端口(&amp;L)：</translation>
    </message>
    <message>
        <source>Local dashboard port</source>
        <translation>本地仪表盘端口</translation>
    </message>
    <message>
        <source>Port on this computer for the dashboard tunnel; 0 picks any free port</source>
        <translation>本机上用于仪表盘隧道的端口；0 表示任意空闲端口</translation>
    </message>
    <message>
        <source>E&amp;xtra ray start arguments:</source>
        <translation>额外的 ray start 参数(&amp;X)：</translation>
    </message>
    <message>
        <source>Extra ray start arguments</source>
        <translation>额外的 ray start 参数</translation>
    </message>
    <message>
        <source>More arguments for ray start --head, separated by spaces</source>
        <translation>ray start --head 的更多参数，以空格分隔</translation>
    </message>
    <message>
        <source>Use a dashboard &amp;token (Ray 2.52 or later)</source>
        <translation>使用仪表盘令牌（Ray 2.52 或更高版本）(&amp;T)</translation>
    </message>
    <message>
        <source>Use dashboard token</source>
        <translation>使用仪表盘令牌</translation>
    </message>
    <message>
        <source>Send a Ray token-auth token to the dashboard; it is kept in the keychain</source>
        <translation>向仪表盘发送 Ray 令牌认证所用的令牌；该令牌保存在钥匙串中</translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation>令牌(&amp;O)：</translation>
    </message>
    <message>
        <source>Dashboard token</source>
        <translation>仪表盘令牌</translation>
    </message>
    <message>
        <source>Ray auth token; stored in the system keychain, never in a file</source>
        <translation>Ray 认证令牌；存储在系统钥匙串中，绝不会写入文件</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace</source>
        <translation>已存储在钥匙串中；输入新值可替换</translation>
    </message>
    <message>
        <source>Token from ray get-auth-token</source>
        <translation>ray get-auth-token 输出的令牌</translation>
    </message>
    <message>
        <source>More forwarded ports (Grafana, TensorBoard, …):</source>
        <translation>更多转发端口（Grafana、TensorBoard…）：</translation>
    </message>
    <message>
        <source>Add &amp;Forward</source>
        <translation>添加转发(&amp;F)</translation>
    </message>
    <message>
        <source>Add forward</source>
        <translation>添加转发</translation>
    </message>
    <message>
        <source>Add another port to forward from the server to this computer</source>
        <translation>再添加一个从服务器转发到本机的端口</translation>
    </message>
    <message>
        <source>Job environment</source>
        <translation>作业环境</translation>
    </message>
    <message>
        <source>Environment variables for Ray jobs</source>
        <translation>Ray 作业的环境变量</translation>
    </message>
    <message>
        <source>Variables for Ray jobs. Mark API keys and tokens (WANDB_API_KEY, HF_TOKEN) as secret: their values go to the system keychain, not to the profile file.</source>
        <translation>Ray 作业使用的变量。请将 API 密钥和令牌（WANDB_API_KEY、HF_TOKEN）标记为机密：它们的值会存入系统钥匙串，而不是配置文件。</translation>
    </message>
    <message>
        <source>Add &amp;Variable</source>
        <translation>添加变量(&amp;V)</translation>
    </message>
    <message>
        <source>Add variable</source>
        <translation>添加变量</translation>
    </message>
    <message>
        <source>Add an environment variable for Ray jobs</source>
        <translation>为 Ray 作业添加环境变量</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>密钥密码短语</translation>
    </message>
    <message>
        <source>not needed with ssh-agent</source>
        <translation>使用 ssh-agent 时无需填写</translation>
    </message>
    <message>
        <source>RayDeck asks for it when it connects</source>
        <translation>RayDeck 会在连接时询问</translation>
    </message>
    <message>
        <source>Leave empty if the key has no passphrase</source>
        <translation>如果密钥没有密码短语，请留空</translation>
    </message>
    <message>
        <source>Leave empty to be asked when connecting</source>
        <translation>留空则在连接时询问</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Shared memory</source>
        <translation>共享内存</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Close the quote.</source>
        <translation>请闭合引号。</translation>
    </message>
    <message>
        <source>Extra arguments</source>
        <translation>额外参数</translation>
    </message>
    <message>
        <source>Dashboard port</source>
        <translation>仪表盘端口</translation>
    </message>
    <message>
        <source>Dashboard address</source>
        <translation>仪表盘地址</translation>
    </message>
    <message>
        <source>Local port</source>
        <translation>本地端口</translation>
    </message>
    <message>
        <source>Enter the token, or turn the token off.</source>
        <translation>请输入令牌，或关闭令牌。</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>Forward %1</source>
        <translation>转发 %1</translation>
    </message>
    <message>
        <source>Enter the value; it is kept in the keychain.</source>
        <translation>请输入值；它会保存在钥匙串中。</translation>
    </message>
    <message>
        <source>Variable %1</source>
        <translation>变量 %1</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>钥匙串</translation>
    </message>
    <message>
        <source>Fix before saving: %1.</source>
        <translation>保存前请修复：%1。</translation>
    </message>
    <message>
        <source>Passw&amp;ord:</source>
        <translation>密码(&amp;O)：</translation>
    </message>
    <message>
        <source>Jump ho&amp;sts:</source>
        <translation>跳板机(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>网络(&amp;N)：</translation>
    </message>
    <message>
        <source>Ke&amp;y passphrase:</source>
        <translation>密钥密码短语(&amp;Y)：</translation>
    </message>
</context>
<context>
    <name>RayDeck::ProfileStore</name>
    <message>
        <source>The server profile &quot;%1&quot; no longer exists; another RayDeck window or the command line may have removed it.</source>
        <translation>服务器配置“%1”已不存在；可能已被另一个 RayDeck 窗口或命令行删除。</translation>
    </message>
    <message>
        <source>There is no server profile named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的服务器配置。</translation>
    </message>
    <message>
        <source>A server profile needs a name.</source>
        <translation>服务器配置需要名称。</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; has leading or trailing spaces or control characters; remove them.</source>
        <translation>名称“%1”开头或结尾有空格或控制字符；请删除它们。</translation>
    </message>
    <message>
        <source>The server profile &quot;%1&quot; needs an SSH host.</source>
        <translation>服务器配置“%1”需要 SSH 主机。</translation>
    </message>
    <message>
        <source>A server profile named &quot;%1&quot; already exists; choose another name.</source>
        <translation>名为“%1”的服务器配置已存在；请换一个名称。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for RayDeck&apos;s settings. Check that you may write there.</source>
        <translation>无法为 RayDeck 的设置创建文件夹 %1。请检查您是否有写入权限。</translation>
    </message>
    <message>
        <source>Another RayDeck process has been changing the server profiles for too long. Close other RayDeck windows or commands and try again.</source>
        <translation>另一个 RayDeck 进程修改服务器配置的时间过长。请关闭其他 RayDeck 窗口或命令后重试。</translation>
    </message>
    <message>
        <source>Cannot read the server profiles in %1: %2. Check the file&apos;s permissions.</source>
        <translation>无法读取 %1 中的服务器配置：%2。请检查该文件的权限。</translation>
    </message>
    <message numerus="yes">
        <source>%1 It was kept unchanged as %2. RayDeck continues with the %n profile(s) it could read.</source>
        <translation>
            <numerusform>%1 原文件已原样保留为 %2。RayDeck 将继续使用它能读取的 %n 个配置。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server profiles file could not be read.</source>
        <translation>无法读取服务器配置文件。</translation>
    </message>
    <message>
        <source>The server profiles file was written by a newer version of RayDeck (format %1).</source>
        <translation>服务器配置文件由更新版本的 RayDeck 写入（格式 %1）。</translation>
    </message>
    <message>
        <source>Some server profiles could not be read.</source>
        <translation>部分服务器配置无法读取。</translation>
    </message>
    <message>
        <source>The server profiles file %1 cannot be read, and RayDeck could not move it aside to keep it safe. Move or repair it by hand.</source>
        <translation>无法读取服务器配置文件 %1，且 RayDeck 无法将其移到别处妥善保存。请手动移动或修复它。</translation>
    </message>
    <message>
        <source>Cannot save the server profiles to %1: %2</source>
        <translation>无法将服务器配置保存到 %1：%2</translation>
    </message>
    <message>
        <source>Cannot save the server profiles to %1: %2. The previous version of the file is unchanged.</source>
        <translation>无法将服务器配置保存到 %1：%2。该文件的先前版本保持不变。</translation>
    </message>
    <message>
        <source>Cannot save the server profiles to %1: the disk is full. Free some space on %2 and try again. The previous version of the file is unchanged.</source>
        <translation>无法将服务器配置保存到 %1：磁盘已满。请在 %2 上释放一些空间后重试。该文件的先前版本未被改动。</translation>
    </message>
</context>
<context>
    <name>RayDeck::ProfilesCommand</name>
    <message>
        <source>unknown sub-command &apos;%1&apos;</source>
        <translation>未知的子命令“%1”</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>意外的参数“%1”</translation>
    </message>
    <message>
        <source>No server profiles yet. Add one with &apos;raydeck-cli profiles add NAME --host HOST&apos; or import them with &apos;raydeck-cli profiles import-ssh-config&apos;.</source>
        <translation>还没有服务器配置。请用“raydeck-cli profiles add NAME --host HOST”添加，或用“raydeck-cli profiles import-ssh-config”导入。</translation>
    </message>
    <message>
        <source>give exactly one profile NAME</source>
        <translation>请只指定一个配置 NAME</translation>
    </message>
    <message>
        <source>There is no server profile named &quot;%1&quot;. &apos;raydeck-cli profiles list&apos; shows the existing ones.</source>
        <translation>没有名为“%1”的服务器配置。“raydeck-cli profiles list”会列出现有配置。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>(local user name)</source>
        <translation>（本地用户名）</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>身份验证</translation>
    </message>
    <message>
        <source>Jump hosts</source>
        <translation>跳板机</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Ulimits</source>
        <translation>Ulimit</translation>
    </message>
    <message>
        <source>Shared memory</source>
        <translation>共享内存</translation>
    </message>
    <message>
        <source>docker default</source>
        <translation>docker 默认值</translation>
    </message>
    <message>
        <source>Mounts</source>
        <translation>挂载</translation>
    </message>
    <message>
        <source>Extra run args</source>
        <translation>额外 run 参数</translation>
    </message>
    <message>
        <source>Docker via sudo</source>
        <translation>通过 sudo 运行 Docker</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>none (Ray runs on the host)</source>
        <translation>无（Ray 在主机上运行）</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <source>Local port</source>
        <translation>本地端口</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>任意空闲端口</translation>
    </message>
    <message>
        <source>Extra ray args</source>
        <translation>额外 ray 参数</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>转发</translation>
    </message>
    <message>
        <source>%1: local %2 -&gt; %3:%4</source>
        <translation>%1：本地 %2 -&gt; %3:%4</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Dashboard token</source>
        <translation>仪表盘令牌</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>存储在钥匙串中</translation>
    </message>
    <message>
        <source>%1 (secret, in the keychain)</source>
        <translation>%1（机密，在钥匙串中）</translation>
    </message>
    <message>
        <source>Job environment</source>
        <translation>作业环境</translation>
    </message>
    <message>
        <source>SSH host name or address</source>
        <translation>SSH 主机名或地址</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>SSH 端口</translation>
    </message>
    <message>
        <source>SSH user</source>
        <translation>SSH 用户</translation>
    </message>
    <message>
        <source>agent, key or password</source>
        <translation>agent、key 或 password</translation>
    </message>
    <message>
        <source>private key file</source>
        <translation>私钥文件</translation>
    </message>
    <message>
        <source>ProxyJump chain</source>
        <translation>ProxyJump 链</translation>
    </message>
    <message>
        <source>never store the password or passphrase</source>
        <translation>从不存储密码或密码短语</translation>
    </message>
    <message>
        <source>run Ray on the host, not in a container</source>
        <translation>在主机上运行 Ray，而不是在容器中</translation>
    </message>
    <message>
        <source>container name</source>
        <translation>容器名称</translation>
    </message>
    <message>
        <source>container image</source>
        <translation>容器镜像</translation>
    </message>
    <message>
        <source>bind mount host:container[:ro|rw]</source>
        <translation>绑定挂载 host:container[:ro|rw]</translation>
    </message>
    <message>
        <source>Ray dashboard port on the server</source>
        <translation>服务器上的 Ray 仪表盘端口</translation>
    </message>
    <message>
        <source>local port of the dashboard tunnel</source>
        <translation>仪表盘隧道的本地端口</translation>
    </message>
    <message>
        <source>--host is required</source>
        <translation>必须指定 --host</translation>
    </message>
    <message>
        <source>--auth must be agent, key or password</source>
        <translation>--auth 必须为 agent、key 或 password</translation>
    </message>
    <message>
        <source>Added server profile &quot;%1&quot; (%2).</source>
        <translation>已添加服务器配置“%1”（%2）。</translation>
    </message>
    <message>
        <source>To store its %1 in the keychain: raydeck-cli secret set %2 %1</source>
        <translation>要将 %1 存入钥匙串，请运行：raydeck-cli secret set %2 %1</translation>
    </message>
    <message>
        <source>There is no server profile named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的服务器配置。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was kept because its keychain entries could not be deleted</source>
        <translation>配置“%1”已保留，因为无法删除其钥匙串条目</translation>
    </message>
    <message>
        <source>The keychain could not be reached, so secrets stored for &quot;%1&quot; under the service %2 (keys starting with %3/) could not be deleted.</source>
        <translation>无法访问钥匙串，因此无法删除为“%1”存储在服务 %2 下（键以 %3/ 开头）的机密。</translation>
    </message>
    <message>
        <source>Removed server profile &quot;%1&quot;.</source>
        <translation>已删除服务器配置“%1”。</translation>
    </message>
    <message>
        <source>SSH config file instead of ~/.ssh/config</source>
        <translation>代替 ~/.ssh/config 使用的 SSH 配置文件</translation>
    </message>
    <message>
        <source>%1 has no Host entries naming a single host; nothing to import.</source>
        <translation>%1 中没有指向单个主机的 Host 条目；没有可导入的内容。</translation>
    </message>
    <message>
        <source>%1 has no &quot;Host %2&quot; entry.</source>
        <translation>%1 中没有“Host %2”条目。</translation>
    </message>
    <message>
        <source>Skipped %1: a server profile with that name already exists.</source>
        <translation>已跳过 %1：已存在同名的服务器配置。</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>未导入 %1：%2</translation>
    </message>
    <message>
        <source>Imported %1 (%2).</source>
        <translation>已导入 %1（%2）。</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 个配置。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RayDeck::SecretCommand</name>
    <message>
        <source>There is no server profile named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的服务器配置。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a secret kind; use password, passphrase, ray-token or env:VARIABLE_NAME</source>
        <translation>“%1”不是机密类型；请使用 password、passphrase、ray-token 或 env:VARIABLE_NAME</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not log in with a password. Create it with --auth password to store one.</source>
        <translation>“%1”不使用密码登录。请用 --auth password 创建它以存储密码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not log in with a key file, so it has no key passphrase.</source>
        <translation>“%1”不使用密钥文件登录，因此没有密钥密码短语。</translation>
    </message>
    <message>
        <source>%1 for %2: </source>
        <translation>%2 的 %1： </translation>
    </message>
    <message>
        <source>No value was given on standard input; nothing was stored.</source>
        <translation>标准输入中没有提供值；未存储任何内容。</translation>
    </message>
    <message>
        <source>The profile was removed in the meantime.</source>
        <translation>该配置在此期间已被删除。</translation>
    </message>
    <message>
        <source>Stored %1 of &quot;%2&quot; in the keychain.</source>
        <translation>已将“%2”的%1存入钥匙串。</translation>
    </message>
    <message>
        <source>Removed %1 of &quot;%2&quot; from the keychain.</source>
        <translation>已从钥匙串中删除“%2”的%1。</translation>
    </message>
</context>
<context>
    <name>RayDeck::ServerInfoPanel</name>
    <message>
        <source>Container and Ray head</source>
        <translation>容器和 Ray 头节点</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Container name</source>
        <translation>容器名称</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>镜像：</translation>
    </message>
    <message>
        <source>Container image</source>
        <translation>容器镜像</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Container state</source>
        <translation>容器状态</translation>
    </message>
    <message>
        <source>Ray head</source>
        <translation>Ray 头节点</translation>
    </message>
    <message>
        <source>Ray version:</source>
        <translation>Ray 版本：</translation>
    </message>
    <message>
        <source>Ray version</source>
        <translation>Ray 版本</translation>
    </message>
    <message>
        <source>Node IP:</source>
        <translation>节点 IP：</translation>
    </message>
    <message>
        <source>Head node IP</source>
        <translation>头节点 IP</translation>
    </message>
    <message>
        <source>Dashboard:</source>
        <translation>仪表盘：</translation>
    </message>
    <message>
        <source>Dashboard URL on this computer</source>
        <translation>本机上的仪表盘 URL</translation>
    </message>
    <message>
        <source>GCS port:</source>
        <translation>GCS 端口：</translation>
    </message>
    <message>
        <source>GCS port</source>
        <translation>GCS 端口</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>none: Ray runs on the host</source>
        <translation>无：Ray 直接在主机上运行</translation>
    </message>
    <message>
        <source>not known (the head was already running)</source>
        <translation>未知（头节点此前已在运行）</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
</context>
<context>
    <name>RayDeck::ServerPage</name>
    <message>
        <source>Server %1</source>
        <translation>服务器 %1</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>连接到 %1</translation>
    </message>
    <message>
        <source>Attach only</source>
        <translation>仅附加</translation>
    </message>
    <message>
        <source>Run to compare with</source>
        <translation>用于对比的训练</translation>
    </message>
    <message>
        <source>Overlay the chosen run&apos;s curves</source>
        <translation>叠加显示所选训练的曲线</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>对比对象：</translation>
    </message>
    <message>
        <source>Server details</source>
        <translation>服务器详情</translation>
    </message>
    <message>
        <source>Co&amp;nnection</source>
        <translation>连接(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>作业(&amp;J)</translation>
    </message>
    <message>
        <source>C&amp;urves</source>
        <translation>曲线(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Remote</source>
        <translation>远程(&amp;R)</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>已断开连接</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>正在重新连接</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation>%1 未连接。</translation>
    </message>
    <message>
        <source>Connecting to %1 failed; the Connection tab says why.</source>
        <translation>连接 %1 失败；原因请查看“连接”选项卡。</translation>
    </message>
    <message>
        <source>%1 needs you: connect again to answer its questions.</source>
        <translation>%1 需要您的操作：请重新连接以回答它的问题。</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>断开连接</translation>
    </message>
    <message>
        <source>Disconnect from %1?

Ray and the container keep running unless you choose to stop them.</source>
        <translation>要断开与 %1 的连接吗？

除非您选择停止，否则 Ray 和容器会继续运行。</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Connect to %1 first.</source>
        <translation>请先连接到 %1。</translation>
    </message>
    <message>
        <source>Launch Failed</source>
        <translation>启动失败</translation>
    </message>
    <message>
        <source>Submitted %1</source>
        <translation>已提交 %1</translation>
    </message>
    <message>
        <source>Validate on Server</source>
        <translation>在服务器上验证</translation>
    </message>
    <message>
        <source>verl&apos;s Hydra accepted every override.</source>
        <translation>verl 的 Hydra 接受了所有覆盖项。</translation>
    </message>
    <message>
        <source>Refresh from Server</source>
        <translation>从服务器刷新</translation>
    </message>
    <message>
        <source>Reading verl&apos;s config from %1…</source>
        <translation>正在从 %1 读取 verl 的配置…</translation>
    </message>
    <message>
        <source>The launch form now matches the verl installed on %1.</source>
        <translation>启动表单现已与 %1 上安装的 verl 保持一致。</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>历史(&amp;Y)</translation>
    </message>
    <message>
        <source>Asking verl on %1 to check the overrides…</source>
        <translation>正在请求 %1 上的 verl 检查覆盖项…</translation>
    </message>
    <message>
        <source>verl&apos;s Hydra refused the overrides:

%1</source>
        <translation>verl 的 Hydra 拒绝了这些覆盖项：

%1</translation>
    </message>
    <message>
        <source>&amp;Attach only (never create or start anything)</source>
        <translation>仅附加（从不创建或启动任何内容）(&amp;A)</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>对比(&amp;M)</translation>
    </message>
    <message>
        <source>C&amp;onsole</source>
        <translation>控制台(&amp;O)</translation>
    </message>
</context>
<context>
    <name>RayDeck::ServerSession</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>Connect to %1 first: the Ray head is not reachable yet.</source>
        <translation>请先连接到 %1：Ray 头节点尚无法访问。</translation>
    </message>
    <message>
        <source>The connection to %1 closed.</source>
        <translation>与 %1 的连接已关闭。</translation>
    </message>
    <message>
        <source>The secret %1 of %2 is not in the keychain. Set it in the server&apos;s settings (or: raydeck-cli secret set %2 env:%1).</source>
        <translation>%2 的机密 %1 不在钥匙串中。请在服务器设置中设置它（或运行：raydeck-cli secret set %2 env:%1）。</translation>
    </message>
</context>
<context>
    <name>RayDeck::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Use the next free port</source>
        <translation>使用下一个空闲端口</translation>
    </message>
    <message>
        <source>Fail and tell me</source>
        <translation>失败并通知我</translation>
    </message>
    <message>
        <source>When the local port is taken</source>
        <translation>本地端口被占用时</translation>
    </message>
    <message>
        <source>What a tunnel does when its preferred local port is already in use</source>
        <translation>隧道首选的本地端口已被占用时的处理方式</translation>
    </message>
    <message>
        <source>Reconnect &amp;automatically after a drop</source>
        <translation>连接断开后自动重新连接(&amp;A)</translation>
    </message>
    <message>
        <source>Reconnect automatically</source>
        <translation>自动重新连接</translation>
    </message>
    <message>
        <source>Reconnect with increasing delays when the SSH connection drops; never asks for passwords while doing so</source>
        <translation>SSH 连接断开时，以逐渐增加的间隔重新连接；在此过程中从不询问密码</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Longest wait between attempts</source>
        <translation>两次尝试之间的最长等待时间</translation>
    </message>
    <message>
        <source>Upper bound of the reconnect backoff, in seconds</source>
        <translation>重新连接退避的上限（秒）</translation>
    </message>
    <message>
        <source>When a &amp;job ends</source>
        <translation>作业结束时(&amp;J)</translation>
    </message>
    <message>
        <source>Notify when a job ends</source>
        <translation>作业结束时通知</translation>
    </message>
    <message>
        <source>Show a desktop notification when a job succeeds, fails or is stopped</source>
        <translation>作业成功、失败或被停止时显示桌面通知</translation>
    </message>
    <message>
        <source>Notify when a connection drops</source>
        <translation>连接断开时通知</translation>
    </message>
    <message>
        <source>Show a desktop notification when a server connection is lost</source>
        <translation>服务器连接断开时显示桌面通知</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Language of RayDeck&apos;s interface; takes effect after a restart</source>
        <translation>RayDeck 界面的语言；重启后生效</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Light, dark or as the system</source>
        <translation>浅色、深色或跟随系统</translation>
    </message>
    <message>
        <source>Ask me</source>
        <translation>询问我</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation>在托盘中继续运行</translation>
    </message>
    <message>
        <source>Quit and close tunnels</source>
        <translation>退出并关闭隧道</translation>
    </message>
    <message>
        <source>Closing the window while connected</source>
        <translation>连接时关闭窗口</translation>
    </message>
    <message>
        <source>What closing the main window does while tunnels or log follows are active</source>
        <translation>有隧道或日志跟踪处于活动状态时，关闭主窗口的行为</translation>
    </message>
    <message>
        <source>Tunnels</source>
        <translation>隧道</translation>
    </message>
    <message>
        <source>When the local &amp;port is taken:</source>
        <translation>本地端口被占用时(&amp;P)：</translation>
    </message>
    <message>
        <source>Longest &amp;wait between attempts:</source>
        <translation>两次尝试之间的最长等待时间(&amp;W)：</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Closing the window:</source>
        <translation>关闭窗口时(&amp;C)：</translation>
    </message>
    <message>
        <source>When a connection &amp;drops</source>
        <translation>连接断开时(&amp;D)</translation>
    </message>
</context>
<context>
    <name>RayDeck::SshCommandSession</name>
    <message>
        <source>There is no server profile named &quot;%1&quot;. See &apos;raydeck-cli profiles list&apos;.</source>
        <translation>没有名为“%1”的服务器配置。请查看“raydeck-cli profiles list”。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;</source>
        <translation>配置“%1”</translation>
    </message>
    <message>
        <source>If the fingerprint is the server&apos;s, run again with --accept-new-host-key to trust it and save it to known_hosts.</source>
        <translation>如果该指纹确实属于此服务器，请使用 --accept-new-host-key 重新运行，以信任它并将其保存到 known_hosts。</translation>
    </message>
    <message>
        <source>A stored password can be replaced with &apos;raydeck-cli secret set %1 password&apos;.</source>
        <translation>可以用“raydeck-cli secret set %1 password”替换已存储的密码。</translation>
    </message>
</context>
<context>
    <name>RayDeck::SshConnection</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>已断开连接</translation>
    </message>
    <message>
        <source>No command to run was given.</source>
        <translation>未指定要运行的命令。</translation>
    </message>
</context>
<context>
    <name>RayDeck::SshSession</name>
    <message>
        <source>Cannot create an SSH session (out of memory?).</source>
        <translation>无法创建 SSH 会话（内存不足？）。</translation>
    </message>
    <message>
        <source>%1 did not complete the SSH handshake within %2 s. Is an SSH server listening there?</source>
        <translation>%1 未在 %2 秒内完成 SSH 握手。那里是否有 SSH 服务器在监听？</translation>
    </message>
    <message>
        <source>%1 stopped answering while logging in (%2 s).</source>
        <translation>%1 在登录过程中停止响应（%2 秒）。</translation>
    </message>
    <message>
        <source>Not connected: the host key of %1 (%2 %3) was not trusted.</source>
        <translation>未连接：%1 的主机密钥（%2 %3）未被信任。</translation>
    </message>
    <message>
        <source>Login to %1 cancelled.</source>
        <translation>已取消登录 %1。</translation>
    </message>
    <message>
        <source>Cannot watch the SSH connection to %1.</source>
        <translation>无法监视到 %1 的 SSH 连接。</translation>
    </message>
    <message>
        <source>%1 has not answered for %2 s; the connection is considered dead.</source>
        <translation>%1 已有 %2 秒没有响应；该连接被视为已断开。</translation>
    </message>
</context>
<context>
    <name>RayDeck::SshWorker</name>
    <message>
        <source>The connection was closed.</source>
        <translation>连接已关闭。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <source>The connection was restarted.</source>
        <translation>连接已重新建立。</translation>
    </message>
    <message>
        <source>Jump host %1</source>
        <translation>跳板机 %1</translation>
    </message>
    <message>
        <source>Cannot create a local socket pair for the jump host connection.</source>
        <translation>无法为跳板机连接创建本地套接字对。</translation>
    </message>
    <message>
        <source>The jump host %1 could not reach %2: %3</source>
        <translation>跳板机 %1 无法访问 %2：%3</translation>
    </message>
    <message>
        <source>The connection from jump host %1 to %2 was closed.</source>
        <translation>从跳板机 %1 到 %2 的连接已关闭。</translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation>正在登录 %1…</translation>
    </message>
    <message>
        <source>Connecting to %1 through %2…</source>
        <translation>正在通过 %2 连接到 %1…</translation>
    </message>
    <message>
        <source>Reconnected to %1</source>
        <translation>已重新连接到 %1</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>已连接到 %1</translation>
    </message>
    <message>
        <source>The connection to %1 was lost while the command ran.</source>
        <translation>命令运行期间与 %1 的连接已断开。</translation>
    </message>
    <message>
        <source>Gave up reconnecting after %1 attempts</source>
        <translation>重新连接 %1 次后放弃</translation>
    </message>
    <message>
        <source>%1 Reconnecting in %2 s (attempt %3).</source>
        <translation>%1 将在 %2 秒后重新连接（第 %3 次尝试）。</translation>
    </message>
    <message>
        <source>Reconnecting to %1 (attempt %2)…</source>
        <translation>正在重新连接到 %1（第 %2 次尝试）…</translation>
    </message>
    <message>
        <source>Disconnected from %1.</source>
        <translation>已断开与 %1 的连接。</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>已断开连接</translation>
    </message>
    <message>
        <source>The host key of %1 is not trusted yet (%2 %3). Connect again to review it.</source>
        <translation>%1 的主机密钥尚未被信任（%2 %3）。请重新连接以查看它。</translation>
    </message>
    <message>
        <source>Reconnecting to %1 needs a password or passphrase that is not stored. Connect again to enter it.</source>
        <translation>重新连接到 %1 需要未存储的密码或密码短语。请重新连接以输入它。</translation>
    </message>
    <message>
        <source>Not connected to %1; connect first.</source>
        <translation>未连接到 %1；请先连接。</translation>
    </message>
    <message>
        <source>The command was cancelled.</source>
        <translation>命令已取消。</translation>
    </message>
    <message>
        <source>The command was abandoned.</source>
        <translation>命令已放弃。</translation>
    </message>
</context>
<context>
    <name>RayDeck::StopCommand</name>
    <message>
        <source>Stop a running Ray job (SIGTERM, then SIGKILL after a grace period).</source>
        <translation>停止正在运行的 Ray 作业（先发送 SIGTERM，宽限期过后发送 SIGKILL）。</translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation>服务器配置</translation>
    </message>
    <message>
        <source>Submission id</source>
        <translation>提交 ID</translation>
    </message>
    <message>
        <source>expected a server name and a submission id</source>
        <translation>需要一个服务器名称和一个提交 ID</translation>
    </message>
    <message>
        <source>Stopping %1.</source>
        <translation>正在停止 %1。</translation>
    </message>
    <message>
        <source>%1 was not running.</source>
        <translation>%1 未在运行。</translation>
    </message>
</context>
<context>
    <name>RayDeck::SubmitCommand</name>
    <message>
        <source>Submit verl&apos;s PPO trainer as a Ray job with Hydra overrides; prints the submission id.</source>
        <translation>将 verl 的 PPO 训练器作为带 Hydra 覆盖项的 Ray 作业提交；输出提交 ID。</translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation>服务器配置</translation>
    </message>
    <message>
        <source>Hydra overrides, after --</source>
        <translation>Hydra 覆盖项，写在 -- 之后</translation>
    </message>
    <message>
        <source>Start from a preset: ppo-gsm8k or grpo-gsm8k.</source>
        <translation>从预设开始：ppo-gsm8k 或 grpo-gsm8k。</translation>
    </message>
    <message>
        <source>Environment variable for the job.</source>
        <translation>作业的环境变量。</translation>
    </message>
    <message>
        <source>Environment variable whose value is in the keychain (raydeck-cli secret set NAME env:VAR).</source>
        <translation>值存储在钥匙串中的环境变量（raydeck-cli secret set NAME env:VAR）。</translation>
    </message>
    <message>
        <source>Submission id (default &lt;experiment&gt;-&lt;time&gt;).</source>
        <translation>提交 ID（默认为 &lt;experiment&gt;-&lt;time&gt;）。</translation>
    </message>
    <message>
        <source>Working directory in the container.</source>
        <translation>容器内的工作目录。</translation>
    </message>
    <message>
        <source>Print the equivalent ray job submit command and JSON body (secrets masked); submit nothing.</source>
        <translation>输出等效的 ray job submit 命令和 JSON 请求体（机密已遮蔽）；不提交任何内容。</translation>
    </message>
    <message>
        <source>Follow the logs; exit non-zero unless the job succeeds.</source>
        <translation>跟踪日志；除非作业成功，否则以非零状态退出。</translation>
    </message>
    <message>
        <source>expected a server name</source>
        <translation>需要一个服务器名称</translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos; (ppo-gsm8k, grpo-gsm8k)</source>
        <translation>未知预设“%1”（ppo-gsm8k、grpo-gsm8k）</translation>
    </message>
    <message>
        <source>override &apos;%1&apos;, column %2: %3</source>
        <translation>覆盖项“%1”，第 %2 列：%3</translation>
    </message>
    <message>
        <source>--env wants VAR=VALUE, got &apos;%1&apos;</source>
        <translation>--env 需要 VAR=VALUE 格式，实际为“%1”</translation>
    </message>
    <message>
        <source>(did you mean %1? To add a new key use +key=value)</source>
        <translation>（您是不是指 %1？若要添加新键，请使用 +key=value）</translation>
    </message>
    <message>
        <source>Job %1 succeeded.</source>
        <translation>作业 %1 已成功。</translation>
    </message>
    <message>
        <source>Job %1 failed.</source>
        <translation>作业 %1 已失败。</translation>
    </message>
    <message>
        <source>Job %1 was stopped.</source>
        <translation>作业 %1 已停止。</translation>
    </message>
    <message>
        <source>Job %1 ended with status %2.</source>
        <translation>作业 %1 已结束，状态为 %2。</translation>
    </message>
</context>
<context>
    <name>RayDeck::TcpConnector</name>
    <message>
        <source>Cannot find the host %1: %2. Check the host name.</source>
        <translation>找不到主机 %1：%2。请检查主机名。</translation>
    </message>
    <message>
        <source>Cannot connect to %1 port %2 (%3). Check that the host is up and the port is right.</source>
        <translation>无法连接到 %1 的端口 %2（%3）。请检查该主机是否已启动以及端口是否正确。</translation>
    </message>
    <message>
        <source>Cannot reach %1 port %2 within %3 s. Check the host name, the port and your network.</source>
        <translation>无法在 %3 秒内访问 %1 的端口 %2。请检查主机名、端口和您的网络。</translation>
    </message>
    <message>
        <source>Cannot look up the host %1: %2.</source>
        <translation>无法解析主机 %1：%2。</translation>
    </message>
</context>
<context>
    <name>RayDeck::TrayIcon</name>
    <message>
        <source>RayDeck</source>
        <translation>RayDeck</translation>
    </message>
    <message>
        <source>RayDeck — %1</source>
        <translation>RayDeck — %1</translation>
    </message>
    <message>
        <source>Show RayDeck</source>
        <translation>显示 RayDeck</translation>
    </message>
    <message>
        <source>Quick Connect</source>
        <translation>快速连接</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>RayDeck::TunnelCommand</name>
    <message>
        <source>--local-port needs a port number from 0 to 65535</source>
        <translation>--local-port 需要 0 到 65535 之间的端口号</translation>
    </message>
    <message>
        <source>--remote-port needs a port number from 1 to 65535</source>
        <translation>--remote-port 需要 1 到 65535 之间的端口号</translation>
    </message>
    <message>
        <source>--remote-host needs a host name or address</source>
        <translation>--remote-host 需要主机名或地址</translation>
    </message>
    <message>
        <source>Local port %1 is in use; using %2 instead.</source>
        <translation>本地端口 %1 已被占用；改用 %2。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Reconnected.</source>
        <translation>已重新连接。</translation>
    </message>
    <message>
        <source>Forwarding 127.0.0.1:%1 to %2:%3 on &quot;%4&quot;. Press Ctrl-C to stop.</source>
        <translation>正在将 127.0.0.1:%1 转发到“%4”上的 %2:%3。按 Ctrl-C 停止。</translation>
    </message>
    <message>
        <source>Forwards a port on this machine&apos;s loopback (127.0.0.1 and ::1) to a host and port as seen from the server of profile NAME, until interrupted. Prints http://127.0.0.1:PORT/ once it works.
Example: raydeck-cli tunnel gpu-box --remote-port 6006   # TensorBoard</source>
        <translation>将本机回环地址（127.0.0.1 和 ::1）上的一个端口转发到配置 NAME 的服务器所见的主机和端口，直到被中断。转发生效后打印 http://127.0.0.1:PORT/。
示例：raydeck-cli tunnel gpu-box --remote-port 6006   # TensorBoard</translation>
    </message>
    <message>
        <source>The server profile.</source>
        <translation>服务器配置。</translation>
    </message>
    <message>
        <source>Local port (0: any free one). Without it the profile&apos;s local dashboard port is used, or the next free one if it is taken.</source>
        <translation>本地端口（0：任意空闲端口）。不指定时使用配置中的本地仪表盘端口；若该端口已被占用，则使用下一个空闲端口。</translation>
    </message>
    <message>
        <source>Host to reach from the server (default: the profile&apos;s dashboard host).</source>
        <translation>从服务器访问的主机（默认：配置中的仪表盘主机）。</translation>
    </message>
    <message>
        <source>Port to reach from the server (default: the profile&apos;s dashboard port).</source>
        <translation>从服务器访问的端口（默认：配置中的仪表盘端口）。</translation>
    </message>
    <message>
        <source>give exactly one profile NAME</source>
        <translation>请只指定一个配置 NAME</translation>
    </message>
</context>
<context>
    <name>RayDeck::UpCommand</name>
    <message>
        <source>Connect to a server: SSH, Docker, container, Ray head, tunnel. Prints one line per step, then the dashboard URL, and keeps the tunnel open until interrupted (Ray and the container keep running).</source>
        <translation>连接到服务器：SSH、Docker、容器、Ray 头节点、隧道。每个步骤输出一行，然后输出仪表盘 URL，并保持隧道打开直到被中断（Ray 和容器会继续运行）。</translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation>服务器配置</translation>
    </message>
    <message>
        <source>Never create or start anything; fail if the container or head is missing.</source>
        <translation>从不创建或启动任何内容；如果容器或头节点不存在则失败。</translation>
    </message>
    <message>
        <source>expected exactly one server name</source>
        <translation>需要且只能指定一个服务器名称</translation>
    </message>
</context>
<context>
    <name>RayDeck::VerlConfigCheck</name>
    <message>
        <source>verl is not installed in the container: python3 cannot find verl.trainer.main_ppo. Use a verl image or install verl there.</source>
        <translation>容器中未安装 verl：python3 找不到 verl.trainer.main_ppo。请使用 verl 镜像，或在容器中安装 verl。</translation>
    </message>
    <message>
        <source>Could not run python3 in the container. Is the container running?</source>
        <translation>无法在容器中运行 python3。容器是否正在运行？</translation>
    </message>
    <message>
        <source>verl could not print its config on the server.</source>
        <translation>verl 无法在服务器上输出其配置。</translation>
    </message>
</context>
<context>
    <name>RayJobsClient</name>
    <message>
        <source>Ray rejected the request to %1: %2</source>
        <translation>Ray 拒绝了%1的请求：%2</translation>
    </message>
    <message>
        <source>The Ray head requires a dashboard token. Set one for this server (raydeck-cli secret set NAME ray-token) and try again.</source>
        <translation>Ray 头节点要求提供仪表盘令牌。请为此服务器设置令牌（raydeck-cli secret set NAME ray-token）后重试。</translation>
    </message>
    <message>
        <source>Ray does not know that (%1): %2</source>
        <translation>Ray 找不到请求的内容（%1）：%2</translation>
    </message>
    <message>
        <source>The Ray head refused the request to %1 as coming from a browser or with a wrong path. Check that RayDeck and Ray are up to date.</source>
        <translation>Ray 头节点拒绝了%1的请求，认为它来自浏览器或路径错误。请检查 RayDeck 和 Ray 是否为最新版本。</translation>
    </message>
    <message>
        <source>The Ray head failed to %1: %2</source>
        <translation>Ray 头节点未能%1：%2</translation>
    </message>
    <message>
        <source>The Ray head answered HTTP %1 to %2.</source>
        <translation>Ray 头节点对%2的请求返回了 HTTP %1。</translation>
    </message>
    <message>
        <source>Nothing answers at %1. Is the server connected and the Ray head running?</source>
        <translation>%1 没有任何响应。服务器是否已连接，Ray 头节点是否正在运行？</translation>
    </message>
    <message>
        <source>The Ray head did not answer in time (%1).</source>
        <translation>Ray 头节点未及时响应（%1）。</translation>
    </message>
    <message>
        <source>Could not reach the Ray head to %1.</source>
        <translation>无法连接 Ray 头节点以%1。</translation>
    </message>
    <message>
        <source>read the Ray version</source>
        <translation>读取 Ray 版本</translation>
    </message>
    <message>
        <source>submit the job</source>
        <translation>提交作业</translation>
    </message>
    <message>
        <source>list jobs</source>
        <translation>列出作业</translation>
    </message>
    <message>
        <source>read job %1</source>
        <translation>读取作业 %1</translation>
    </message>
    <message>
        <source>stop job %1</source>
        <translation>停止作业 %1</translation>
    </message>
    <message>
        <source>delete job %1</source>
        <translation>删除作业 %1</translation>
    </message>
    <message>
        <source>read the logs of job %1</source>
        <translation>读取作业 %1 的日志</translation>
    </message>
</context>
<context>
    <name>RayJobsJson</name>
    <message>
        <source>The Ray head sent an answer RayDeck does not understand (%1). Is this a Ray dashboard?</source>
        <translation>Ray 头节点返回了 RayDeck 无法理解的应答（%1）。这是 Ray 仪表盘吗？</translation>
    </message>
    <message>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>job</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>job list</source>
        <translation>作业列表</translation>
    </message>
    <message>
        <source>submission</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>logs</source>
        <translation>日志</translation>
    </message>
</context>
<context>
    <name>RemoteOutputParsers</name>
    <message>
        <source>docker inspect failed: %1</source>
        <translation>docker inspect 失败：%1</translation>
    </message>
    <message>
        <source>docker inspect printed something RayDeck cannot read.</source>
        <translation>docker inspect 的输出内容 RayDeck 无法读取。</translation>
    </message>
    <message>
        <source>nvidia-smi printed a line RayDeck cannot read.</source>
        <translation>nvidia-smi 输出了一行 RayDeck 无法读取的内容。</translation>
    </message>
</context>
<context>
    <name>SecretRefFormat</name>
    <message>
        <source>the SSH password</source>
        <translation>SSH 密码</translation>
    </message>
    <message>
        <source>the key passphrase</source>
        <translation>密钥密码短语</translation>
    </message>
    <message>
        <source>the Ray dashboard token</source>
        <translation>Ray 仪表盘令牌</translation>
    </message>
    <message>
        <source>the job variable %1</source>
        <translation>作业变量 %1</translation>
    </message>
</context>
<context>
    <name>SshAuthenticator</name>
    <message>
        <source>Logging in to %1 did not finish.</source>
        <translation>登录 %1 未完成。</translation>
    </message>
    <message>
        <source>ssh-agent (partial success)</source>
        <translation>ssh-agent（部分成功）</translation>
    </message>
    <message>
        <source>ssh-agent (not usable)</source>
        <translation>ssh-agent（不可用）</translation>
    </message>
    <message>
        <source>ssh-agent (no key accepted)</source>
        <translation>ssh-agent（没有密钥被接受）</translation>
    </message>
    <message>
        <source>key file %1 (missing or unreadable)</source>
        <translation>密钥文件 %1（缺失或无法读取）</translation>
    </message>
    <message>
        <source>key file %1 (not accepted)</source>
        <translation>密钥文件 %1（未被接受）</translation>
    </message>
    <message>
        <source>key file %1 (cannot be read as a private key)</source>
        <translation>密钥文件 %1（无法作为私钥读取）</translation>
    </message>
    <message>
        <source>key file %1 (wrong passphrase)</source>
        <translation>密钥文件 %1（密码短语错误）</translation>
    </message>
    <message>
        <source>Passphrase for key %1:</source>
        <translation>密钥 %1 的密码短语：</translation>
    </message>
    <message>
        <source>The passphrase is not correct.</source>
        <translation>密码短语不正确。</translation>
    </message>
    <message>
        <source>key file %1 (refused)</source>
        <translation>密钥文件 %1（被拒绝）</translation>
    </message>
    <message>
        <source>keyboard-interactive (partial success)</source>
        <translation>keyboard-interactive（部分成功）</translation>
    </message>
    <message>
        <source>keyboard-interactive (refused)</source>
        <translation>keyboard-interactive（被拒绝）</translation>
    </message>
    <message>
        <source>The answer was not accepted.</source>
        <translation>回答未被接受。</translation>
    </message>
    <message>
        <source>Password for %1@%2:</source>
        <translation>%1@%2 的密码：</translation>
    </message>
    <message>
        <source>The password was not accepted.</source>
        <translation>密码未被接受。</translation>
    </message>
    <message>
        <source>password (partial success)</source>
        <translation>密码（部分成功）</translation>
    </message>
    <message>
        <source>password (refused)</source>
        <translation>密码（被拒绝）</translation>
    </message>
    <message>
        <source>no method the server offers</source>
        <translation>无（服务器未提供可用的认证方法）</translation>
    </message>
    <message>
        <source>Permission denied for %1. Tried: %2. Check the user name and the key or password.</source>
        <translation>%1 的权限被拒绝。已尝试：%2。请检查用户名以及密钥或密码。</translation>
    </message>
</context>
<context>
    <name>SshConfigImporter</name>
    <message>
        <source>None of the identity files of %1 (%2) can be read; the profile uses ssh-agent.</source>
        <translation>%1 的身份文件（%2）均无法读取；该配置改用 ssh-agent。</translation>
    </message>
    <message>
        <source>%1 lists %2 identity files; the profile uses %3.</source>
        <translation>%1 列出了 %2 个身份文件；该配置使用 %3。</translation>
    </message>
</context>
<context>
    <name>SshConfigParser</name>
    <message>
        <source>There is no SSH configuration file at %1. Choose another file, or add servers by hand.</source>
        <translation>%1 处没有 SSH 配置文件。请选择其他文件，或手动添加服务器。</translation>
    </message>
    <message>
        <source>Cannot read the SSH configuration file %1: %2</source>
        <translation>无法读取 SSH 配置文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); its settings were not applied.</source>
        <translation>无法读取 %1（%2）；其中的设置未被应用。</translation>
    </message>
    <message>
        <source>%1 line %2: unclosed quote; the line was ignored.</source>
        <translation>%1 第 %2 行：引号未闭合；已忽略该行。</translation>
    </message>
    <message>
        <source>%1 line %2: &quot;%3&quot; has no value; the line was ignored.</source>
        <translation>%1 第 %2 行：“%3”没有值；已忽略该行。</translation>
    </message>
    <message>
        <source>%1 line %2: a system file cannot include &quot;%3&quot;; ignored.</source>
        <translation>%1 第 %2 行：系统文件不能包含“%3”；已忽略。</translation>
    </message>
    <message>
        <source>%1 line %2: includes nest deeper than %3 levels; %4 was not read.</source>
        <translation>%1 第 %2 行：Include 嵌套超过 %3 层；未读取 %4。</translation>
    </message>
    <message>
        <source>%1 is a folder; its settings were not applied.</source>
        <translation>%1 是文件夹；未应用其中的设置。</translation>
    </message>
    <message>
        <source>%1 is not a regular file; its settings were not applied.</source>
        <translation>%1 不是普通文件；未应用其中的设置。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB, too large for an SSH configuration; its settings were not applied.</source>
        <translation>%1 大于 %2 KiB，对 SSH 配置而言过大；未应用其中的设置。</translation>
    </message>
    <message>
        <source>More than %1 files were included; %2 and later includes were not read. Check the Include lines for a file that includes itself.</source>
        <translation>包含的文件超过 %1 个；未读取 %2 及之后包含的文件。请检查 Include 行中是否有文件包含了自身。</translation>
    </message>
</context>
<context>
    <name>SshConfigResolver</name>
    <message>
        <source>HostName &quot;%1&quot; uses a token other than %h or %%; it was left as written.</source>
        <translation>HostName“%1”使用了 %h 或 %% 以外的占位符；已按原样保留。</translation>
    </message>
    <message>
        <source>%1 line %2: &quot;Match all&quot; cannot be combined with other criteria; the block was skipped.</source>
        <translation>%1 第 %2 行：“Match all”不能与其他条件组合使用；已跳过该块。</translation>
    </message>
    <message>
        <source>%1 line %2: &quot;Match %3&quot; has no value; the block was skipped.</source>
        <translation>%1 第 %2 行：“Match %3”没有值；已跳过该块。</translation>
    </message>
    <message>
        <source>%1 line %2: RayDeck does not evaluate &quot;Match %3&quot;; the settings of that block were not applied. Check them by hand.</source>
        <translation>%1 第 %2 行：RayDeck 不会对“Match %3”求值；该块中的设置未被应用。请手动检查这些设置。</translation>
    </message>
    <message>
        <source>%1 line %2: &quot;Match&quot; needs criteria; the block was skipped.</source>
        <translation>%1 第 %2 行：“Match”需要条件；已跳过该块。</translation>
    </message>
    <message>
        <source>%1 line %2: ProxyJump &quot;%3&quot; is not valid; it was ignored.</source>
        <translation>%1 第 %2 行：ProxyJump“%3”无效；已忽略。</translation>
    </message>
    <message>
        <source>%1 line %2: &quot;%3&quot; is not a port number; it was ignored.</source>
        <translation>%1 第 %2 行：“%3”不是端口号；已忽略。</translation>
    </message>
    <message>
        <source>%1 line %2: CanonicalizeHostname is not applied by RayDeck; the host name is used as configured.</source>
        <translation>%1 第 %2 行：RayDeck 不应用 CanonicalizeHostname；主机名按配置原样使用。</translation>
    </message>
    <message>
        <source>%1 uses ProxyCommand, which RayDeck cannot use; set a jump host (ProxyJump) instead.</source>
        <translation>%1 使用了 ProxyCommand，RayDeck 无法使用它；请改为设置跳板机（ProxyJump）。</translation>
    </message>
    <message>
        <source>IdentityFile &quot;%1&quot;: there is no user &quot;%2&quot;; the file was skipped.</source>
        <translation>IdentityFile“%1”：不存在用户“%2”；已跳过该文件。</translation>
    </message>
    <message>
        <source>an unclosed ${</source>
        <translation>未闭合的 ${</translation>
    </message>
    <message>
        <source>the environment variable %1 is not set</source>
        <translation>环境变量 %1 未设置</translation>
    </message>
    <message>
        <source>the token %%1 is not supported</source>
        <translation>不支持占位符 %%1</translation>
    </message>
    <message>
        <source>IdentityFile &quot;%1&quot; was skipped: %2.</source>
        <translation>已跳过 IdentityFile“%1”：%2。</translation>
    </message>
</context>
<context>
    <name>SshConnectionSettings</name>
    <message>
        <source>No host name is set for this server.</source>
        <translation>此服务器未设置主机名。</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; is not valid.</source>
        <translation>主机名“%1”无效。</translation>
    </message>
    <message>
        <source>No user name is set for %1.</source>
        <translation>%1 未设置用户名。</translation>
    </message>
    <message>
        <source>The SSH port must be from 1 to 65535.</source>
        <translation>SSH 端口必须在 1 到 65535 之间。</translation>
    </message>
    <message>
        <source>Timeouts and keepalive settings must be positive.</source>
        <translation>超时和保活设置必须为正数。</translation>
    </message>
</context>
<context>
    <name>SshError</name>
    <message>
        <source>the remote side</source>
        <translation>远程端</translation>
    </message>
    <message>
        <source>The server %1 does not allow forwarding to %2 (AllowTcpForwarding is off or restricted).</source>
        <translation>服务器 %1 不允许转发到 %2（AllowTcpForwarding 已关闭或受到限制）。</translation>
    </message>
    <message>
        <source>Nothing listens on remote %1 (connection refused on %2). Start the service there, or check the remote host and port.</source>
        <translation>远程 %1 上没有任何服务在监听（在 %2 上连接被拒绝）。请在那里启动该服务，或检查远程主机和端口。</translation>
    </message>
    <message>
        <source>The server %1 has too many open channels; try again later.</source>
        <translation>服务器 %1 打开的通道过多；请稍后重试。</translation>
    </message>
    <message>
        <source>The server %1 refused to open a channel to %2.</source>
        <translation>服务器 %1 拒绝打开到 %2 的通道。</translation>
    </message>
    <message>
        <source>no further detail from libssh</source>
        <translation>libssh 没有提供更多详细信息</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check that the host is up and reachable.</source>
        <translation>%1 未及时响应。请检查该主机是否已启动且可以访问。</translation>
    </message>
    <message>
        <source>%1 closed the connection after too many failed login attempts. Check the user name, key and password; with many keys in ssh-agent, set the profile&apos;s identity file.</source>
        <translation>%1 在多次登录失败后关闭了连接。请检查用户名、密钥和密码；如果 ssh-agent 中有很多密钥，请在配置中设置身份文件（密钥文件）。</translation>
    </message>
    <message>
        <source>RayDeck and %1 have no SSH algorithms in common. The server may be very old or restricted.</source>
        <translation>RayDeck 与 %1 没有共同支持的 SSH 算法。该服务器可能非常老旧或受到限制。</translation>
    </message>
    <message>
        <source>%1 closed the connection during the SSH handshake. Check the host and port, and that an SSH server (not another service) listens there.</source>
        <translation>%1 在 SSH 握手期间关闭了连接。请检查主机和端口，并确认在那里监听的是 SSH 服务器（而不是其他服务）。</translation>
    </message>
    <message>
        <source>%1 closed the connection while logging in.</source>
        <translation>%1 在登录过程中关闭了连接。</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>与 %1 的连接已断开。</translation>
    </message>
    <message>
        <source>Logging in to %1 failed.</source>
        <translation>登录 %1 失败。</translation>
    </message>
    <message>
        <source>The SSH handshake with %1 failed.</source>
        <translation>与 %1 的 SSH 握手失败。</translation>
    </message>
    <message>
        <source>%1 could not open a channel.</source>
        <translation>%1 无法打开通道。</translation>
    </message>
    <message>
        <source>%1 refused to run the command.</source>
        <translation>%1 拒绝运行该命令。</translation>
    </message>
    <message>
        <source>SSH error on the connection to %1.</source>
        <translation>与 %1 的连接发生 SSH 错误。</translation>
    </message>
    <message>
        <source>Cannot read the host key %1 presented.</source>
        <translation>无法读取 %1 提供的主机密钥。</translation>
    </message>
    <message>
        <source>Cannot check the host key of %1 against %2. Check that the file is readable and well-formed.</source>
        <translation>无法根据 %2 检查 %1 的主机密钥。请确认该文件可读且格式正确。</translation>
    </message>
</context>
<context>
    <name>SshRemoteHost</name>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>List, show, add, remove and import server profiles</source>
        <translation>列出、查看、添加、删除和导入服务器配置</translation>
    </message>
    <message>
        <source>Store or clear a profile&apos;s secret in the OS keychain</source>
        <translation>在操作系统钥匙串中存储或清除配置的机密</translation>
    </message>
    <message>
        <source>Run a command on a server over SSH</source>
        <translation>通过 SSH 在服务器上运行命令</translation>
    </message>
    <message>
        <source>Forward a local port to the server until interrupted</source>
        <translation>将本地端口转发到服务器，直到被中断</translation>
    </message>
    <message>
        <source>Connect: container, Ray head, tunnel; print the dashboard URL</source>
        <translation>连接：容器、Ray 头节点、隧道；输出仪表盘 URL</translation>
    </message>
    <message>
        <source>Stop Ray and/or the container on a server</source>
        <translation>停止服务器上的 Ray 和/或容器</translation>
    </message>
    <message>
        <source>Submit a verl PPO run as a Ray job</source>
        <translation>将 verl PPO 训练作为 Ray 作业提交</translation>
    </message>
    <message>
        <source>List a server&apos;s Ray jobs</source>
        <translation>列出服务器上的 Ray 作业</translation>
    </message>
    <message>
        <source>Print or follow a job&apos;s log</source>
        <translation>输出或跟踪作业的日志</translation>
    </message>
    <message>
        <source>Stop a running job</source>
        <translation>停止正在运行的作业</translation>
    </message>
    <message>
        <source>Training metrics from a job&apos;s log, as a table or CSV</source>
        <translation>从作业日志中获取训练指标，以表格或 CSV 形式输出</translation>
    </message>
    <message>
        <source>No metric lines in this job&apos;s log (verl prints them when trainer.logger includes console).</source>
        <translation>此作业的日志中没有指标行（当 trainer.logger 包含 console 时，verl 会输出指标行）。</translation>
    </message>
    <message>
        <source>Ray clusters of several servers: add, up, status, down, list</source>
        <translation>由多台服务器组成的 Ray 集群：add、up、status、down、list</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Train LLMs with verl on remote GPU servers</source>
        <translation>在远程 GPU 服务器上用 verl 训练 LLM</translation>
    </message>
    <message>
        <source>Connect the server profile NAME at once.</source>
        <translation>立即连接名为 NAME 的服务器配置。</translation>
    </message>
    <message>
        <source>With --connect: save an unknown host key without asking (never a changed one).</source>
        <translation>与 --connect 一起使用：不询问而直接保存未知的主机密钥（绝不会保存已变更的密钥）。</translation>
    </message>
</context>
</TS>
