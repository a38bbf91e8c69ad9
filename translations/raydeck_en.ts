<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>RayClusterStatus</name>
    <message numerus="yes">
        <source>%n node(s), %1 CPUs, %2 GPUs</source>
        <translation>
            <numerusform>%n node, %1 CPUs, %2 GPUs</numerusform>
            <numerusform>%n nodes, %1 CPUs, %2 GPUs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RayDeck::ClusterCommand</name>
    <message numerus="yes">
        <source>raydeck-cli: %n node(s) of the cluster have not joined the head.</source>
        <translation>
            <numerusform>raydeck-cli: %n node of the cluster has not joined the head.</numerusform>
            <numerusform>raydeck-cli: %n nodes of the cluster have not joined the head.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RayDeck::ClusterStore</name>
    <message numerus="yes">
        <source>%1 It was kept unchanged as %2. RayDeck continues with the %n cluster(s) it could read.</source>
        <translation>
            <numerusform>%1 It was kept unchanged as %2. RayDeck continues with the %n cluster it could read.</numerusform>
            <numerusform>%1 It was kept unchanged as %2. RayDeck continues with the %n clusters it could read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RayDeck::ImportSshConfigDialog</name>
    <message numerus="yes">
        <source>%n host(s) found in %1.</source>
        <translation>
            <numerusform>%n host found in %1.</numerusform>
            <numerusform>%n hosts found in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Server(s)</source>
        <translation>
            <numerusform>&amp;Import %n Server</numerusform>
            <numerusform>&amp;Import %n Servers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RayDeck::JobListModel</name>
    <message numerus="yes">
        <source>%1 (%n overrides)</source>
        <translation>
            <numerusform>%1 (%n override)</numerusform>
            <numerusform>%1 (%n overrides)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RayDeck::LaunchForm</name>
    <message numerus="yes">
        <source>Keys: read from the server&apos;s verl (%n keys)</source>
        <translation>
            <numerusform>Keys: read from the server&apos;s verl (%n key)</numerusform>
            <numerusform>Keys: read from the server&apos;s verl (%n keys)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RayDeck::MainWindow</name>
    <message numerus="yes">
        <source> · %n running</source>
        <translation>
            <numerusform> · %n running</numerusform>
            <numerusform> · %n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) connected</source>
        <translation>
            <numerusform>%n server connected</numerusform>
            <numerusform>%n servers connected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RayDeck::ProfileController</name>
    <message numerus="yes">
        <source>Imported %n server(s).</source>
        <translation>
            <numerusform>Imported %n server.</numerusform>
            <numerusform>Imported %n servers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RayDeck::ProfileStore</name>
    <message numerus="yes">
        <source>%1 It was kept unchanged as %2. RayDeck continues with the %n profile(s) it could read.</source>
        <translation>
            <numerusform>%1 It was kept unchanged as %2. RayDeck continues with the %n profile it could read.</numerusform>
            <numerusform>%1 It was kept unchanged as %2. RayDeck continues with the %n profiles it could read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RayDeck::ProfilesCommand</name>
    <message numerus="yes">
        <source>%n profile(s) imported.</source>
        <translation>
            <numerusform>%n profile imported.</numerusform>
            <numerusform>%n profiles imported.</numerusform>
        </translation>
    </message>
</context>
</TS>
