<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Accounts</name>
    <message>
        <source>control pumps</source>
        <translation>控制泵</translation>
    </message>
    <message>
        <source>stop pumps</source>
        <translation>停泵</translation>
    </message>
    <message>
        <source>run profiles</source>
        <translation>运行程序</translation>
    </message>
    <message>
        <source>edit profiles</source>
        <translation>编辑程序</translation>
    </message>
    <message>
        <source>approve profiles</source>
        <translation>批准程序</translation>
    </message>
    <message>
        <source>acknowledge alarms</source>
        <translation>确认报警</translation>
    </message>
    <message>
        <source>set alarm limits</source>
        <translation>设置报警限值</translation>
    </message>
    <message>
        <source>configure pumps (addresses, serial settings)</source>
        <translation>配置泵（地址、串口设置）</translation>
    </message>
    <message>
        <source>calibrate</source>
        <translation>校准</translation>
    </message>
    <message>
        <source>check calibrations</source>
        <translation>核查校准</translation>
    </message>
    <message>
        <source>edit model files</source>
        <translation>编辑型号文件</translation>
    </message>
    <message>
        <source>change firmware-level settings</source>
        <translation>更改固件级设置</translation>
    </message>
    <message>
        <source>export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>view run records</source>
        <translation>查看运行记录</translation>
    </message>
    <message>
        <source>review runs</source>
        <translation>审核运行</translation>
    </message>
    <message>
        <source>view the audit trail</source>
        <translation>查看审计追踪</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>管理账户</translation>
    </message>
    <message>
        <source>change the mode and policies</source>
        <translation>更改模式和策略</translation>
    </message>
    <message>
        <source>use the catalog</source>
        <translation>使用配件目录</translation>
    </message>
    <message>
        <source>Changing the setpoint of a running pump or profile</source>
        <translation>更改运行中的泵或程序的设定值</translation>
    </message>
    <message>
        <source>Editing an approved profile</source>
        <translation>编辑已批准的程序</translation>
    </message>
    <message>
        <source>Deleting anything</source>
        <translation>删除任何内容</translation>
    </message>
    <message>
        <source>Changing alarm limits</source>
        <translation>更改报警限值</translation>
    </message>
    <message>
        <source>Changing a pump&apos;s configuration</source>
        <translation>更改泵的配置</translation>
    </message>
    <message>
        <source>Changing an account</source>
        <translation>更改账户</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Service engineer</source>
        <translation>服务工程师</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <source>Reviewer (QA)</source>
        <translation>审核员（QA）</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Operator (open mode)</source>
        <translation>操作员（开放模式）</translation>
    </message>
    <message>
        <source>PumpStudio</source>
        <translation>PumpStudio</translation>
    </message>
    <message>
        <source>open</source>
        <translation>开放</translation>
    </message>
    <message>
        <source>controlled</source>
        <translation>受控</translation>
    </message>
    <message>
        <source>Logged off</source>
        <translation>已注销</translation>
    </message>
    <message>
        <source>Logged off automatically after inactivity</source>
        <translation>因长时间无操作已自动注销</translation>
    </message>
    <message>
        <source>Logged off to switch user</source>
        <translation>为切换用户已注销</translation>
    </message>
    <message>
        <source>Unknown user or wrong token.</source>
        <translation>用户未知或令牌错误。</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>账户 %1 已停用。</translation>
    </message>
    <message>
        <source>The account %1 is locked.</source>
        <translation>账户 %1 已被锁定。</translation>
    </message>
</context>
<context>
    <name>ArchiveCalibrations</name>
    <message>
        <source>The calibration history %1 cannot be read: %2</source>
        <translation>无法读取校准历史 %1：%2</translation>
    </message>
    <message>
        <source>the calibration %1</source>
        <translation>校准 %1</translation>
    </message>
    <message>
        <source>the calibrations</source>
        <translation>校准记录</translation>
    </message>
</context>
<context>
    <name>ArchiveConnection</name>
    <message>
        <source>The archive server went away (%1): %2</source>
        <translation>归档服务器连接已断开（%1）：%2</translation>
    </message>
    <message>
        <source>The archive refused %1: %2</source>
        <translation>归档库拒绝了%1：%2</translation>
    </message>
</context>
<context>
    <name>ArchiveFetch</name>
    <message>
        <source>the run</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <source>The archive has no run %1.</source>
        <translation>归档库中没有运行记录 %1。</translation>
    </message>
    <message>
        <source>The run %1 is not complete in the archive yet (its push was interrupted).</source>
        <translation>运行记录 %1 在归档库中尚不完整（其推送被中断）。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot start a transaction.</source>
        <translation>无法开始事务。</translation>
    </message>
    <message>
        <source>the channels</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>the blocks of samples</source>
        <translation>采样数据块</translation>
    </message>
    <message>
        <source>the setpoints</source>
        <translation>设定值</translation>
    </message>
    <message>
        <source>the events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>the alarms</source>
        <translation>报警</translation>
    </message>
    <message>
        <source>Cannot commit %1.</source>
        <translation>无法提交 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>ArchivePush</name>
    <message>
        <source>the workstation</source>
        <translation>工作站信息</translation>
    </message>
    <message>
        <source>the run</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <source>a channel</source>
        <translation>一个通道</translation>
    </message>
    <message>
        <source>a setpoint</source>
        <translation>一个设定值</translation>
    </message>
    <message>
        <source>an event</source>
        <translation>一个事件</translation>
    </message>
    <message>
        <source>an alarm</source>
        <translation>一条报警</translation>
    </message>
    <message>
        <source>the audit entries</source>
        <translation>审计条目</translation>
    </message>
    <message>
        <source>an audit entry</source>
        <translation>一个审计条目</translation>
    </message>
    <message>
        <source>the run&apos;s samples</source>
        <translation>运行记录的采样数据</translation>
    </message>
    <message>
        <source>a block of samples</source>
        <translation>一个采样数据块</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ArchiveQuery</name>
    <message>
        <source>the list of runs</source>
        <translation>运行记录列表</translation>
    </message>
    <message>
        <source>the samples</source>
        <translation>采样数据</translation>
    </message>
    <message>
        <source>No table %1 in the archive.</source>
        <translation>归档库中没有表 %1。</translation>
    </message>
</context>
<context>
    <name>ArchiveSchema</name>
    <message>
        <source>The archive&apos;s schema could not be brought up to date (%1): %2</source>
        <translation>无法将归档库的数据库结构更新到最新版本（%1）：%2</translation>
    </message>
    <message>
        <source>The archive has schema version %1; this PumpStudio knows up to %2. Update PumpStudio.</source>
        <translation>归档库的结构版本为 %1；此版本的 PumpStudio 最高只支持 %2。请更新 PumpStudio。</translation>
    </message>
</context>
<context>
    <name>ArchiveView</name>
    <message>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Pump</source>
        <translation>泵</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Profile or title</source>
        <translation>程序或标题</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Push to Archive</source>
        <translation>推送到归档库</translation>
    </message>
    <message>
        <source>Send this workstation&apos;s finished runs and audit entries that the archive does not have yet.</source>
        <translation>将本工作站已结束、归档库中尚没有的运行记录、校准和审计条目发送到归档库。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Pumps</source>
        <translation>泵</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>采样点数</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束方式</translation>
    </message>
    <message>
        <source>The archive cannot be searched: %1</source>
        <translation>无法搜索归档库：%1</translation>
    </message>
    <message>
        <source>No archived run matches.</source>
        <translation>归档库中没有符合条件的运行记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n archived run(s).</source>
        <translation>
            <numerusform>归档库中有 %n 个运行记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>The run cannot be opened: %1</source>
        <translation>无法打开该运行记录：%1</translation>
    </message>
    <message>
        <source>Opened from the archive.</source>
        <translation>已从归档库打开。</translation>
    </message>
    <message>
        <source>Pushing %1…</source>
        <translation>正在推送 %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) sent</source>
        <translation>
            <numerusform>已发送 %n 个运行记录</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 already archived, %2 still being written; %3 calibration(s) and %4 audit entries sent.</source>
        <translation>，%1 个已归档，%2 个仍在写入；已发送 %3 个校准和 %4 个审计条目。</translation>
    </message>
    <message>
        <source>The push stopped: %1. Pushing again goes on from there.</source>
        <translation>推送已中止：%1。再次推送将从中断处继续。</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>Pushed to the archive: %1</source>
        <translation>已推送到归档库：%1</translation>
    </message>
    <message>
        <source>Push to the archive stopped: %1</source>
        <translation>推送到归档库已中止：%1</translation>
    </message>
    <message>
        <source>Searching the archive…</source>
        <translation>正在搜索归档库…</translation>
    </message>
    <message>
        <source>Pick an archived run first.</source>
        <translation>请先选择一个已归档的运行记录。</translation>
    </message>
    <message>
        <source>Copying the run from the archive…</source>
        <translation>正在从归档库复制运行记录…</translation>
    </message>
    <message>
        <source>Pushing to the archive…</source>
        <translation>正在推送到归档库…</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Pump command</source>
        <translation>泵命令</translation>
    </message>
    <message>
        <source>Profile run</source>
        <translation>程序运行</translation>
    </message>
    <message>
        <source>Pump configuration</source>
        <translation>泵配置</translation>
    </message>
    <message>
        <source>Alarm limits</source>
        <translation>报警限值</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>报警</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>程序</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>型号文件</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Log-in and log-out</source>
        <translation>登录与注销</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>电子签名</translation>
    </message>
    <message>
        <source>Run record</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计追踪</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Run record finished and sealed</source>
        <translation>运行记录已结束并封存</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>BackgroundExport</name>
    <message>
        <source>Exporting CSV…</source>
        <translation>正在导出 CSV…</translation>
    </message>
    <message numerus="yes">
        <source>%n rows written to %1</source>
        <translation>
            <numerusform>已将 %n 行写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the run report…</source>
        <translation>正在生成运行报告…</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>报告已保存到 %1</translation>
    </message>
</context>
<context>
    <name>BalanceCtl</name>
    <message>
        <source>Unknown balance model &quot;%1&quot;; &apos;pumpctl models&apos; lists them.</source>
        <translation>未知的天平型号“%1”；可用 &apos;pumpctl models&apos; 查看型号列表。</translation>
    </message>
    <message>
        <source>%1 is a balance: it takes weigh, tare, zero and info.</source>
        <translation>%1 是天平：可使用 weigh、tare、zero 和 info 命令。</translation>
    </message>
    <message>
        <source>(stable)</source>
        <translation>（稳定）</translation>
    </message>
    <message>
        <source>(not stable)</source>
        <translation>（不稳定）</translation>
    </message>
    <message>
        <source>tared</source>
        <translation>已去皮</translation>
    </message>
    <message>
        <source>zeroed</source>
        <translation>已清零</translation>
    </message>
    <message>
        <source>%1, serial number %2, software %3</source>
        <translation>%1，序列号 %2，软件版本 %3</translation>
    </message>
    <message>
        <source>, %1 g x %2 g</source>
        <translation>，%1 g x %2 g</translation>
    </message>
    <message>
        <source> on %1 at %2</source>
        <translation>，端口 %1，%2</translation>
    </message>
</context>
<context>
    <name>BalanceDriver</name>
    <message>
        <source>The balance is overloaded: the load is above its capacity.</source>
        <translation>天平过载：载荷超出其最大称量。</translation>
    </message>
    <message>
        <source>The balance shows underload: the load is below its zero (is the pan in place?).</source>
        <translation>天平显示欠载：载荷低于其零点（秤盘是否已放好？）。</translation>
    </message>
    <message>
        <source>The balance did not settle: no stable reading within %1 s.</source>
        <translation>天平未能稳定：%1 s 内没有稳定读数。</translation>
    </message>
</context>
<context>
    <name>BalanceOptions</name>
    <message>
        <source>Also simulate a balance (mt-sics or sartorius-sbi) on a terminal of its own, weighing what the pumps deliver; its path is the next line on stdout.</source>
        <translation>同时在单独的终端上模拟一台天平（mt-sics 或 sartorius-sbi），称量泵输送的液体；其路径输出在标准输出的下一行。</translation>
    </message>
    <message>
        <source>model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Make this path a symbolic link to the balance&apos;s terminal.</source>
        <translation>将此路径设为指向天平终端的符号链接。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Grams on the balance&apos;s pan at power-up (a vessel), above its zero (default 0).</source>
        <translation>开机时天平秤盘上已有的克数（如容器），高于其零点（默认 0）。</translation>
    </message>
    <message>
        <source>g</source>
        <translation>g</translation>
    </message>
    <message>
        <source>Temperature of the water the pumps deliver, in degrees Celsius (default 20).</source>
        <translation>泵输送的水的温度，单位为摄氏度（默认 20）。</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>The simulated pumps&apos; true volume per revolution in mL (default: the tubing&apos;s figure).</source>
        <translation>模拟泵每转的实际体积，单位为 mL（默认：软管的标称值）。</translation>
    </message>
    <message>
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; must be a number from %3 to %4.</source>
        <translation>--%1 “%2” 必须是 %3 到 %4 之间的数字。</translation>
    </message>
    <message>
        <source>--balance must be mt-sics or sartorius-sbi, not &quot;%1&quot;.</source>
        <translation>--balance 必须是 mt-sics 或 sartorius-sbi，而不是“%1”。</translation>
    </message>
    <message>
        <source>--balance-link needs --balance.</source>
        <translation>--balance-link 需要配合 --balance 使用。</translation>
    </message>
    <message>
        <source>--balance-link must differ from --link and --sensor-link.</source>
        <translation>--balance-link 必须与 --link 和 --sensor-link 不同。</translation>
    </message>
    <message>
        <source>The true inner diameter in mm of the syringe in the simulated syringe pumps (default: the one they are set to): they count volumes with their setting, the balance weighs what this bore delivers.</source>
        <translation>模拟注射泵中注射器的实际内径，单位 mm（默认：与泵中设定的内径相同）：泵按设定值计算体积，天平称量按此实际内径排出的液体。</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
</context>
<context>
    <name>BrokerStatusLabel</name>
    <message>
        <source>Telemetry: off</source>
        <translation>遥测：关闭</translation>
    </message>
    <message>
        <source>Nothing is published. Tools &gt; Lab Network sets up a broker.</source>
        <translation>未发布任何数据。可在“工具 &gt; 实验室网络”中设置代理服务器。</translation>
    </message>
    <message>
        <source>Telemetry: connected</source>
        <translation>遥测：已连接</translation>
    </message>
    <message numerus="yes">
        <source>, %n sample(s) dropped</source>
        <translation>
            <numerusform>，已丢弃 %n 个采样点</numerusform>
        </translation>
    </message>
    <message>
        <source>Publishing to %1 under %2.</source>
        <translation>正在发布到 %1，主题前缀 %2。</translation>
    </message>
    <message numerus="yes">
        <source>Telemetry: offline, %n alarm(s) and event(s) queued</source>
        <translation>
            <numerusform>遥测：离线，%n 条报警和事件待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2. Alarms and events are kept until it is back; samples are not.</source>
        <translation>无法连接 %1：%2。报警和事件将保留到连接恢复后发送；采样点不保留。</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message numerus="yes">
        <source>%n alarm(s) or event(s) were lost because the queue was full.</source>
        <translation>
            <numerusform>因队列已满，丢失了 %n 条报警或事件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Telemetry: connecting…</source>
        <translation>遥测：正在连接…</translation>
    </message>
    <message>
        <source>Connecting to %1.</source>
        <translation>正在连接 %1。</translation>
    </message>
</context>
<context>
    <name>BrokerTr</name>
    <message>
        <source>&quot;%1&quot; is not a broker address: write mqtt://HOST[:PORT] or mqtts://HOST[:PORT].</source>
        <translation>“%1”不是代理服务器地址：请写成 mqtt://HOST[:PORT] 或 mqtts://HOST[:PORT]。</translation>
    </message>
    <message>
        <source>Give the broker&apos;s user name and password separately, not in its address.</source>
        <translation>请单独提供代理服务器的用户名和密码，不要写在地址中。</translation>
    </message>
    <message>
        <source>The broker address &quot;%1&quot; has no host.</source>
        <translation>代理服务器地址“%1”中没有主机名。</translation>
    </message>
    <message>
        <source>The broker address &quot;%1&quot; has a path; it takes none.</source>
        <translation>代理服务器地址“%1”包含路径；该地址不应带路径。</translation>
    </message>
    <message>
        <source>The broker port must be 1 to 65535.</source>
        <translation>代理服务器端口必须在 1 到 65535 之间。</translation>
    </message>
</context>
<context>
    <name>CalibrateCtl</name>
    <message>
        <source>Pump: %1</source>
        <translation>泵：%1</translation>
    </message>
    <message>
        <source>Unknown balance model &quot;%1&quot;; &apos;pumpctl models&apos; lists them.</source>
        <translation>未知的天平型号“%1”；可用 &apos;pumpctl models&apos; 查看型号列表。</translation>
    </message>
    <message>
        <source>%1 rpm, replicate %2%3: %4 g in %5 rev = %6 mL/rev</source>
        <translation>%1 rpm，第 %2 次重复%3：%5 转 %4 g = %6 mL/rev</translation>
    </message>
    <message>
        <source> (as left)</source>
        <translation>（校准后）</translation>
    </message>
    <message>
        <source>The pump holds %1 mL/rev after writing %2.</source>
        <translation>写入 %2 后，泵中保存的是 %1 mL/rev。</translation>
    </message>
    <message>
        <source>%1 rpm: %2 mL/rev, CV %3 %, as found %4 mL/rev (%5 %, %6)</source>
        <translation>%1 rpm：%2 mL/rev，CV %3 %，校准前 %4 mL/rev（%5 %，%6）</translation>
    </message>
    <message>
        <source>Certificate %1: as found %2 (tolerance +-%3 %)%4; due %5</source>
        <translation>证书 %1：校准前%2（允差 ±%3 %）%4；到期 %5</translation>
    </message>
    <message>
        <source>, as left %1</source>
        <translation>，校准后%1</translation>
    </message>
    <message>
        <source>In the pump: %1 mL/rev written, %2 read back (%3)</source>
        <translation>泵内：已写入 %1 mL/rev，读回 %2（%3）</translation>
    </message>
    <message>
        <source>Interrupted: aborting the calibration and stopping the pump.</source>
        <translation>已中断：正在中止校准并停泵。</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>已中断。</translation>
    </message>
    <message>
        <source>&apos;calibrations&apos; takes: list [--json].</source>
        <translation>&apos;calibrations&apos; 的用法：list [--json]。</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>到期 %1</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>完好</translation>
    </message>
    <message>
        <source>CHANGED</source>
        <translation>已被更改</translation>
    </message>
    <message>
        <source>No calibrations yet.</source>
        <translation>尚无校准记录。</translation>
    </message>
    <message>
        <source>(%1 pump hours used)</source>
        <translation>（泵已运行 %1 小时）</translation>
    </message>
    <message>
        <source>The %1 has no syringe &quot;%2&quot;.</source>
        <translation>%1 没有注射器“%2”。</translation>
    </message>
    <message>
        <source>A syringe check needs --volume ML, the volume each replicate dispenses.</source>
        <translation>注射器核查需要 --volume ML，即每次重复定量分液的体积。</translation>
    </message>
    <message>
        <source>Replicate %1%2: %3 g, %4 mL for %5 mL at the nominal diameter</source>
        <translation>第 %1 次重复%2：%3 g，%4 mL（按标称内径计为 %5 mL）</translation>
    </message>
    <message>
        <source>%1 (nominal %2 mm): the pump set to %3 mm delivers %4 % of the volume it shows (CV %5 %); error of the volumes shown %6 % (%7); inner diameter found %8 mm</source>
        <translation>%1（标称 %2 mm）：泵设定为 %3 mm 时，实际输送量为其显示体积的 %4 %（CV %5 %）；显示体积的误差 %6 %（%7）；实测内径 %8 mm</translation>
    </message>
    <message>
        <source>In the pump: inner diameter %1 mm written, %2 read back (%3)</source>
        <translation>泵内：已写入内径 %1 mm，读回 %2（%3）</translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <source>not corrected</source>
        <translation>未校正</translation>
    </message>
    <message>
        <source>vessel covered (lid or oil layer)</source>
        <translation>容器已覆盖（带孔盖或油层）</translation>
    </message>
    <message>
        <source>corrected by a measured blank</source>
        <translation>按实测空白校正</translation>
    </message>
    <message>
        <source>run time metered by the pump&apos;s own timed mode</source>
        <translation>运行时间由泵自身的定时模式计量</translation>
    </message>
    <message>
        <source>run time metered by PumpStudio&apos;s clock (start and stop commands)</source>
        <translation>运行时间由 PumpStudio 的时钟计量（启动和停止命令）</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>volume metered by the pump&apos;s own volume mode (syringe)</source>
        <translation>体积由泵自身的定量模式计量（注射泵）</translation>
    </message>
</context>
<context>
    <name>CalibrationCertificate</name>
    <message>
        <source>%1 · page %2</source>
        <translation>%1 · 第 %2 页</translation>
    </message>
    <message>
        <source>speed (rpm)</source>
        <translation>转速（rpm）</translation>
    </message>
    <message>
        <source>mL/rev</source>
        <translation>mL/rev</translation>
    </message>
    <message>
        <source>solid: new figure (as left); dots: means and replicates; dashed: figure as found</source>
        <translation>实线：新值（校准后）；圆点：平均值和各次重复；虚线：校准前的值</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Calibration certificate %1</source>
        <translation>校准证书 %1</translation>
    </message>
    <message>
        <source>Could not start the PDF %1.</source>
        <translation>无法开始写入 PDF %1。</translation>
    </message>
    <message>
        <source>Certificate %1 · data SHA-256 %2</source>
        <translation>证书 %1 · 数据 SHA-256 %2</translation>
    </message>
    <message>
        <source>Gravimetric calibration of the volume per revolution (mL/rev) of a peristaltic pump channel, head and tubing.</source>
        <translation>称量法校准蠕动泵通道、泵头和软管的每转体积（mL/rev）。</translation>
    </message>
    <message>
        <source>Pump</source>
        <translation>泵</translation>
    </message>
    <message>
        <source>Model %1 (%2); reported identity: %3; channel %4</source>
        <translation>型号 %1（%2）；泵报告的标识：%3；通道 %4</translation>
    </message>
    <message>
        <source>Head %1, tubing %2</source>
        <translation>泵头 %1，软管 %2</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>天平</translation>
    </message>
    <message>
        <source>%1 (%2), serial number %3, software %4</source>
        <translation>%1（%2），序列号 %3，软件 %4</translation>
    </message>
    <message>
        <source>, capacity %1 g, readability %2 g</source>
        <translation>，称量范围 %1 g，可读性 %2 g</translation>
    </message>
    <message>
        <source>Masses entered by hand from the balance&apos;s display.</source>
        <translation>质量由操作员根据天平显示手动输入。</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>%1 revolutions</source>
        <translation>%1 转</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 speed(s), %2 replicate(s) each, %3 per replicate; %4.</source>
        <translation>%1 个转速，每个重复 %2 次，每次 %3；%4。</translation>
    </message>
    <message>
        <source>Liquid: %1. Mass to volume with air buoyancy (air %2 g/mL, weights %3 g/mL): Z = %4 uL/mg.</source>
        <translation>液体：%1。质量换算为体积时修正空气浮力（空气 %2 g/mL，砝码 %3 g/mL）：Z = %4 uL/mg。</translation>
    </message>
    <message>
        <source>Evaporation: %1</source>
        <translation>蒸发：%1</translation>
    </message>
    <message>
        <source> (blank: %1 mg/min)</source>
        <translation>（空白：%1 mg/min）</translation>
    </message>
    <message>
        <source>Tolerance: +-%1 % of volume. Started %2, finished %3; next calibration due %4.</source>
        <translation>允差：体积的 ±%1 %。开始于 %2，结束于 %3；下次校准到期 %4。</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>rpm</source>
        <translation>rpm</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>标准偏差</translation>
    </message>
    <message>
        <source>CV %</source>
        <translation>CV %</translation>
    </message>
    <message>
        <source>as found mL/rev</source>
        <translation>校准前 mL/rev</translation>
    </message>
    <message>
        <source>error %</source>
        <translation>误差 %</translation>
    </message>
    <message>
        <source>as found</source>
        <translation>校准前</translation>
    </message>
    <message>
        <source>as left error %</source>
        <translation>校准后误差 %</translation>
    </message>
    <message>
        <source>as left</source>
        <translation>校准后</translation>
    </message>
    <message>
        <source>Verdict as found: %1 (%2 mL/rev in use before). Verdict as left: %3.</source>
        <translation>校准前结论：%1（此前使用 %2 mL/rev）。校准后结论：%3。</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未验证</translation>
    </message>
    <message>
        <source>%1 mL/rev at %2 rpm</source>
        <translation>%2 rpm 时 %1 mL/rev</translation>
    </message>
    <message>
        <source>New figure (piecewise-linear over speed, constant beyond the end points): %1.</source>
        <translation>新值（随转速分段线性，端点以外保持不变）：%1。</translation>
    </message>
    <message>
        <source>Raw readings</source>
        <translation>原始读数</translation>
    </message>
    <message>
        <source>replicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>rev</source>
        <translation>转</translation>
    </message>
    <message>
        <source>start g</source>
        <translation>起始 g</translation>
    </message>
    <message>
        <source>end g</source>
        <translation>结束 g</translation>
    </message>
    <message>
        <source>mass g</source>
        <translation>质量 g</translation>
    </message>
    <message>
        <source>volume mL</source>
        <translation>体积 mL</translation>
    </message>
    <message>
        <source>Operator and signatures</source>
        <translation>操作员和签名</translation>
    </message>
    <message>
        <source>Performed by %1.</source>
        <translation>执行人：%1。</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>Not signed electronically.</source>
        <translation>未进行电子签名。</translation>
    </message>
    <message>
        <source>Signature: %1 (meaning: %2; printed name: %3; role: %4; signed data SHA-256 %5)</source>
        <translation>签名：%1（含义：%2；姓名：%3；角色：%4；所签数据 SHA-256 %5）</translation>
    </message>
    <message>
        <source>after %1 pump hours</source>
        <translation>泵运行 %1 小时后</translation>
    </message>
    <message>
        <source>%1 or %2, whichever comes first</source>
        <translation>%1或%2，以先到者为准</translation>
    </message>
    <message>
        <source>%1 replicate(s) of %2 mL as the pump counts it, at %3 mL/min, the pump set to %4 mm; %5.</source>
        <translation>重复 %1 次，每次按泵的计量定量分液 %2 mL，流量 %3 mL/min，泵设定内径 %4 mm；%5。</translation>
    </message>
    <message>
        <source>Volume goes with the square of the diameter: the bore found is nominal x sqrt(volume weighed / volume at the nominal diameter).</source>
        <translation>体积与内径的平方成正比：实测内径 = 标称内径 × sqrt（称得体积 / 按标称内径计的体积）。</translation>
    </message>
    <message>
        <source>set mm</source>
        <translation>设定 mm</translation>
    </message>
    <message>
        <source>bore mm</source>
        <translation>实测内径 mm</translation>
    </message>
    <message>
        <source>delivered %</source>
        <translation>实际输送 %</translation>
    </message>
    <message>
        <source>Delivered: the volume weighed as a percentage of the volume the pump showed.</source>
        <translation>实际输送：称得体积占泵显示体积的百分比。</translation>
    </message>
    <message>
        <source>Verdict as found: %1. Verdict as left: %2. Applied, the pump is set to %3 mm for this syringe.</source>
        <translation>校准前结论：%1。校准后结论：%2。应用后，使用此注射器时泵设定为 %3 mm。</translation>
    </message>
    <message>
        <source>nominal mL</source>
        <translation>标称 mL</translation>
    </message>
    <message>
        <source>Gravimetric check of a syringe&apos;s inner diameter in a syringe pump: the volume the pump shows against the volume weighed.</source>
        <translation>称量法核查注射泵中注射器的内径：比较泵显示的体积与称得的体积。</translation>
    </message>
    <message>
        <source>Syringe %1, nominal inner diameter %2 mm</source>
        <translation>注射器 %1，标称内径 %2 mm</translation>
    </message>
</context>
<context>
    <name>CalibrationDue</name>
    <message>
        <source>Calibrated until %1</source>
        <translation>已校准，有效期至 %1</translation>
    </message>
    <message>
        <source>Calibration due on %1</source>
        <translation>校准将于 %1 到期</translation>
    </message>
    <message>
        <source>Calibration overdue since %1</source>
        <translation>校准已于 %1 过期</translation>
    </message>
    <message>
        <source>%1: the calibration for this head and tubing was due on %2 (certificate %3). In controlled mode profiles do not start on a pump whose calibration is overdue: calibrate it first.</source>
        <translation>%1：此泵头和软管的校准已于 %2 到期（证书 %3）。受控模式下，校准已过期的泵不能启动程序：请先校准。</translation>
    </message>
    <message>
        <source>%1: the calibration for this head and tubing was due on %2 (certificate %3); flows and volumes may be off until it is calibrated again.</source>
        <translation>%1：此泵头和软管的校准已于 %2 到期（证书 %3）；重新校准之前，流量和体积可能有偏差。</translation>
    </message>
    <message>
        <source>%1 pump hours</source>
        <translation>泵运行 %1 小时</translation>
    </message>
    <message>
        <source>%1 or %2, whichever comes first</source>
        <translation>%1或%2，以先到者为准</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Calibration overdue: %1 of %2 pump hours</source>
        <translation>校准已过期：泵已运行 %1 / %2 小时</translation>
    </message>
    <message>
        <source>Calibration due: %1 of %2 pump hours</source>
        <translation>校准即将到期：泵已运行 %1 / %2 小时</translation>
    </message>
    <message>
        <source>Calibrated: %1 of %2 pump hours used</source>
        <translation>已校准：泵已运行 %1 / %2 小时</translation>
    </message>
    <message>
        <source>Calibrated for %1 pump hours</source>
        <translation>已校准，有效期为泵运行 %1 小时</translation>
    </message>
    <message>
        <source>Calibrated until %1; %2 of %3 pump hours used</source>
        <translation>已校准，有效期至 %1；泵已运行 %2 / %3 小时</translation>
    </message>
    <message>
        <source>Calibrated until %1 or %2 pump hours</source>
        <translation>已校准，有效期至 %1 或泵运行 %2 小时</translation>
    </message>
    <message>
        <source>%1: the calibration for this head and tubing was due after %2 pump hours and the pump has run %3 since (certificate %4). In controlled mode profiles do not start on a pump whose calibration is overdue: calibrate it first.</source>
        <translation>%1：此泵头和软管的校准在泵运行 %2 小时后到期，校准后泵已运行 %3 小时（证书 %4）。受控模式下，校准已过期的泵不能启动程序：请先校准。</translation>
    </message>
    <message>
        <source>%1: the calibration for this head and tubing was due after %2 pump hours and the pump has run %3 since (certificate %4); flows and volumes may be off until it is calibrated again.</source>
        <translation>%1：此泵头和软管的校准在泵运行 %2 小时后到期，校准后泵已运行 %3 小时（证书 %4）；重新校准之前，流量和体积可能有偏差。</translation>
    </message>
</context>
<context>
    <name>CalibrationRunner</name>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>preparing</source>
        <translation>准备中</translation>
    </message>
    <message>
        <source>measuring the evaporation blank</source>
        <translation>正在测量蒸发空白</translation>
    </message>
    <message>
        <source>taring</source>
        <translation>正在去皮</translation>
    </message>
    <message>
        <source>pumping</source>
        <translation>正在泵送</translation>
    </message>
    <message>
        <source>waiting for a stable reading</source>
        <translation>等待稳定读数</translation>
    </message>
    <message>
        <source>waiting for the mass to be entered</source>
        <translation>等待输入质量</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>已中止</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>No balance is connected: enter the masses by hand instead.</source>
        <translation>未连接天平：请改为手动输入质量。</translation>
    </message>
    <message>
        <source>The pump did not stop by itself %1 s after its run time.</source>
        <translation>运行时间结束 %1 秒后泵仍未自行停止。</translation>
    </message>
    <message>
        <source>The pump did not confirm the stop: %1</source>
        <translation>泵未确认停止：%1</translation>
    </message>
    <message>
        <source>Aborted by the operator.</source>
        <translation>操作员已中止。</translation>
    </message>
    <message>
        <source>The pump&apos;s link was lost during the calibration: %1</source>
        <translation>校准过程中泵的链路中断：%1</translation>
    </message>
</context>
<context>
    <name>CalibrationStore</name>
    <message>
        <source>The calibration history is not open.</source>
        <translation>校准历史未打开。</translation>
    </message>
</context>
<context>
    <name>Cart</name>
    <message>
        <source>%1 is out of stock (0 in stock): an order waits until the distributor has it again.</source>
        <translation>%1 缺货（库存为 0）：订货需等经销商重新到货后才能发货。</translation>
    </message>
    <message>
        <source>Only %1 of %2 in stock; the cart would hold %3.</source>
        <translation>%2 仅有 %1 件库存；购物车中将有 %3 件。</translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message>
        <source>item %1</source>
        <translation>第 %1 项</translation>
    </message>
    <message>
        <source>item %1 (%2)</source>
        <translation>第 %1 项（%2）</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; (use &quot;en&quot; and &quot;zh&quot;)</source>
        <translation>未知语言“%1”（请使用 &quot;en&quot; 和 &quot;zh&quot;）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; 必须是字符串</translation>
    </message>
    <message>
        <source>must be a string or an object with &quot;en&quot; and &quot;zh&quot;</source>
        <translation>必须是字符串，或包含 &quot;en&quot; 和 &quot;zh&quot; 的对象</translation>
    </message>
    <message>
        <source>needs both an English (&quot;en&quot;) and a Chinese (&quot;zh&quot;) text</source>
        <translation>需要同时提供英文（&quot;en&quot;）和中文（&quot;zh&quot;）文本</translation>
    </message>
    <message>
        <source>must be a list of ids</source>
        <translation>必须是标识符列表</translation>
    </message>
    <message>
        <source>unknown id &quot;%1&quot;</source>
        <translation>未知标识符“%1”</translation>
    </message>
    <message>
        <source>(not a string)</source>
        <translation>（不是字符串）</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>未知字段</translation>
    </message>
    <message>
        <source>must be larger than the inner diameter</source>
        <translation>必须大于内径</translation>
    </message>
    <message>
        <source>must be a whole number of at least 1</source>
        <translation>必须是不小于 1 的整数</translation>
    </message>
    <message>
        <source>must be &quot;pcs&quot; or &quot;m&quot;</source>
        <translation>必须是 &quot;pcs&quot; 或 &quot;m&quot;</translation>
    </message>
    <message>
        <source>must be null (price on request) or {&quot;amount&quot;, &quot;currency&quot;}</source>
        <translation>必须为 null（价格面议）或 {&quot;amount&quot;, &quot;currency&quot;}</translation>
    </message>
    <message>
        <source>must be a number of at least 0</source>
        <translation>必须是不小于 0 的数字</translation>
    </message>
    <message>
        <source>must be a three-letter currency code such as CNY</source>
        <translation>必须是三个字母的货币代码，例如 CNY</translation>
    </message>
    <message>
        <source>may hold only letters, digits and . _ / -</source>
        <translation>只能包含字母、数字和 . _ / -</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;</source>
        <translation>未知类别“%1”</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必须是列表</translation>
    </message>
    <message>
        <source>must be an object with &quot;heads&quot;, &quot;tubing&quot; and &quot;models&quot;</source>
        <translation>必须是包含 &quot;heads&quot;、&quot;tubing&quot; 和 &quot;models&quot; 的对象</translation>
    </message>
    <message>
        <source>must be a path</source>
        <translation>必须是路径</translation>
    </message>
    <message>
        <source>missing; expected %1</source>
        <translation>缺失；应为 %1</translation>
    </message>
    <message>
        <source>version %1 is newer than this program reads (%2); please update PumpStudio</source>
        <translation>版本 %1 高于本软件可读取的版本（%2）；请更新 PumpStudio</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>必须为 %1</translation>
    </message>
    <message>
        <source>missing or not a list</source>
        <translation>缺失或不是列表</translation>
    </message>
    <message>
        <source>the catalog lists no items</source>
        <translation>目录中没有任何产品</translation>
    </message>
    <message>
        <source>duplicate SKU</source>
        <translation>SKU 重复</translation>
    </message>
    <message>
        <source>the file is not a JSON object</source>
        <translation>文件不是 JSON 对象</translation>
    </message>
    <message>
        <source>must be a positive number up to %1</source>
        <translation>必须是不大于 %1 的正数</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; leads out of the catalog&apos;s folder; give a path inside it, such as &quot;images/%2&quot;</source>
        <translation>“%1”指向目录文件夹之外；请提供该文件夹内的路径，例如“images/%2”</translation>
    </message>
    <message>
        <source>a catalog file</source>
        <translation>目录文件</translation>
    </message>
</context>
<context>
    <name>CatalogMoney</name>
    <message>
        <source>is not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>is below 0</source>
        <translation>小于 0</translation>
    </message>
    <message>
        <source>is above the largest price accepted, %1</source>
        <translation>超过可接受的最高价格 %1</translation>
    </message>
    <message>
        <source>has more than two decimals</source>
        <translation>小数位超过两位</translation>
    </message>
</context>
<context>
    <name>CatalogStore</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ConnectionHelp</name>
    <message>
        <source>Check that the USB serial adapter is plugged in and that %1 is its port (the list shows the ports there now).</source>
        <translation>请检查 USB 串口转换器是否已插好，以及 %1 是否为其串口（列表中显示的是当前存在的串口）。</translation>
    </message>
    <message>
        <source>If another program holds the port, close it; if permission is denied, see the README&apos;s &quot;Serial port permissions&quot;.</source>
        <translation>如果其他软件占用了该串口，请将其关闭；如果提示权限不足，请参阅 README 中的“Serial port permissions”（串口权限）一节。</translation>
    </message>
    <message>
        <source>Check the cable between adapter and pump, and that the pump is switched on and set to remote (RS-232/RS-485) control.</source>
        <translation>请检查转换器与泵之间的线缆，并确认泵已开机且设为远程（RS-232/RS-485）控制。</translation>
    </message>
    <message>
        <source>Check the port: %1 must be the adapter the pump is on.</source>
        <translation>请检查串口：%1 必须是泵所连接的转换器。</translation>
    </message>
    <message>
        <source>Check the baud rate: %1 is set here; the %2 leaves the factory at %3, and its own menu must match.</source>
        <translation>请检查波特率：此处设为 %1；%2 的出厂设置为 %3，泵自身菜单中的设置必须与此一致。</translation>
    </message>
    <message>
        <source>Check the baud rate and framing (%1) against the pump&apos;s own settings menu.</source>
        <translation>请对照泵自身的设置菜单检查波特率和帧格式（%1）。</translation>
    </message>
    <message>
        <source>Check the address: %1 is set here (the %2 takes %3 to %4; its factory address is %5).</source>
        <translation>请检查地址：此处设为 %1（%2 的地址范围为 %3 到 %4，出厂地址为 %5）。</translation>
    </message>
    <message>
        <source>Or let PumpStudio find it: select the port on the Devices page and press &quot;Scan Selected Port&quot;.</source>
        <translation>也可以让 PumpStudio 自动查找：在“设备”页面选中该串口，然后点击“扫描所选串口”。</translation>
    </message>
    <message>
        <source>Nothing answered on %1.</source>
        <translation>%1 上没有设备应答。</translation>
    </message>
    <message>
        <source>On %1 answered:</source>
        <translation>%1 上应答的设备：</translation>
    </message>
    <message>
        <source>  %1 at address %2: %3</source>
        <translation>  %1，地址 %2：%3</translation>
    </message>
    <message>
        <source>Asked, each model at its factory settings and address:</source>
        <translation>已询问的型号（均按其出厂串口设置和地址）：</translation>
    </message>
    <message>
        <source>  %1, %2, address %3: answered</source>
        <translation>  %1，%2，地址 %3：已应答</translation>
    </message>
    <message>
        <source>  %1, %2, address %3: %4</source>
        <translation>  %1，%2，地址 %3：%4</translation>
    </message>
    <message>
        <source>A pump set to another baud rate or address does not answer a scan: add it with its own settings and press &quot;Test connection&quot;.</source>
        <translation>波特率或地址不是出厂设置的泵不会应答扫描：请按其实际设置添加，并点击“测试连接”。</translation>
    </message>
</context>
<context>
    <name>ConnectionTr</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; on Debian install libqt6sql6-psql.</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（QPSQL）；在 Debian 上请安装 libqt6sql6-psql。</translation>
    </message>
    <message>
        <source>Cannot connect to the archive %1: %2</source>
        <translation>无法连接归档库 %1：%2</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>No run record is open.</source>
        <translation>未打开运行记录。</translation>
    </message>
    <message>
        <source>Choose a different separator and decimal mark.</source>
        <translation>请为分隔符和小数点选择不同的字符。</translation>
    </message>
    <message>
        <source>The run has no channel %1.</source>
        <translation>该运行中没有通道 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Elapsed [s]</source>
        <translation>已用时间 [s]</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>raised</source>
        <translation>触发</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>解除</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Alarm %1: %2</source>
        <translation>报警%1：%2</translation>
    </message>
    <message>
        <source>%1 setpoint</source>
        <translation>%1 设定值</translation>
    </message>
    <message>
        <source>%1 setpoint [%2]</source>
        <translation>%1 设定值 [%2]</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>DemoController</name>
    <message>
        <source>The profile &quot;%1&quot; does not fit the %2: %3</source>
        <translation>程序“%1”不适用于 %2：%3</translation>
    </message>
    <message>
        <source>The demo is already running.</source>
        <translation>演示已在运行。</translation>
    </message>
    <message>
        <source>Demo %1</source>
        <translation>演示 %1</translation>
    </message>
</context>
<context>
    <name>DemoSimulation</name>
    <message>
        <source>Normal dosing</source>
        <translation>正常加液</translation>
    </message>
    <message>
        <source>Occlusion with pressure alarm</source>
        <translation>管路堵塞与压力报警</translation>
    </message>
    <message>
        <source>Cable pulled and recovered</source>
        <translation>拔出并重新插入数据线</translation>
    </message>
    <message>
        <source>No temporary folder for the demo&apos;s terminals.</source>
        <translation>无法为演示的虚拟终端创建临时文件夹。</translation>
    </message>
    <message>
        <source>Demo: the Longer BT100-2J&apos;s USB cable is pulled</source>
        <translation>演示：Longer BT100-2J 的 USB 数据线已被拔出</translation>
    </message>
    <message>
        <source>Demo: the Longer BT100-2J&apos;s cable is plugged back in</source>
        <translation>演示：Longer BT100-2J 的数据线已重新插入</translation>
    </message>
    <message>
        <source>The demo&apos;s balance model (mt-sics) is missing.</source>
        <translation>缺少演示用的天平型号（mt-sics）。</translation>
    </message>
    <message>
        <source>The demo&apos;s Reglo ICC has no channel for the balance to weigh.</source>
        <translation>演示用的 Reglo ICC 没有可供天平称量的通道。</translation>
    </message>
</context>
<context>
    <name>DeviceManager</name>
    <message>
        <source>%1 already carries %2 pumps; a %3 cannot share that line.</source>
        <translation>%1 上已连接 %2 泵；%3 不能共用这条线路。</translation>
    </message>
    <message>
        <source>%1 is already open at %2; pumps on one line must use the same serial settings.</source>
        <translation>%1 已按 %2 打开；同一线路上的泵必须使用相同的串口设置。</translation>
    </message>
    <message>
        <source>Unknown pump model &quot;%1&quot;.</source>
        <translation>未知的泵型号“%1”。</translation>
    </message>
    <message>
        <source>No pump &quot;%1&quot; is configured.</source>
        <translation>未配置名为“%1”的泵。</translation>
    </message>
    <message>
        <source>No such pump.</source>
        <translation>没有这台泵。</translation>
    </message>
    <message>
        <source>The pump is named twice in the group.</source>
        <translation>该泵在组中被指定了两次。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The profiles did not start together, none of them started: %1</source>
        <translation>这些程序未能同时启动，均未启动：%1</translation>
    </message>
    <message>
        <source>The pump did not confirm the stop in time.</source>
        <translation>泵未在规定时间内确认停止。</translation>
    </message>
    <message>
        <source>%1 is in use by a connected pump; disconnect it before scanning.</source>
        <translation>%1 正被已连接的泵使用；请先断开后再扫描。</translation>
    </message>
    <message>
        <source>%1 is in use by a connected pump; disconnect it before testing.</source>
        <translation>%1 正被已连接的泵使用；请先断开后再测试。</translation>
    </message>
</context>
<context>
    <name>DeviceService</name>
    <message>
        <source>Profile paused</source>
        <translation>程序已暂停</translation>
    </message>
    <message>
        <source>Profile resumed</source>
        <translation>程序已恢复</translation>
    </message>
    <message>
        <source>Profile step skipped</source>
        <translation>已跳过程序步骤</translation>
    </message>
    <message>
        <source>Operator step confirmed</source>
        <translation>已确认操作员步骤</translation>
    </message>
    <message>
        <source>Profile aborted</source>
        <translation>程序已中止</translation>
    </message>
    <message>
        <source>Interlock stopped %1</source>
        <translation>联锁已停止 %1</translation>
    </message>
    <message>
        <source>Not done: a reason is required (%1).</source>
        <translation>未执行：需要填写原因（%1）。</translation>
    </message>
    <message>
        <source>Not done: the audit trail cannot be written (%1).</source>
        <translation>未执行：无法写入审计追踪（%1）。</translation>
    </message>
    <message>
        <source>Simulated pump added</source>
        <translation>已添加模拟泵</translation>
    </message>
    <message>
        <source>Pump added</source>
        <translation>已添加泵</translation>
    </message>
    <message>
        <source>Pump removed</source>
        <translation>已移除泵</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>已断开连接</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Status reads changed</source>
        <translation>状态读取设置已更改</translation>
    </message>
    <message>
        <source>Alarm limits changed</source>
        <translation>报警限值已更改</translation>
    </message>
    <message>
        <source>Step %1 began</source>
        <translation>步骤 %1 开始</translation>
    </message>
    <message>
        <source>Step %1 ended</source>
        <translation>步骤 %1 结束</translation>
    </message>
    <message>
        <source>Profile ended: %1</source>
        <translation>程序已结束：%1</translation>
    </message>
    <message>
        <source>Setpoint set by the profile: %1</source>
        <translation>由程序设置的设定值：%1</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is not approved: only approved profiles run here.</source>
        <translation>程序“%1”未经批准：此处只能运行已批准的程序。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; started</source>
        <translation>程序“%1”已开始</translation>
    </message>
    <message>
        <source>all pumps</source>
        <translation>所有泵</translation>
    </message>
    <message>
        <source>PumpStudio is closing: profiles aborted, pumps it started stopped</source>
        <translation>PumpStudio 正在关闭：已中止程序，并已停止由其启动的泵</translation>
    </message>
    <message>
        <source>Stopped by a remote command of %1.</source>
        <translation>已由 %1 的远程命令停止。</translation>
    </message>
</context>
<context>
    <name>DeviceServiceRemoteHost</name>
    <message>
        <source>Profile &quot;%1&quot; started</source>
        <translation>程序“%1”已开始</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot; on this workstation.</source>
        <translation>此工作站上没有程序“%1”。</translation>
    </message>
    <message>
        <source>The pump is gone.</source>
        <translation>该泵已不存在。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; does not pass the pre-run check: %2</source>
        <translation>程序“%1”未通过运行前检查：%2</translation>
    </message>
    <message>
        <source>A profile is already being started on this pump.</source>
        <translation>此泵上已有程序正在启动。</translation>
    </message>
</context>
<context>
    <name>DeviceTelemetry</name>
    <message>
        <source>The link is back.</source>
        <translation>链路已恢复。</translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <source>clockwise</source>
        <translation>顺时针</translation>
    </message>
    <message>
        <source>counter-clockwise</source>
        <translation>逆时针</translation>
    </message>
</context>
<context>
    <name>DriverFactory</name>
    <message>
        <source>The line is not set up for %1&apos;s protocol.</source>
        <translation>该线路未按 %1 的协议配置。</translation>
    </message>
</context>
<context>
    <name>DryRun</name>
    <message>
        <source>Unknown pump model &quot;%1&quot;.</source>
        <translation>未知的泵型号“%1”。</translation>
    </message>
    <message>
        <source>No temporary folder for the simulated pump.</source>
        <translation>没有可供模拟泵使用的临时文件夹。</translation>
    </message>
    <message>
        <source>Aborted.</source>
        <translation>已中止。</translation>
    </message>
</context>
<context>
    <name>FaultPlan</name>
    <message>
        <source>&apos;%1&apos; is not a probability between 0 and 1 (or 0%-100%)</source>
        <translation>“%1”不是 0 到 1 之间（或 0%-100%）的概率</translation>
    </message>
    <message>
        <source>Fault spec, column %1: %2 (in &quot;%3&quot;)</source>
        <translation>故障描述第 %1 列：%2（位于“%3”）</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>a time must not be negative</source>
        <translation>时间不能为负数</translation>
    </message>
    <message>
        <source>a time must be a string such as &quot;10s&quot; or a number of seconds</source>
        <translation>时间必须是“10s”这样的字符串，或以秒为单位的数字</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration such as 250ms, 10s or 1.5min</source>
        <translation>“%1”不是 250ms、10s 或 1.5min 这样的时长</translation>
    </message>
    <message>
        <source>empty item</source>
        <translation>空项</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a rate; rates are %2</source>
        <translation>“%1”不是比率项；比率项有 %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a fault; faults are %2, rates are %3</source>
        <translation>“%1”不是故障；故障有 %2，比率项有 %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an address from 0 to %2</source>
        <translation>“%1”不是 0 到 %2 之间的地址</translation>
    </message>
    <message>
        <source>expected &apos;@&apos; and a time after &apos;%1&apos;</source>
        <translation>“%1”之后应为“@”和时间</translation>
    </message>
    <message>
        <source>a power cycle takes no duration</source>
        <translation>断电重启不带持续时间</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>expected a list of events, or an object with an &quot;events&quot; list</source>
        <translation>应为事件列表，或含有“events”列表的对象</translation>
    </message>
    <message>
        <source>scenario version %1 is not supported (this build reads version 1)</source>
        <translation>不支持场景版本 %1（此版本只能读取版本 1）</translation>
    </message>
    <message>
        <source>event %1: %2</source>
        <translation>事件 %1：%2</translation>
    </message>
    <message>
        <source>expected an object such as {&quot;at&quot;: &quot;10s&quot;, &quot;fault&quot;: &quot;stall&quot;}</source>
        <translation>应为 {&quot;at&quot;: &quot;10s&quot;, &quot;fault&quot;: &quot;stall&quot;} 这样的对象</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (known: %2)</source>
        <translation>未知的键“%1”（可用：%2）</translation>
    </message>
    <message>
        <source>&quot;fault&quot; must be one of %1, %2; got &quot;%3&quot;</source>
        <translation>“fault”必须是 %1、%2 之一；实际为“%3”</translation>
    </message>
    <message>
        <source>&quot;at&quot; (when the fault happens) is missing</source>
        <translation>缺少“at”（故障发生的时间）</translation>
    </message>
    <message>
        <source>&quot;at&quot;: %1</source>
        <translation>“at”：%1</translation>
    </message>
    <message>
        <source>&quot;for&quot; does not apply to %1</source>
        <translation>“for”不适用于 %1</translation>
    </message>
    <message>
        <source>&quot;for&quot;: %1</source>
        <translation>“for”：%1</translation>
    </message>
    <message>
        <source>&quot;address&quot; must be a whole number from 0 to %1 on a pump fault</source>
        <translation>泵故障的“address”必须是 0 到 %1 之间的整数</translation>
    </message>
    <message>
        <source>&quot;value&quot;: %1</source>
        <translation>“value”：%1</translation>
    </message>
    <message>
        <source>&quot;value&quot; applies only to rates (%1)</source>
        <translation>“value”只适用于比率项（%1）</translation>
    </message>
    <message>
        <source>Cannot read the scenario %1: %2</source>
        <translation>无法读取场景 %1：%2</translation>
    </message>
    <message>
        <source>a time must be at most %1 s</source>
        <translation>时间最多为 %1 s</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is longer than %2 s</source>
        <translation>“%1”超过 %2 s</translation>
    </message>
</context>
<context>
    <name>FileChanges</name>
    <message>
        <source>File found that the trail has not seen (added outside PumpStudio)</source>
        <translation>发现审计追踪中没有记录的文件（在 PumpStudio 之外添加）</translation>
    </message>
    <message>
        <source>File changed outside PumpStudio</source>
        <translation>文件在 PumpStudio 之外被更改</translation>
    </message>
    <message>
        <source>File removed outside PumpStudio</source>
        <translation>文件在 PumpStudio 之外被删除</translation>
    </message>
</context>
<context>
    <name>FileReading</name>
    <message>
        <source>the file could not be read</source>
        <translation>无法读取该文件</translation>
    </message>
    <message>
        <source>Cannot read %1: there is no such file.</source>
        <translation>无法读取 %1：文件不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder, not %2.</source>
        <translation>%1 是文件夹，而不是%2。</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device or a pipe?), so it is not read as %2.</source>
        <translation>%1 不是普通文件（可能是设备或管道？），因此不会作为%2读取。</translation>
    </message>
    <message>
        <source>%1 is too large for %2: the limit is %3 (%4 bytes).</source>
        <translation>%1 过大，无法作为%2读取：上限为 %3（%4 字节）。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
</context>
<context>
    <name>GuiOptions</name>
    <message>
        <source>PumpStudio: configure and monitor laboratory pumps.</source>
        <translation>PumpStudio：配置和监控实验室泵。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <source>Show version and build information and exit.</source>
        <translation>显示版本和构建信息并退出。</translation>
    </message>
    <message>
        <source>Log level: trace, debug, info, warning, error, critical or off.</source>
        <translation>日志级别：trace、debug、info、warning、error、critical 或 off。</translation>
    </message>
    <message>
        <source>level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>User interface language: en or zh_CN.</source>
        <translation>界面语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Start simulated pumps (no hardware needed).</source>
        <translation>启动模拟泵（无需硬件）。</translation>
    </message>
    <message>
        <source>Show the main window, process events and exit (for CI).</source>
        <translation>显示主窗口、处理事件后退出（用于持续集成）。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>多余的参数：%1</translation>
    </message>
    <message>
        <source>Unknown log level &quot;%1&quot;; use trace, debug, info, warning, error, critical or off.</source>
        <translation>未知的日志级别“%1”；请使用 trace、debug、info、warning、error、critical 或 off。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use %2.</source>
        <translation>未知的语言“%1”；请使用 %2。</translation>
    </message>
    <message>
        <source>Close the main window after this many seconds, as the user would (for CI: with --demo, long enough to record a run).</source>
        <translation>在指定秒数后像用户一样关闭主窗口（用于 CI：与 --demo 一起使用，时间应足够记录一次运行）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>With --demo: once the simulated pumps are connected, run this profile file on the simulated pump of its model (a presentation start).</source>
        <translation>与 --demo 一起使用：模拟泵连接后，在与该程序型号相同的模拟泵上运行此程序文件（用于演示开场）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>--quit-after needs a whole number of seconds above 0, not &quot;%1&quot;.</source>
        <translation>--quit-after 需要大于 0 的整数秒，而不是“%1”。</translation>
    </message>
    <message>
        <source>--demo-profile needs --demo.</source>
        <translation>--demo-profile 需要与 --demo 一起使用。</translation>
    </message>
    <message>
        <source>A distributor&apos;s presentation: the demo, the catalog showing what fits its pumps, and a sample profile open, ready to run.</source>
        <translation>经销商演示：启动演示，配件目录中显示适配演示泵的配件，并打开一个示例程序以便运行。</translation>
    </message>
</context>
<context>
    <name>InProcessLine</name>
    <message>
        <source>The simulated line %1 was unplugged.</source>
        <translation>模拟线路 %1 已被拔出。</translation>
    </message>
    <message>
        <source>Reconnected</source>
        <translation>已重新连接</translation>
    </message>
    <message>
        <source>The simulated line %1 is gone.</source>
        <translation>模拟线路 %1 已不存在。</translation>
    </message>
</context>
<context>
    <name>LabNetwork</name>
    <message>
        <source>Give the broker&apos;s address to publish telemetry, e.g. mqtt://broker.lab:1883.</source>
        <translation>发布遥测数据需要代理服务器地址，例如 mqtt://broker.lab:1883。</translation>
    </message>
    <message>
        <source>A client id has no spaces and at most 128 characters.</source>
        <translation>客户端 ID 不能含空格，最多 128 个字符。</translation>
    </message>
    <message>
        <source>The keep-alive is %1 to %2 seconds.</source>
        <translation>保活时间为 %1 至 %2 秒。</translation>
    </message>
    <message>
        <source>A CA file goes with an mqtts:// broker (TLS).</source>
        <translation>CA 文件仅用于 mqtts://（TLS）代理服务器。</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>无法读取 CA 文件 %1。</translation>
    </message>
    <message>
        <source>Give a topic prefix (the first topic levels), e.g. pumpstudio or lab2/pumps.</source>
        <translation>请填写主题前缀（主题的前几级），例如 pumpstudio 或 lab2/pumps。</translation>
    </message>
    <message>
        <source>A topic prefix has no + or # and no empty levels.</source>
        <translation>主题前缀不能含 + 或 #，也不能有空级。</translation>
    </message>
    <message>
        <source>Give the archive&apos;s address, e.g. postgresql://alice@db.lab/pumpstudio.</source>
        <translation>请填写归档库地址，例如 postgresql://alice@db.lab/pumpstudio。</translation>
    </message>
    <message>
        <source>Put the archive&apos;s password in its password field, not in the address: the address is kept in the settings file.</source>
        <translation>请将归档库密码填在密码栏中，不要写在地址里：地址会保存在设置文件中。</translation>
    </message>
    <message>
        <source>this build of PumpStudio has no keychain support</source>
        <translation>此版本的 PumpStudio 不支持系统密钥环</translation>
    </message>
    <message>
        <source>No archive is set up: give its address in Tools &gt; Lab Network.</source>
        <translation>尚未设置归档库：请在“工具 &gt; 实验室网络”中填写其地址。</translation>
    </message>
    <message>
        <source>Lab network settings changed</source>
        <translation>实验室网络设置已更改</translation>
    </message>
</context>
<context>
    <name>LabNetworkDialog</name>
    <message>
        <source>Lab Network</source>
        <translation>实验室网络</translation>
    </message>
    <message>
        <source>Publish live telemetry to an MQTT broker</source>
        <translation>向 MQTT 代理服务器发布实时遥测数据</translation>
    </message>
    <message>
        <source>mqtt://HOST[:PORT], or mqtts://HOST[:PORT] for TLS</source>
        <translation>mqtt://HOST[:PORT]，TLS 用 mqtts://HOST[:PORT]</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>The broker declares the workstation offline after 1.5 × this time without a word.</source>
        <translation>超过此时间的 1.5 倍没有通信，代理服务器即判定工作站离线。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>the system&apos;s certificates</source>
        <translation>系统证书</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The first topic levels: PREFIX/WORKSTATION/device/…</source>
        <translation>主题的前几级：PREFIX/WORKSTATION/device/…</translation>
    </message>
    <message>
        <source>Broker:</source>
        <translation>代理服务器：</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>客户端 ID：</translation>
    </message>
    <message>
        <source>Keep-alive:</source>
        <translation>保活时间：</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>CA file (TLS):</source>
        <translation>CA 文件（TLS）：</translation>
    </message>
    <message>
        <source>Topic prefix:</source>
        <translation>主题前缀：</translation>
    </message>
    <message>
        <source>Keep runs in the shared archive (PostgreSQL)</source>
        <translation>将运行记录保存到共享归档库（PostgreSQL）</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST[:PORT]/DBNAME</source>
        <translation>postgresql://USER@HOST[:PORT]/DBNAME</translation>
    </message>
    <message>
        <source>Archive:</source>
        <translation>归档库：</translation>
    </message>
    <message>
        <source>No system keychain is available: passwords are kept for this session only and asked for again after a restart. They are never written to the settings.</source>
        <translation>没有可用的系统密钥环：密码仅在本次会话中保留，重新启动后需再次输入。密码不会写入设置。</translation>
    </message>
    <message>
        <source>Passwords are kept in the system keychain, never in the settings.</source>
        <translation>密码保存在系统密钥环中，不会写入设置。</translation>
    </message>
    <message>
        <source>kept for this session</source>
        <translation>已在本次会话中保留</translation>
    </message>
    <message>
        <source>kept in the keychain</source>
        <translation>已保存在密钥环中</translation>
    </message>
    <message>
        <source>none, or from PGPASSWORD</source>
        <translation>无，或取自 PGPASSWORD</translation>
    </message>
    <message>
        <source>Accept remote commands (start, stop, setpoint, run profile)</source>
        <translation>接受远程命令（启动、停止、设定值、运行程序）</translation>
    </message>
    <message>
        <source>Only from accounts whose role allows the command, with one of their API tokens; checked against the pump&apos;s limits and written to the audit trail. Off by default.</source>
        <translation>仅接受角色允许该命令、并带有其 API 令牌的账户所发的命令；命令按泵的限值检查，并写入审计追踪。默认关闭。</translation>
    </message>
</context>
<context>
    <name>LinkState</name>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>正在打开</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Disconnected, waiting for the device</source>
        <translation>已断开，正在等待设备恢复</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>LongerDriver</name>
    <message>
        <source>the state query</source>
        <translation>状态查询</translation>
    </message>
    <message>
        <source>The pump&apos;s state reply could not be read.</source>
        <translation>无法解析泵的状态应答。</translation>
    </message>
    <message>
        <source>the motor settings</source>
        <translation>电机设置</translation>
    </message>
    <message>
        <source>The pump did not start.</source>
        <translation>泵未启动。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PumpStudio</source>
        <translation>PumpStudio</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation>打开数据文件夹(&amp;D)</translation>
    </message>
    <message>
        <source>Open the folder holding logs, run records and your model files</source>
        <translation>打开存放日志、运行记录和自定义型号文件的文件夹</translation>
    </message>
    <message>
        <source>Manufacturer &amp;Website</source>
        <translation>制造商网站(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;About PumpStudio</source>
        <translation>关于 PumpStudio(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
</context>
<context>
    <name>Masterflex</name>
    <message>
        <source>%1 rpm does not fit the drive&apos;s speed field.</source>
        <translation>%1 rpm 超出驱动器转速字段的范围。</translation>
    </message>
    <message>
        <source>%1 revolutions do not fit the drive&apos;s field.</source>
        <translation>%1 转超出驱动器字段的范围。</translation>
    </message>
    <message>
        <source>%1 does not fit the %2-digit field.</source>
        <translation>%1 超出 %2 位字段的范围。</translation>
    </message>
</context>
<context>
    <name>MasterflexLegacyDriver</name>
    <message>
        <source>The drive refused %1 (NAK).</source>
        <translation>驱动器拒绝了%1（NAK）。</translation>
    </message>
    <message>
        <source>The drive refused %1.</source>
        <translation>驱动器拒绝了%1。</translation>
    </message>
    <message>
        <source>the enquiry</source>
        <translation>询问（ENQ）</translation>
    </message>
    <message>
        <source>A device answered the enquiry, but not as a Masterflex drive.</source>
        <translation>有设备应答了询问，但不是 Masterflex 驱动器。</translation>
    </message>
    <message>
        <source>the drive number</source>
        <translation>驱动器编号</translation>
    </message>
    <message>
        <source>remote mode</source>
        <translation>远程模式</translation>
    </message>
    <message>
        <source>the status query</source>
        <translation>状态查询</translation>
    </message>
    <message>
        <source>the revolutions query</source>
        <translation>转数查询</translation>
    </message>
    <message>
        <source>go</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>halt</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>the speed</source>
        <translation>转速设置</translation>
    </message>
    <message>
        <source>Dispensing needs the mL per revolution of the head and tubing.</source>
        <translation>定量分液需要泵头和软管的每转流量（mL/转）。</translation>
    </message>
    <message>
        <source>the revolutions</source>
        <translation>转数设置</translation>
    </message>
    <message>
        <source>The drive answered %1 with &quot;%2&quot;, which is not an answer to it.</source>
        <translation>驱动器对%1的应答为“%2”，这不是对该命令的应答。</translation>
    </message>
    <message>
        <source>The drive&apos;s status reply &quot;%1&quot; could not be read.</source>
        <translation>无法解析驱动器的状态应答“%1”。</translation>
    </message>
    <message>
        <source>The drive&apos;s revolutions reply &quot;%1&quot; could not be read.</source>
        <translation>无法解析驱动器的转数应答“%1”。</translation>
    </message>
</context>
<context>
    <name>MasterflexSerialCommsDriver</name>
    <message>
        <source>The drive is not in serial mode; %1 was ignored.</source>
        <translation>驱动器不在串口控制模式；%1被忽略。</translation>
    </message>
    <message>
        <source>The drive refused %1.</source>
        <translation>驱动器拒绝了%1。</translation>
    </message>
    <message>
        <source>serial control</source>
        <translation>串口控制</translation>
    </message>
    <message>
        <source>the status query</source>
        <translation>状态查询</translation>
    </message>
    <message>
        <source>start</source>
        <translation>启动命令</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>停止命令</translation>
    </message>
    <message>
        <source>the direction</source>
        <translation>方向设置</translation>
    </message>
    <message>
        <source>the speed</source>
        <translation>转速设置</translation>
    </message>
    <message>
        <source>The drive answered %1 with &quot;%2&quot;, which is not an answer to it.</source>
        <translation>驱动器对%1的应答为“%2”，这不是对该命令的应答。</translation>
    </message>
    <message>
        <source>The drive did not report its status (&apos;%1&apos;).</source>
        <translation>驱动器未报告其状态（“%1”）。</translation>
    </message>
    <message>
        <source>The drive&apos;s status reply &quot;%1&quot; could not be read.</source>
        <translation>无法解析驱动器的状态应答“%1”。</translation>
    </message>
</context>
<context>
    <name>Modbus</name>
    <message>
        <source>%1 does not fit register &quot;%2&quot;.</source>
        <translation>%1 超出寄存器“%2”的范围。</translation>
    </message>
    <message>
        <source>Text registers are read-only here.</source>
        <translation>此处文本寄存器为只读。</translation>
    </message>
</context>
<context>
    <name>ModbusBus</name>
    <message>
        <source>illegal function</source>
        <translation>非法功能码</translation>
    </message>
    <message>
        <source>illegal data address</source>
        <translation>非法数据地址</translation>
    </message>
    <message>
        <source>illegal data value</source>
        <translation>非法数据值</translation>
    </message>
    <message>
        <source>server device failure</source>
        <translation>从站设备故障</translation>
    </message>
    <message>
        <source>exception %1</source>
        <translation>异常 %1</translation>
    </message>
    <message>
        <source>Modbus server %1 refused the request: %2.</source>
        <translation>Modbus 从站 %1 拒绝了请求：%2。</translation>
    </message>
    <message numerus="yes">
        <source>the read of %n value(s) at %1 from Modbus server %2</source>
        <translation>
            <numerusform>从 Modbus 从站 %2 的 %1 处读取 %n 个值</numerusform>
        </translation>
    </message>
    <message>
        <source>Only coils and holding registers can be written.</source>
        <translation>只能写入线圈和保持寄存器。</translation>
    </message>
    <message numerus="yes">
        <source>the write of %n value(s) at %1 to Modbus server %2</source>
        <translation>
            <numerusform>向 Modbus 从站 %2 的 %1 处写入 %n 个值</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModbusDriver</name>
    <message>
        <source>The %1 model file has no &quot;%2&quot; register.</source>
        <translation>%1 的型号文件中没有“%2”寄存器。</translation>
    </message>
    <message>
        <source>The %1 model file has no direction register.</source>
        <translation>%1 的型号文件中没有方向寄存器。</translation>
    </message>
    <message>
        <source>The write to &quot;%1&quot; was not confirmed: %2</source>
        <translation>写入“%1”未得到确认：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; reads back %2 after %3 was written: the pump did not take it.</source>
        <translation>写入 %3 后“%1”回读为 %2：泵未接受该值。</translation>
    </message>
    <message>
        <source>The %1 reports direction %2, which its map does not name (%3 clockwise, %4 counter-clockwise).</source>
        <translation>%1 报告的方向为 %2，其寄存器映射中没有该值（%3 为顺时针，%4 为逆时针）。</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>The speed must be a number.</source>
        <translation>转速必须是数字。</translation>
    </message>
    <message>
        <source>Speed %1 rpm is above the %2 maximum of %3 rpm; nothing was sent.</source>
        <translation>转速 %1 rpm 高于 %2 的最大值 %3 rpm；未发送任何命令。</translation>
    </message>
    <message>
        <source>Speed %1 rpm is below the %2 minimum of %3 rpm; nothing was sent.</source>
        <translation>转速 %1 rpm 低于 %2 的最小值 %3 rpm；未发送任何命令。</translation>
    </message>
    <message>
        <source>A flow must be a positive number of mL/min.</source>
        <translation>流量必须是以 mL/min 表示的正数。</translation>
    </message>
    <message>
        <source>Flow %1 mL/min is above the %2 maximum of %3 mL/min; nothing was sent.</source>
        <translation>流量 %1 mL/min 高于 %2 的最大值 %3 mL/min；未发送任何命令。</translation>
    </message>
    <message>
        <source>Flow %1 mL/min is below the %2 minimum of %3 mL/min; nothing was sent.</source>
        <translation>流量 %1 mL/min 低于 %2 的最小值 %3 mL/min；未发送任何命令。</translation>
    </message>
    <message>
        <source>No mL per revolution is known for this pump: choose its head and tubing or calibrate it.</source>
        <translation>此泵的每转流量（mL/转）未知：请选择泵头和软管，或先进行校准。</translation>
    </message>
    <message>
        <source>Flow %1 mL/min needs %2 rpm, above the %3 maximum of %4 rpm (%5 mL/min with this tubing); nothing was sent.</source>
        <translation>流量 %1 mL/min 需要 %2 rpm，高于 %3 的最大值 %4 rpm（此软管最大 %5 mL/min）；未发送任何命令。</translation>
    </message>
    <message>
        <source>Flow %1 mL/min needs %2 rpm, below the %3 minimum of %4 rpm (%5 mL/min with this tubing); nothing was sent.</source>
        <translation>流量 %1 mL/min 需要 %2 rpm，低于 %3 的最小值 %4 rpm（此软管最小 %5 mL/min）；未发送任何命令。</translation>
    </message>
    <message>
        <source>Address %1 is outside the %2 range %3-%4.</source>
        <translation>地址 %1 超出 %2 的范围 %3-%4。</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>必须是数组</translation>
    </message>
    <message>
        <source>must be coil, discrete, input or holding, not &quot;%1&quot;</source>
        <translation>必须是 coil、discrete、input 或 holding，而不是“%1”</translation>
    </message>
    <message>
        <source>must be uint16, int16, uint32, int32, float32 or ascii, not &quot;%1&quot;</source>
        <translation>必须是 uint16、int16、uint32、int32、float32 或 ascii，而不是“%1”</translation>
    </message>
    <message>
        <source>must be high-first or low-first</source>
        <translation>必须是 high-first 或 low-first</translation>
    </message>
    <message>
        <source>must not be 0</source>
        <translation>不能为 0</translation>
    </message>
    <message>
        <source>is not valid JSON at line %1, column %2: %3</source>
        <translation>不是有效的 JSON（第 %1 行，第 %2 列）：%3</translation>
    </message>
    <message>
        <source>must hold a JSON object</source>
        <translation>必须包含一个 JSON 对象</translation>
    </message>
    <message>
        <source>is %1; this version of PumpStudio reads format %2</source>
        <translation>为 %1；此版本的 PumpStudio 只能读取格式 %2</translation>
    </message>
    <message>
        <source>must be peristaltic, syringe or pressure-sensor, not &quot;%1&quot;</source>
        <translation>必须是 peristaltic、syringe 或 pressure-sensor，而不是“%1”</translation>
    </message>
    <message>
        <source>is not a protocol PumpStudio speaks: &quot;%1&quot;</source>
        <translation>不是 PumpStudio 支持的协议：“%1”</translation>
    </message>
    <message>
        <source>must be none, even or odd</source>
        <translation>必须是 none、even 或 odd</translation>
    </message>
    <message>
        <source>is above address.max (%1 &gt; %2)</source>
        <translation>大于 address.max（%1 &gt; %2）</translation>
    </message>
    <message>
        <source>is outside %1-%2</source>
        <translation>超出 %1-%2 的范围</translation>
    </message>
    <message>
        <source>must be above speed.minRpm (%1)</source>
        <translation>必须大于 speed.minRpm（%1）</translation>
    </message>
    <message>
        <source>is missing (a syringe pump works in flow)</source>
        <translation>缺失（注射泵按流量工作）</translation>
    </message>
    <message>
        <source>must be above flow.minMlPerMin</source>
        <translation>必须大于 flow.minMlPerMin</translation>
    </message>
    <message>
        <source>repeats the head id &quot;%1&quot;</source>
        <translation>泵头编号“%1”重复</translation>
    </message>
    <message>
        <source>names no head in this file: &quot;%1&quot;</source>
        <translation>指向本文件中不存在的泵头：“%1”</translation>
    </message>
    <message>
        <source>repeats the point &quot;%1&quot;</source>
        <translation>寄存器点“%1”重复</translation>
    </message>
    <message>
        <source>names no register in this file: &quot;%1&quot;</source>
        <translation>指向本文件中不存在的寄存器：“%1”</translation>
    </message>
    <message>
        <source>has no &quot;%1&quot; point</source>
        <translation>缺少“%1”寄存器点</translation>
    </message>
    <message>
        <source>has no &quot;run&quot; point</source>
        <translation>缺少“run”寄存器点</translation>
    </message>
    <message>
        <source>must be above pressure.min</source>
        <translation>必须大于 pressure.min</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>is not a field of a model file here (misspelt?)</source>
        <translation>不是此处型号文件的字段（拼写错误？）</translation>
    </message>
    <message numerus="yes">
        <source>is longer than %n character(s)</source>
        <translation>
            <numerusform>长度超过 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>may hold only letters, digits and . _ - (starting with a letter or digit), not &quot;%1&quot;</source>
        <translation>只能包含字母、数字和 . _ -（须以字母或数字开头），而不是“%1”</translation>
    </message>
    <message>
        <source>must be above %1 and at most %2, not %3</source>
        <translation>必须大于 %1 且不大于 %2，而不是 %3</translation>
    </message>
    <message>
        <source>must be from %1 to %2, not %3</source>
        <translation>必须在 %1 到 %2 之间，而不是 %3</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, not %3</source>
        <translation>必须是 %1 到 %2 之间的整数，而不是 %3</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>必须是 %1 到 %2 之间的整数</translation>
    </message>
    <message numerus="yes">
        <source>must list at least %n item(s)</source>
        <translation>
            <numerusform>必须至少列出 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>must list at most %n item(s)</source>
        <translation>
            <numerusform>最多只能列出 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>is only for input and holding registers, not for a %1</source>
        <translation>仅适用于输入寄存器和保持寄存器，不适用于 %1</translation>
    </message>
    <message>
        <source>is only for 32-bit types (uint32, int32, float32)</source>
        <translation>仅适用于 32 位类型（uint32、int32、float32）</translation>
    </message>
    <message>
        <source>is only for ascii points; the other types have a fixed size</source>
        <translation>仅适用于 ascii 点位；其他类型的长度固定</translation>
    </message>
    <message>
        <source>runs past the last register address, 65535</source>
        <translation>超出了最后一个寄存器地址 65535</translation>
    </message>
    <message>
        <source>cannot be true: a %1 cannot be written</source>
        <translation>不能为 true：%1 不可写</translation>
    </message>
    <message>
        <source>must be modbus-rtu for a pressure sensor (its reading is a Modbus register)</source>
        <translation>压力传感器必须使用 modbus-rtu（其读数来自 Modbus 寄存器）</translation>
    </message>
    <message>
        <source>is only for peristaltic pumps</source>
        <translation>仅适用于蠕动泵</translation>
    </message>
    <message>
        <source>is only for syringe pumps</source>
        <translation>仅适用于注射泵</translation>
    </message>
    <message>
        <source>is only for pressure sensors</source>
        <translation>仅适用于压力传感器</translation>
    </message>
    <message>
        <source>is only for the modbus-rtu protocol</source>
        <translation>仅适用于 modbus-rtu 协议</translation>
    </message>
    <message>
        <source>must be a baud rate from %1 to %2</source>
        <translation>必须是 %1 到 %2 之间的波特率</translation>
    </message>
    <message>
        <source>does not list serial.baud (%1)</source>
        <translation>未包含 serial.baud（%1）</translation>
    </message>
    <message>
        <source>must not be above speed.maxRpm (%1)</source>
        <translation>不得大于 speed.maxRpm（%1）</translation>
    </message>
    <message>
        <source>repeats the tubing id &quot;%1&quot;</source>
        <translation>软管标识符“%1”重复</translation>
    </message>
    <message>
        <source>names no tubing of this head: &quot;%1&quot;</source>
        <translation>指向此泵头不存在的软管：“%1”</translation>
    </message>
    <message>
        <source>repeats the syringe id &quot;%1&quot;</source>
        <translation>注射器标识符“%1”重复</translation>
    </message>
    <message>
        <source>names no syringe in this file: &quot;%1&quot;</source>
        <translation>指向本文件中不存在的注射器：“%1”</translation>
    </message>
    <message>
        <source>names &quot;%1&quot;, which is not writable</source>
        <translation>指向不可写的“%1”</translation>
    </message>
</context>
<context>
    <name>MonitorRemoteHost</name>
    <message>
        <source>Stopped by a remote command of %1.</source>
        <translation>已由 %1 的远程命令停止。</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot; on this workstation.</source>
        <translation>此工作站上没有程序“%1”。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; does not pass the pre-run check: %2</source>
        <translation>程序“%1”未通过运行前检查：%2</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is not approved: only approved profiles run here.</source>
        <translation>程序“%1”未经批准：此处只能运行已批准的程序。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; started</source>
        <translation>程序“%1”已开始</translation>
    </message>
</context>
<context>
    <name>MonitorSession</name>
    <message>
        <source>The run is not being recorded: %1</source>
        <translation>本次运行未被记录：%1</translation>
    </message>
    <message>
        <source>Writing the run record failed: %1. Samples are kept in memory and written when it works again.</source>
        <translation>写入运行记录失败：%1。采样数据暂存在内存中，待恢复正常后再写入。</translation>
    </message>
    <message>
        <source>The run record could not be closed: %1</source>
        <translation>无法关闭运行记录：%1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; started</source>
        <translation>程序“%1”已开始</translation>
    </message>
    <message>
        <source>Step %1 began</source>
        <translation>步骤 %1 开始</translation>
    </message>
    <message>
        <source>Step %1 ended</source>
        <translation>步骤 %1 结束</translation>
    </message>
    <message>
        <source>PumpStudio closed</source>
        <translation>PumpStudio 已关闭</translation>
    </message>
    <message>
        <source>All pumps stopped</source>
        <translation>所有泵均已停止</translation>
    </message>
    <message>
        <source>%1 flow</source>
        <translation>%1 流量</translation>
    </message>
    <message>
        <source>%1 pressure</source>
        <translation>%1 压力</translation>
    </message>
    <message>
        <source>%1 speed</source>
        <translation>%1 转速</translation>
    </message>
    <message>
        <source>%1 volume</source>
        <translation>%1 体积</translation>
    </message>
    <message>
        <source>%1: %2 cleared</source>
        <translation>%1：%2 已解除</translation>
    </message>
    <message>
        <source>%1 reports: %2</source>
        <translation>%1 报告：%2</translation>
    </message>
    <message>
        <source>Link to %1 lost: %2</source>
        <translation>与 %1 的链路中断：%2</translation>
    </message>
    <message>
        <source>Link to %1 is back</source>
        <translation>与 %1 的链路已恢复</translation>
    </message>
    <message>
        <source>mL/min</source>
        <translation>mL/min</translation>
    </message>
    <message>
        <source>Acknowledged by %1</source>
        <translation>已由 %1 确认</translation>
    </message>
    <message>
        <source>the operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>The seal of %1 could not be written to the audit trail: %2</source>
        <translation>无法将 %1 的封存信息写入审计追踪：%2</translation>
    </message>
    <message>
        <source>User at the workstation: %1 (was %2); running pumps and profiles stay under whoever started them</source>
        <translation>工作站当前用户：%1（之前为 %2）；正在运行的泵和程序仍归其启动者负责</translation>
    </message>
    <message>
        <source>nobody (logged off)</source>
        <translation>无人（已注销）</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>OS user %1</source>
        <translation>操作系统用户 %1</translation>
    </message>
    <message>
        <source>Started by %1 (%2), OS user %3, workstation %4, %5 mode</source>
        <translation>由 %1（%2）启动，操作系统用户 %3，工作站 %4，%5模式</translation>
    </message>
    <message>
        <source>nobody logged in</source>
        <translation>无人登录</translation>
    </message>
    <message>
        <source>Alarm raised</source>
        <translation>报警触发</translation>
    </message>
    <message>
        <source>Alarm cleared</source>
        <translation>报警已清除</translation>
    </message>
    <message>
        <source>Alarm acknowledged</source>
        <translation>报警已确认</translation>
    </message>
</context>
<context>
    <name>MqttClient</name>
    <message>
        <source>the broker refused the protocol version</source>
        <translation>代理服务器拒绝了该协议版本</translation>
    </message>
    <message>
        <source>the broker refused the client id</source>
        <translation>代理服务器拒绝了该客户端 ID</translation>
    </message>
    <message>
        <source>the broker is unavailable</source>
        <translation>代理服务器不可用</translation>
    </message>
    <message>
        <source>the broker refused the user name or password</source>
        <translation>代理服务器拒绝了用户名或密码</translation>
    </message>
    <message>
        <source>the broker refused: not authorised</source>
        <translation>代理服务器拒绝：未获授权</translation>
    </message>
    <message>
        <source>Cannot create an MQTT client (out of memory or a bad client id).</source>
        <translation>无法创建 MQTT 客户端（内存不足或客户端 ID 无效）。</translation>
    </message>
    <message>
        <source>Cannot read the CA file %1.</source>
        <translation>无法读取 CA 证书文件 %1。</translation>
    </message>
    <message>
        <source>TLS could not be set up: %1</source>
        <translation>无法设置 TLS：%1</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <source>no answer from %1</source>
        <translation>%1 无应答</translation>
    </message>
    <message>
        <source>the connection closed</source>
        <translation>连接已关闭</translation>
    </message>
    <message>
        <source>Not connected to the broker.</source>
        <translation>未连接到代理服务器。</translation>
    </message>
    <message>
        <source>Publishing to %1 failed: %2</source>
        <translation>发布到 %1 失败：%2</translation>
    </message>
    <message>
        <source>Subscribing to %1 failed: %2</source>
        <translation>订阅 %1 失败：%2</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>被拒绝：%1</translation>
    </message>
    <message>
        <source>Unsubscribing from %1 failed: %2</source>
        <translation>取消订阅 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>MtSicsDriver</name>
    <message>
        <source>a stable weight (S)</source>
        <translation>稳定重量（S）</translation>
    </message>
    <message>
        <source>a weight (SI)</source>
        <translation>重量（SI）</translation>
    </message>
    <message>
        <source>The balance cannot weigh now (S I): it is busy.</source>
        <translation>天平当前无法称量（S I）：天平忙。</translation>
    </message>
    <message>
        <source>The balance weighs in &quot;%1&quot;, not in grams: set its unit to g.</source>
        <translation>天平的称量单位为“%1”，而不是克：请将其单位设为 g。</translation>
    </message>
    <message>
        <source>tare (T)</source>
        <translation>去皮（T）</translation>
    </message>
    <message>
        <source>zero (Z)</source>
        <translation>清零（Z）</translation>
    </message>
</context>
<context>
    <name>NewEra</name>
    <message>
        <source>The NE-1000 takes positive numbers only.</source>
        <translation>NE-1000 只接受正数。</translation>
    </message>
    <message>
        <source>%1 cannot be written in the NE-1000&apos;s 4 digits.</source>
        <translation>%1 无法用 NE-1000 的 4 位数字表示。</translation>
    </message>
    <message>
        <source>pump was reset (power interrupted)</source>
        <translation>泵已复位（曾经断电）</translation>
    </message>
    <message>
        <source>motor stalled</source>
        <translation>电机堵转</translation>
    </message>
    <message>
        <source>safe mode communication timeout</source>
        <translation>安全模式通信超时</translation>
    </message>
    <message>
        <source>pumping program error</source>
        <translation>泵送程序错误</translation>
    </message>
    <message>
        <source>pumping program phase out of range</source>
        <translation>泵送程序阶段超出范围</translation>
    </message>
    <message>
        <source>alarm %1</source>
        <translation>报警 %1</translation>
    </message>
    <message>
        <source>value out of range</source>
        <translation>数值超出范围</translation>
    </message>
    <message>
        <source>command not applicable now</source>
        <translation>当前无法执行该命令</translation>
    </message>
    <message>
        <source>invalid communications packet</source>
        <translation>通信数据包无效</translation>
    </message>
    <message>
        <source>command ignored (a new phase started)</source>
        <translation>命令被忽略（已开始新的阶段）</translation>
    </message>
    <message>
        <source>command not recognised</source>
        <translation>无法识别的命令</translation>
    </message>
</context>
<context>
    <name>NewEraDriver</name>
    <message>
        <source>The pump reports an alarm: %1.</source>
        <translation>泵报告报警：%1。</translation>
    </message>
    <message>
        <source>The pump refused %1: %2.</source>
        <translation>泵拒绝了%1：%2。</translation>
    </message>
    <message>
        <source>the version query</source>
        <translation>版本查询</translation>
    </message>
    <message>
        <source>the dispensed-volume query</source>
        <translation>已输送体积查询</translation>
    </message>
    <message>
        <source>the rate query</source>
        <translation>流速查询</translation>
    </message>
    <message>
        <source>The pump answered the rate query with &quot;%1&quot;.</source>
        <translation>泵对流量查询的应答为“%1”。</translation>
    </message>
    <message>
        <source>the volume</source>
        <translation>体积设置</translation>
    </message>
    <message>
        <source>run</source>
        <translation>运行命令</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>停止命令</translation>
    </message>
    <message>
        <source>the direction</source>
        <translation>方向设置</translation>
    </message>
    <message>
        <source>The %1 is set in flow (mL/min), not in rpm.</source>
        <translation>%1 按流量（mL/min）设置，而不是转速（rpm）。</translation>
    </message>
    <message>
        <source>%1 mL/min cannot be written for the pump.</source>
        <translation>无法向泵写入 %1 mL/min。</translation>
    </message>
    <message>
        <source>the rate</source>
        <translation>流速设置</translation>
    </message>
    <message>
        <source>%1 mL is below what the pump can dispense.</source>
        <translation>%1 mL 低于泵可定量分液的最小量。</translation>
    </message>
    <message>
        <source>the volume unit</source>
        <translation>体积单位设置</translation>
    </message>
    <message>
        <source>The pump answered the dispensed-volume query with &quot;%1&quot;.</source>
        <translation>泵对已输送体积查询的应答为“%1”。</translation>
    </message>
    <message>
        <source>The syringe diameter could not be set: %1</source>
        <translation>无法设定注射器内径：%1</translation>
    </message>
    <message>
        <source>the syringe diameter query</source>
        <translation>注射器内径查询</translation>
    </message>
    <message>
        <source>The pump answered the syringe diameter query with &quot;%1&quot;.</source>
        <translation>泵对注射器内径查询的应答为“%1”。</translation>
    </message>
    <message>
        <source>the syringe diameter</source>
        <translation>注射器内径设置</translation>
    </message>
    <message>
        <source>The pump holds %1 mm after %2 mm was written.</source>
        <translation>写入 %2 mm 后，泵中保存的是 %1 mm。</translation>
    </message>
</context>
<context>
    <name>OfflineQueue</name>
    <message>
        <source>The telemetry queue: %1: %2</source>
        <translation>遥测队列：%1：%2</translation>
    </message>
</context>
<context>
    <name>OperatingMode</name>
    <message>
        <source>rpm mode</source>
        <translation>转速模式</translation>
    </message>
    <message>
        <source>flow mode</source>
        <translation>流量模式</translation>
    </message>
    <message>
        <source>volume mode</source>
        <translation>定量模式</translation>
    </message>
    <message>
        <source>time mode</source>
        <translation>定时模式</translation>
    </message>
</context>
<context>
    <name>OrderPdfWriter</name>
    <message>
        <source>Request for quotation</source>
        <translation>询价单</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>编号：%1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>询价方</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>货号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>包装</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>on request</source>
        <translation>面议</translation>
    </message>
    <message>
        <source>Total (%1)</source>
        <translation>合计（%1）</translation>
    </message>
    <message>
        <source>Price on request</source>
        <translation>价格面议</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Please reply with a quotation including delivery time. Prices shown are the list or distributor prices known to the requester; items marked &quot;on request&quot; are to be quoted by the supplier.</source>
        <translation>请回复报价并注明交货期。所列价格为询价方已知的目录价或经销商价格；标注“面议”的产品请供应商报价。</translation>
    </message>
    <message>
        <source>Prepared with PumpStudio.</source>
        <translation>由 PumpStudio 生成。</translation>
    </message>
    <message>
        <source>Cannot replace %1</source>
        <translation>无法替换 %1</translation>
    </message>
    <message>
        <source>Request for quotation %1</source>
        <translation>询价单 %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>too large to compute</source>
        <translation>数值过大，无法计算</translation>
    </message>
</context>
<context>
    <name>OrderRequest</name>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message numerus="yes">
        <source>%n pcs</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) price on request</source>
        <translation>
            <numerusform>%n 项价格面议</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>nothing priced</source>
        <translation>无标价产品</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>货号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>包装</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>on request</source>
        <translation>面议</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Price on request</source>
        <translation>价格面议</translation>
    </message>
    <message>
        <source>Order request %1</source>
        <translation>订货申请 %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>price on request</source>
        <translation>价格面议</translation>
    </message>
    <message>
        <source>%1 x %2  %3 — %4</source>
        <translation>%1 × %2  %3 — %4</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>单位：%1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>联系人：%1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>电子邮件：%1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Supplier: %1 (%2)</source>
        <translation>供应商：%1（%2）</translation>
    </message>
    <message>
        <source>Order request %1 — %2</source>
        <translation>订货申请 %1 — %2</translation>
    </message>
    <message>
        <source>The total in %1 is too large to compute; lower the quantities or split the order.</source>
        <translation>以 %1 计的总额过大，无法计算；请减少数量或拆分订单。</translation>
    </message>
    <message>
        <source>%1 total too large to compute</source>
        <translation>%1 总额过大，无法计算</translation>
    </message>
    <message>
        <source>too large to compute</source>
        <translation>数值过大，无法计算</translation>
    </message>
</context>
<context>
    <name>PortHolder</name>
    <message>
        <source>process %1</source>
        <translation>进程 %1</translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1（进程 %2）</translation>
    </message>
</context>
<context>
    <name>PortScanner</name>
    <message>
        <source>Unknown pump model &quot;%1&quot;.</source>
        <translation>未知的泵型号“%1”。</translation>
    </message>
</context>
<context>
    <name>Precheck</name>
    <message>
        <source>Step %1 (%2)</source>
        <translation>步骤 %1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2 mL/min)</source>
        <translation>%1（%2 mL/min）</translation>
    </message>
    <message>
        <source>Head &quot;%1&quot; is not one of the %2&apos;s heads (%3).</source>
        <translation>泵头“%1”不是 %2 的泵头之一（%3）。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Tubing &quot;%1&quot; is not one of the tubing sizes for the %2&apos;s %3 (%4).</source>
        <translation>软管“%1”不是 %2 的 %3 可用的软管规格之一（%4）。</translation>
    </message>
    <message>
        <source>the calibration</source>
        <translation>校准值</translation>
    </message>
    <message>
        <source>No mL per revolution is known for %1: calibrate the pump.</source>
        <translation>%1 的每转毫升数未知：请校准泵。</translation>
    </message>
    <message>
        <source>Syringe &quot;%1&quot; is not one of the %2&apos;s syringes (%3).</source>
        <translation>注射器“%1”不是 %2 的注射器之一（%3）。</translation>
    </message>
    <message>
        <source>%1: the %2 is 0; the pump stays stopped while the ramp is below its minimum.</source>
        <translation>%1：%2 为 0；斜坡低于最小值期间泵保持停止。</translation>
    </message>
    <message>
        <source>%1: %2 %3 is above the %4&apos;s maximum of %5 mL/min.</source>
        <translation>%1：%2 %3 高于 %4 的最大值 %5 mL/min。</translation>
    </message>
    <message>
        <source>%1: %2 %3 is below the %4&apos;s minimum of %5 mL/min.</source>
        <translation>%1：%2 %3 低于 %4 的最小值 %5 mL/min。</translation>
    </message>
    <message>
        <source>%1: %2 %3 is above the %4&apos;s maximum of %5 mL/min with %6 (%7 rpm x %8 mL/rev).</source>
        <translation>%1：%2 %3 高于 %4 在使用 %6 时的最大值 %5 mL/min（%7 rpm × %8 mL/转）。</translation>
    </message>
    <message>
        <source>%1: %2 %3 is below the %4&apos;s minimum of %5 mL/min with %6 (%7 rpm x %8 mL/rev).</source>
        <translation>%1：%2 %3 低于 %4 在使用 %6 时的最小值 %5 mL/min（%7 rpm × %8 mL/转）。</translation>
    </message>
    <message>
        <source>%1: %2 %3 needs %4 rpm; the %5 sets speed in steps of %6 rpm, so it will run at %7 rpm = %8 mL/min (%9 %).</source>
        <translation>%1：%2 %3 需要 %4 rpm；%5 的转速设定步长为 %6 rpm，因此将以 %7 rpm = %8 mL/min 运行（%9 %）。</translation>
    </message>
    <message>
        <source>%1: runs in reverse, but the %2 cannot change direction over its interface.</source>
        <translation>%1：需要反向运行，但 %2 无法通过其接口改变方向。</translation>
    </message>
    <message>
        <source>start rate</source>
        <translation>起始流量</translation>
    </message>
    <message>
        <source>end rate</source>
        <translation>结束流量</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>流量</translation>
    </message>
    <message>
        <source>%1, pass %2</source>
        <translation>%1，第 %2 遍</translation>
    </message>
    <message>
        <source>%1: by the end of this step the syringe must have moved %2 mL in one stroke, more than the %3 holds (%4 mL).</source>
        <translation>%1：到此步骤结束时注射器需单程移动 %2 mL，超过 %3 的容量（%4 mL）。</translation>
    </message>
    <message>
        <source>The profile was written for &quot;%1&quot;; it is checked against the %2 with that model&apos;s own head, tubing or syringe.</source>
        <translation>该程序是为“%1”编写的；现按 %2 及该型号自身的泵头、软管或注射器进行检查。</translation>
    </message>
    <message>
        <source>The %1 is a pressure sensor; a profile needs a pump.</source>
        <translation>%1 是压力传感器；程序需要一台泵。</translation>
    </message>
    <message>
        <source>The profile has no steps.</source>
        <translation>该程序没有步骤。</translation>
    </message>
    <message>
        <source>The profile is not valid: %1: %2</source>
        <translation>程序无效：%1：%2</translation>
    </message>
    <message>
        <source>Unknown pump model &quot;%1&quot;.</source>
        <translation>未知的泵型号“%1”。</translation>
    </message>
    <message>
        <source>The profile runs for %1, more than %2: check the repeat counts.</source>
        <translation>该程序运行 %1，超过 %2：请检查重复次数。</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>rate %1 mL/min becomes %2 mL/min</source>
        <translation>流量 %1 mL/min 变为 %2 mL/min</translation>
    </message>
    <message>
        <source>time %1 s becomes %2 s</source>
        <translation>时间 %1 s 变为 %2 s</translation>
    </message>
    <message>
        <source>volume %1 mL becomes %2 mL</source>
        <translation>体积 %1 mL 变为 %2 mL</translation>
    </message>
    <message>
        <source>volume %1 mL becomes %2 revolutions = %3 mL</source>
        <translation>体积 %1 mL 变为 %2 转 = %3 mL</translation>
    </message>
    <message>
        <source>%1: the %2 meters this step in its own %3 mode and rounds: %4.</source>
        <translation>%1：%2 以其自身的%3模式计量此步骤，并会取整：%4。</translation>
    </message>
    <message>
        <source>time</source>
        <translation>定时</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>定量</translation>
    </message>
    <message>
        <source>The profile runs for %1, more than the %2 a run may last.</source>
        <translation>该程序运行时长为 %1，超过单次运行允许的最长时间 %2。</translation>
    </message>
    <message>
        <source>The profile moves %1 mL, more than the %2 mL a run may move.</source>
        <translation>该程序输送 %1 mL，超过单次运行允许的最大体积 %2 mL。</translation>
    </message>
    <message>
        <source>note</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>PriceList</name>
    <message>
        <source>a quoted field is not closed</source>
        <translation>引号字段未闭合</translation>
    </message>
    <message>
        <source>header must name the columns sku, price, currency, stock (and optionally discount)</source>
        <translation>表头必须包含 sku、price、currency、stock 列（discount 列可选）</translation>
    </message>
    <message>
        <source>expected at least %1 columns, found %2</source>
        <translation>应至少有 %1 列，实际为 %2 列</translation>
    </message>
    <message>
        <source>SKU is empty</source>
        <translation>SKU 为空</translation>
    </message>
    <message>
        <source>unknown SKU &quot;%1&quot;</source>
        <translation>未知 SKU“%1”</translation>
    </message>
    <message>
        <source>SKU &quot;%1&quot; already priced on line %2</source>
        <translation>SKU“%1”已在第 %2 行定价</translation>
    </message>
    <message>
        <source>currency &quot;%1&quot; is not a three-letter code such as CNY</source>
        <translation>货币“%1”不是三个字母的代码（例如 CNY）</translation>
    </message>
    <message>
        <source>discount &quot;%1&quot; is not a percentage from 0 to below 100</source>
        <translation>折扣“%1”不是 0 到 100（不含）之间的百分比</translation>
    </message>
    <message>
        <source>%1 is not a price overlay file</source>
        <translation>%1 不是价格覆盖文件</translation>
    </message>
    <message>
        <source>price &quot;%1&quot; %2</source>
        <translation>价格“%1”%2</translation>
    </message>
    <message>
        <source>stock &quot;%1&quot; is not a whole number from 0 to %2</source>
        <translation>库存“%1”不是 0 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>未知字段</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>repeats &quot;%1&quot;</source>
        <translation>“%1”重复</translation>
    </message>
    <message>
        <source>must be a string of minor units from 0 to %1</source>
        <translation>必须是以最小货币单位表示的字符串，范围为 0 到 %1</translation>
    </message>
    <message>
        <source>must be a three-letter currency code such as CNY</source>
        <translation>必须是三个字母的货币代码，例如 CNY</translation>
    </message>
    <message>
        <source>given without a price (&quot;minor&quot;)</source>
        <translation>缺少价格（&quot;minor&quot;）</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to %1</source>
        <translation>必须是 0 到 %1 之间的整数</translation>
    </message>
    <message>
        <source>must be a percentage from 0 to below 100</source>
        <translation>必须是 0 到 100（不含）之间的百分比</translation>
    </message>
    <message>
        <source>price on request</source>
        <translation>价格面议</translation>
    </message>
    <message>
        <source>stock %1</source>
        <translation>库存 %1</translation>
    </message>
    <message>
        <source>%1 % off</source>
        <translation>折扣 %1%</translation>
    </message>
</context>
<context>
    <name>ProfileApproval</name>
    <message>
        <source>edited by %1 on %2</source>
        <translation>由 %1 于 %2 编辑</translation>
    </message>
</context>
<context>
    <name>ProfileRunner</name>
    <message>
        <source>The profile cannot run: %1: %2</source>
        <translation>程序无法运行：%1：%2</translation>
    </message>
    <message>
        <source>The profile has no steps to run.</source>
        <translation>程序没有可运行的步骤。</translation>
    </message>
    <message>
        <source>Profile completed.</source>
        <translation>程序已完成。</translation>
    </message>
    <message>
        <source>watching the pump</source>
        <translation>监视泵</translation>
    </message>
    <message>
        <source>The pump stopped by itself. The run is paused.</source>
        <translation>泵自行停止。运行已暂停。</translation>
    </message>
    <message>
        <source>The pump stopped: %1. The run is paused.</source>
        <translation>泵已停止：%1。运行已暂停。</translation>
    </message>
    <message>
        <source>setting the direction</source>
        <translation>设置方向</translation>
    </message>
    <message>
        <source>setting the flow</source>
        <translation>设置流量</translation>
    </message>
    <message>
        <source>starting the pump</source>
        <translation>启动泵</translation>
    </message>
    <message>
        <source>starting the pump&apos;s own run</source>
        <translation>启动泵自身的运行模式</translation>
    </message>
    <message>
        <source>reading the pump&apos;s volume</source>
        <translation>读取泵的累计体积</translation>
    </message>
    <message>
        <source>waiting for the pump to finish</source>
        <translation>等待泵完成</translation>
    </message>
    <message>
        <source>The pump was still running %1 s after its own run should have ended; it was told to stop.</source>
        <translation>泵在其自身运行应结束后 %1 s 仍在运行；已命令其停止。</translation>
    </message>
    <message>
        <source>stopping the pump</source>
        <translation>停止泵</translation>
    </message>
    <message>
        <source>Link lost while %1 (%2). The run is paused: resume the step, skip it or abort once the pump is back.</source>
        <translation>在%1时链路中断（%2）。运行已暂停：泵恢复后可继续此步骤、跳过或中止。</translation>
    </message>
    <message>
        <source>The run stopped while %1: %2</source>
        <translation>运行在%1时停止：%2</translation>
    </message>
    <message>
        <source>Link lost (%1). The run is paused: resume the step, skip it or abort once the pump is back.</source>
        <translation>链路中断（%1）。运行已暂停：泵恢复连接后，可继续本步骤、跳过本步骤或中止运行。</translation>
    </message>
    <message>
        <source>The pump is back. It kept running while the link was lost and has been stopped.</source>
        <translation>泵已恢复连接。链路中断期间它仍在运行，现已停止。</translation>
    </message>
    <message>
        <source>The pump is back and stopped.</source>
        <translation>泵已恢复连接，处于停止状态。</translation>
    </message>
    <message>
        <source>The run is paused in step %1 (%2): resume the step, skip it or abort.</source>
        <translation>运行暂停在步骤 %1（%2）：可继续此步骤、跳过或中止。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Two sentences one after the other (Chinese joins them without a space).</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Paused by the operator.</source>
        <translation>已由操作员暂停。</translation>
    </message>
    <message>
        <source>Aborted; the pump is stopped.</source>
        <translation>已中止；泵已停止。</translation>
    </message>
    <message>
        <source>Aborted; the pump did not confirm the stop: %1</source>
        <translation>已中止；泵未确认停止：%1</translation>
    </message>
    <message>
        <source>Aborted: %1 The pump is stopped.</source>
        <extracomment>%1 says why the run was aborted.</extracomment>
        <translation>已中止：%1 泵已停止。</translation>
    </message>
    <message>
        <source>Aborted: %1 The pump did not confirm the stop: %2</source>
        <translation>已中止：%1 泵未确认停止：%2</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>must be one of %1, not &quot;%2&quot;</source>
        <translation>必须是 %1 之一，而不是“%2”</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <source>must not be negative, not %1</source>
        <translation>不能为负数，当前为 %1</translation>
    </message>
    <message>
        <source>must be more than 0, not %1</source>
        <translation>必须大于 0，当前为 %1</translation>
    </message>
    <message>
        <source>a ramp from 0 to 0 moves nothing: use a pause</source>
        <translation>从 0 到 0 的斜坡不输送任何液体：请改用暂停</translation>
    </message>
    <message>
        <source>must say what the operator should do</source>
        <translation>必须说明操作员应做什么</translation>
    </message>
    <message>
        <source>repeats are nested more than %1 deep</source>
        <translation>重复嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>must be from 1 to %1, not %2</source>
        <translation>必须在 1 到 %1 之间，当前为 %2</translation>
    </message>
    <message>
        <source>a repeat needs at least one step</source>
        <translation>重复至少需要一个步骤</translation>
    </message>
    <message>
        <source>constant flow</source>
        <translation>恒定流量</translation>
    </message>
    <message>
        <source>dispense</source>
        <translation>定量分液</translation>
    </message>
    <message>
        <source>ramp</source>
        <translation>斜坡</translation>
    </message>
    <message>
        <source>pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>wait for operator</source>
        <translation>等待操作员</translation>
    </message>
    <message>
        <source>repeat</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must be more than 0 mL/rev, not %1</source>
        <translation>必须大于 0 mL/转，当前为 %1</translation>
    </message>
    <message>
        <source>the repeats expand to more than %1 steps</source>
        <translation>重复展开后超过 %1 个步骤</translation>
    </message>
    <message>
        <source>unbounded</source>
        <translation>无上限</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>未知字段</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>必须是文本</translation>
    </message>
    <message>
        <source>must be an object with a value and a unit, such as {&quot;value&quot;: 5, &quot;unit&quot;: &quot;%1&quot;}</source>
        <translation>必须是包含数值和单位的对象，例如 {&quot;value&quot;: 5, &quot;unit&quot;: &quot;%1&quot;}</translation>
    </message>
    <message>
        <source>must be a list of steps</source>
        <translation>必须是步骤列表</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a step this version knows (%2)</source>
        <translation>“%1”不是此版本认识的步骤（%2）</translation>
    </message>
    <message>
        <source>not text</source>
        <translation>不是文本</translation>
    </message>
    <message>
        <source>must be &quot;forward&quot; or &quot;reverse&quot;</source>
        <translation>必须是 &quot;forward&quot; 或 &quot;reverse&quot;</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;: this is not a PumpStudio profile</source>
        <translation>必须是“%1”：这不是 PumpStudio 程序文件</translation>
    </message>
    <message>
        <source>must be a whole number from 1</source>
        <translation>必须是从 1 开始的整数</translation>
    </message>
    <message>
        <source>%1 was saved by a newer PumpStudio (profile format version %2; this version reads up to %3). Update PumpStudio to open it.</source>
        <translation>%1 由较新版本的 PumpStudio 保存（程序格式版本 %2；本版本最高可读 %3）。请更新 PumpStudio 后再打开。</translation>
    </message>
    <message>
        <source>must be a number of mL per revolution</source>
        <translation>必须是每转毫升数</translation>
    </message>
    <message>
        <source>%1:%2:%3: not valid JSON: %4</source>
        <translation>%1:%2:%3：不是有效的 JSON：%4</translation>
    </message>
    <message>
        <source>%1: not a JSON object: a profile file is one {...} object</source>
        <translation>%1：不是 JSON 对象：程序文件是一个 {...} 对象</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2; the file was left as it was.</source>
        <translation>无法写入 %1：%2；文件保持原样。</translation>
    </message>
    <message>
        <source>%1 is not a regular file: a profile is read from a file only.</source>
        <translation>%1 不是普通文件：程序只能从文件读取。</translation>
    </message>
    <message>
        <source>%1 is too large for a profile file: the limit is %2 (%3 bytes).</source>
        <translation>%1 过大，不能作为程序文件：上限为 %2（%3 字节）。</translation>
    </message>
    <message>
        <source>The profile was not saved: %1</source>
        <translation>程序未保存：%1</translation>
    </message>
    <message>
        <source>must be at most %1 characters, not %2</source>
        <translation>最多 %1 个字符，当前为 %2 个</translation>
    </message>
    <message>
        <source>a profile holds at most %1 steps, counting those inside repeats, not %2</source>
        <translation>一个程序最多包含 %1 个步骤（含重复块内的步骤），当前为 %2 个</translation>
    </message>
</context>
<context>
    <name>PtyEndpoint</name>
    <message>
        <source>%1 exists and is not a symbolic link; not replacing it.</source>
        <translation>%1 已存在且不是符号链接；不予替换。</translation>
    </message>
    <message>
        <source>Cannot open a pseudo-terminal: %1</source>
        <translation>无法打开伪终端：%1</translation>
    </message>
    <message>
        <source>Cannot create the link %1.</source>
        <translation>无法创建链接 %1。</translation>
    </message>
</context>
<context>
    <name>PumpConfig</name>
    <message>
        <source>%1 #%2 on %3</source>
        <translation>%1 #%2（%3）</translation>
    </message>
    <message>
        <source>A saved pump lacks its id, model or port.</source>
        <translation>已保存的泵缺少编号、型号或串口。</translation>
    </message>
    <message>
        <source>Saved pump %1 has bad serial settings.</source>
        <translation>已保存的泵 %1 串口设置有误。</translation>
    </message>
</context>
<context>
    <name>PumpCtl</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>The profile does not pass the pre-run check; nothing was sent.</source>
        <translation>程序未通过运行前检查；未发送任何指令。</translation>
    </message>
    <message>
        <source>No serial ports found.</source>
        <translation>未找到串口。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown model &quot;%1&quot;; &apos;pumpctl models&apos; lists them.</source>
        <translation>未知型号“%1”；可用“pumpctl models”列出所有型号。</translation>
    </message>
    <message>
        <source>%1 on %2 at %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <source>started</source>
        <translation>已启动</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>direction %1</source>
        <translation>方向：%1</translation>
    </message>
    <message>
        <source>speed set to %1 rpm</source>
        <translation>转速已设为 %1 rpm</translation>
    </message>
    <message>
        <source>flow set to %1 mL/min</source>
        <translation>流量已设为 %1 mL/min</translation>
    </message>
    <message>
        <source>dispensing %1 mL at %2 mL/min, about %3 s</source>
        <translation>正在以 %2 mL/min 定量分液 %1 mL，约 %3 s</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1, %2, speed %3 rpm, flow %4 mL/min, dispensed %5 mL</source>
        <translation>%1，%2，转速 %3 rpm，流量 %4 mL/min，已输送 %5 mL</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>, pressure %1 %2</source>
        <translation>，压力 %1 %2</translation>
    </message>
    <message>
        <source>[waiting for the pump the run started on; a: abort]</source>
        <translation>[等待开始运行时的那台泵；a：中止]</translation>
    </message>
    <message>
        <source>step %1/%2 (%3 %4)  %5 of %6  %7 of %8 mL</source>
        <translation>步骤 %1/%2（%3 %4）  %5 / %6  %7 / %8 mL</translation>
    </message>
    <message>
        <source>[Enter: resume, s: skip the step, a: abort]</source>
        <translation>[回车：继续，s：跳过此步骤，a：中止]</translation>
    </message>
    <message>
        <source>[waiting for the same pump to answer; a: abort]</source>
        <translation>[等待同一台泵应答；a：中止]</translation>
    </message>
    <message>
        <source>Operator: %1  [Enter: continue, a: abort]</source>
        <translation>操作员：%1  [回车：继续，a：中止]</translation>
    </message>
    <message>
        <source>No operator to answer (standard input is closed): aborting the profile with the pump stopped.</source>
        <translation>无操作员应答（标准输入已关闭）：中止程序，泵已停止。</translation>
    </message>
    <message>
        <source>Standard input closed while the run waited for the operator.</source>
        <translation>运行等待操作员时标准输入已关闭。</translation>
    </message>
    <message>
        <source>Interrupted: aborting the profile and stopping the pump.</source>
        <translation>已中断：正在中止程序并停止泵。</translation>
    </message>
    <message>
        <source>Interrupted: stopping the pump.</source>
        <translation>已中断：正在停泵。</translation>
    </message>
    <message>
        <source>Could not stop the pump: %1</source>
        <translation>无法停泵：%1</translation>
    </message>
    <message>
        <source>[waiting for the pump the monitor started on]</source>
        <translation>[等待开始监测时的那台泵]</translation>
    </message>
    <message>
        <source>The pump is back; monitoring goes on.</source>
        <translation>泵已恢复连接；继续监测。</translation>
    </message>
    <message>
        <source>Link lost (%1); waiting for the same pump to come back.</source>
        <translation>链路中断（%1）；正在等待同一台泵恢复连接。</translation>
    </message>
    <message>
        <source>No operator to answer (standard input is closed): the profile is aborted as soon as the pump answers again, with the pump stopped (waiting at most %1 s).</source>
        <translation>无操作员应答（标准输入已关闭）：泵一旦重新应答即中止程序并停泵（最多等待 %1 s）。</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>已中断。</translation>
    </message>
    <message>
        <source>--mqtt-ca goes with an mqtts:// broker.</source>
        <translation>--mqtt-ca 只能与 mqtts:// 代理服务器一起使用。</translation>
    </message>
    <message>
        <source>MQTT: connected to %1, publishing under %2</source>
        <translation>MQTT：已连接到 %1，发布主题前缀为 %2</translation>
    </message>
    <message>
        <source>MQTT: %1 is away (%2); alarms and events are kept until it is back</source>
        <translation>MQTT：%1 不可用（%2）；报警和事件将保留，待其恢复后发送</translation>
    </message>
    <message numerus="yes">
        <source>The pump did not confirm the stop within %n second(s); check that it stopped.</source>
        <translation>
            <numerusform>泵未在 %n 秒内确认已停泵；请检查泵是否已停止。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping the pump a remote command started.</source>
        <translation>正在停止由远程命令启动的泵。</translation>
    </message>
    <message>
        <source>Remote commands need the audit trail, which cannot be written (%1).</source>
        <translation>远程命令需要审计追踪，但无法写入审计追踪（%1）。</translation>
    </message>
    <message>
        <source>Remote commands need the accounts, which cannot be read (%1).</source>
        <translation>远程命令需要账户信息，但无法读取账户（%1）。</translation>
    </message>
    <message>
        <source>MQTT: remote commands are taken on %1/device/+/cmd</source>
        <translation>MQTT：在 %1/device/+/cmd 上接受远程命令</translation>
    </message>
    <message>
        <source>The pump on %1</source>
        <translation>%1 上的泵</translation>
    </message>
</context>
<context>
    <name>PumpDriver</name>
    <message>
        <source>The %1 at address %2 has not identified itself again since the link was lost; nothing was sent.</source>
        <translation>地址 %2 上的 %1 在链路中断后尚未重新识别；未发送任何命令。</translation>
    </message>
    <message>
        <source>The %1 is a sensor, not a pump.</source>
        <translation>%1 是传感器，不是泵。</translation>
    </message>
    <message>
        <source>The %1 cannot change direction.</source>
        <translation>%1 不能改变方向。</translation>
    </message>
    <message>
        <source>The %1 is set in flow (mL/min), not in rpm.</source>
        <translation>%1 按流量（mL/min）设置，而不是转速（rpm）。</translation>
    </message>
    <message>
        <source>No mL per revolution is known for this pump: choose its head and tubing or calibrate it.</source>
        <translation>此泵的每转流量（mL/转）未知：请选择泵头和软管，或先进行校准。</translation>
    </message>
    <message>
        <source>A dispense volume must be above 0 mL.</source>
        <translation>分液体积必须大于 0 mL。</translation>
    </message>
    <message>
        <source>The %1 has no native dispense; run it as a timed profile step instead.</source>
        <translation>%1 不支持泵内定量分液；请改用程序中的定时步骤。</translation>
    </message>
    <message>
        <source>A timed run must last more than 0 s.</source>
        <translation>定时运行的时长必须大于 0 s。</translation>
    </message>
    <message>
        <source>The %1 has no timed mode here; run it as a timed profile step instead.</source>
        <translation>%1 在此不支持定时模式；请改用由程序计时的步骤。</translation>
    </message>
    <message>
        <source>The %1 does not measure pressure.</source>
        <translation>%1 不测量压力。</translation>
    </message>
    <message>
        <source>a value that is not a number</source>
        <translation>非数字的值</translation>
    </message>
    <message>
        <source>a set speed of %1 rpm, outside the model&apos;s 0-%2 rpm</source>
        <translation>设定转速 %1 rpm，超出该型号的 0-%2 rpm</translation>
    </message>
    <message>
        <source>an actual speed of %1 rpm, outside the model&apos;s 0-%2 rpm</source>
        <translation>实际转速 %1 rpm，超出该型号的 0-%2 rpm</translation>
    </message>
    <message>
        <source>a negative flow</source>
        <translation>负流量</translation>
    </message>
    <message>
        <source>a negative dispensed volume</source>
        <translation>负的已输送体积</translation>
    </message>
    <message>
        <source>The %1 at address %2 reported %3; the reading was not used.</source>
        <translation>地址 %2 上的 %1 报告了%3；该读数未被采用。</translation>
    </message>
    <message>
        <source>Two readings of the %1 at address %2 disagree; its protocol has no checksum, so neither was used (a noisy line?).</source>
        <translation>地址 %2 上的 %1 两次读数不一致；其协议没有校验和，因此两个读数均未采用（线路是否有干扰？）。</translation>
    </message>
    <message>
        <source>A calibration must be above 0 mL/rev.</source>
        <translation>校准值必须大于 0 mL/rev。</translation>
    </message>
    <message>
        <source>The %1 keeps no calibration of its own: PumpStudio applies the figure itself.</source>
        <translation>%1 自身不保存校准值：由 PumpStudio 应用该值。</translation>
    </message>
    <message>
        <source>The %1 keeps no calibration of its own.</source>
        <translation>%1 自身不保存校准值。</translation>
    </message>
    <message>
        <source>A syringe&apos;s inner diameter must be above 0 mm.</source>
        <translation>注射器内径必须大于 0 mm。</translation>
    </message>
    <message>
        <source>The %1 has no syringe diameter setting.</source>
        <translation>%1 没有注射器内径设置。</translation>
    </message>
</context>
<context>
    <name>PumpIdentity</name>
    <message>
        <source>firmware %1</source>
        <translation>固件 %1</translation>
    </message>
    <message>
        <source>serial %1</source>
        <translation>序列号 %1</translation>
    </message>
    <message>
        <source>address %1</source>
        <translation>地址 %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>PumpSession</name>
    <message>
        <source>%1 has not been identified on its link yet; nothing was sent.</source>
        <translation>%1 尚未在其链路上完成识别；未发送任何命令。</translation>
    </message>
    <message>
        <source>Unknown pump model &quot;%1&quot;.</source>
        <translation>未知的泵型号“%1”。</translation>
    </message>
    <message>
        <source>The pump was disconnected; nothing was sent.</source>
        <translation>泵已断开连接；未发送任何命令。</translation>
    </message>
    <message>
        <source>The pump was disconnected.</source>
        <translation>泵已断开连接。</translation>
    </message>
    <message>
        <source>%1 did not identify itself: %2</source>
        <translation>%1 未能返回身份信息：%2</translation>
    </message>
    <message>
        <source>A different pump answered on %1: expected %2, found %3. Nothing is sent to it.</source>
        <translation>%1 上应答的是另一台泵：应为 %2，实为 %3。不会向其发送任何命令。</translation>
    </message>
    <message>
        <source>%1 could not be prepared for control: %2</source>
        <translation>%1 无法进入受控状态：%2</translation>
    </message>
    <message>
        <source>%1 kept running while the link was lost and could not be stopped: %2</source>
        <translation>链路中断期间 %1 仍在运行，且无法停止：%2</translation>
    </message>
    <message>
        <source>%1 kept running while the link was lost; it has been stopped.</source>
        <translation>链路中断期间 %1 仍在运行，现已将其停止。</translation>
    </message>
    <message>
        <source>Link lost: %1.</source>
        <translation>链路中断：%1。</translation>
    </message>
    <message>
        <source>Link lost: %1. Waiting for the same pump to come back.</source>
        <translation>链路中断：%1。正在等待同一台泵重新连接。</translation>
    </message>
    <message>
        <source>The pump is not connected; nothing was sent.</source>
        <translation>泵未连接，未发送任何命令。</translation>
    </message>
    <message>
        <source>The pump is not connected; the profile did not start.</source>
        <translation>泵未连接；程序未启动。</translation>
    </message>
    <message>
        <source>A profile is already running on this pump.</source>
        <translation>此泵上已有程序在运行。</translation>
    </message>
    <message>
        <source>No job was made for %1.</source>
        <translation>未能为 %1 创建任务。</translation>
    </message>
    <message>
        <source>%1 could not be stopped (%2): %3</source>
        <translation>%1 无法停止（%2）：%3</translation>
    </message>
    <message>
        <source>The pump was stopped because it is being disconnected or the program is closing.</source>
        <translation>泵已停止：正在断开连接或软件正在关闭。</translation>
    </message>
    <message>
        <source>%1: the syringe diameter could not be set: %2</source>
        <translation>%1：无法设定注射器内径：%2</translation>
    </message>
</context>
<context>
    <name>PumpSimOptions</name>
    <message>
        <source>pumpsim: simulated pumps on a pseudo-terminal. Prints the terminal&apos;s path as the first line, then serves until interrupted.</source>
        <translation>pumpsim：在伪终端上运行的模拟泵。第一行输出终端路径，然后持续服务直到被中断。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <source>Show version and build information and exit.</source>
        <translation>显示版本和构建信息并退出。</translation>
    </message>
    <message>
        <source>Model id to simulate; repeat for several devices on one terminal.</source>
        <translation>要模拟的型号编号；可重复以在同一终端上模拟多台设备。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Bus address of the device (pairs with --model in order).</source>
        <translation>设备的总线地址（按顺序与 --model 对应）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Pump head id (pairs with --model in order).</source>
        <translation>泵头编号（按顺序与 --model 对应）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Tubing or syringe id (pairs with --model in order).</source>
        <translation>软管或注射器编号（按顺序与 --model 对应）。</translation>
    </message>
    <message>
        <source>Baud rate (default: the model&apos;s).</source>
        <translation>波特率（默认为型号的设置）。</translation>
    </message>
    <message>
        <source>Make this path a symbolic link to the terminal; it survives unplug and replug.</source>
        <translation>将此路径设为指向终端的符号链接；拔出再插入后依然有效。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Put pressure transmitters on a terminal of their own, linked here; its path is the second line on stdout.</source>
        <translation>将压力变送器放在单独的终端上，并链接到此路径；其路径输出在标准输出的第二行。</translation>
    </message>
    <message>
        <source>Run pump time this many times faster than the clock.</source>
        <translation>泵的时间按此倍数快于实际时钟运行。</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>Response latency before each reply, in milliseconds.</source>
        <translation>每次应答前的响应延迟，单位毫秒。</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>JSON file of timed fault events.</source>
        <translation>定时故障事件的 JSON 文件。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Seed for noise and wire faults (default 1).</source>
        <translation>噪声和线路故障的随机种子（默认 1）。</translation>
    </message>
    <message>
        <source>Log level: trace (shows traffic), debug, info, warning, error.</source>
        <translation>日志级别：trace（显示通信内容）、debug、info、warning、error。</translation>
    </message>
    <message>
        <source>level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>多余的参数：%1</translation>
    </message>
    <message>
        <source>Name at least one device with --model ID.</source>
        <translation>请至少用 --model ID 指定一台设备。</translation>
    </message>
    <message>
        <source>--%1 is given %2 times for %3 models; give it once or once per --model.</source>
        <translation>--%1 出现了 %2 次，但有 %3 个型号；请只给一次，或每个 --model 各给一次。</translation>
    </message>
    <message>
        <source>--model needs a model id.</source>
        <translation>--model 需要型号编号。</translation>
    </message>
    <message>
        <source>--address &quot;%1&quot; is not a number from 0 to %2.</source>
        <translation>--address“%1”不是 0 到 %2 之间的数字。</translation>
    </message>
    <message>
        <source>--baud &quot;%1&quot; is not a baud rate.</source>
        <translation>--baud“%1”不是有效的波特率。</translation>
    </message>
    <message>
        <source>--sensor-link must differ from --link.</source>
        <translation>--sensor-link 必须与 --link 不同。</translation>
    </message>
    <message>
        <source>--speedup &quot;%1&quot; must be a number above 0 and at most %2.</source>
        <translation>--speedup“%1”必须是大于 0 且不超过 %2 的数字。</translation>
    </message>
    <message>
        <source>--latency-ms &quot;%1&quot; must be 0 to %2.</source>
        <translation>--latency-ms“%1”必须在 0 到 %2 之间。</translation>
    </message>
    <message>
        <source>Give either --faults or --scenario, not both.</source>
        <translation>--faults 和 --scenario 只能二选一。</translation>
    </message>
    <message>
        <source>--seed &quot;%1&quot; is not a whole number.</source>
        <translation>--seed“%1”不是整数。</translation>
    </message>
    <message>
        <source>Unknown log level &quot;%1&quot;.</source>
        <translation>未知的日志级别“%1”。</translation>
    </message>
    <message>
        <source>Firmware codes the pump reports, e.g. &quot;0208 307&quot; (Reglo ICC; pairs with --model in order).</source>
        <translation>泵报告的固件代码，例如“0208 307”（仅 Reglo ICC；按顺序与 --model 对应）。</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>--firmware &quot;%1&quot; is not a firmware code (letters, digits, spaces and dots, at most 16).</source>
        <translation>--firmware “%1”不是有效的固件代码（字母、数字、空格和点，最多 16 个字符）。</translation>
    </message>
    <message>
        <source>Faults at times of pump time, e.g. &quot;drop=0.05,corrupt=0.02,slow=200ms,unplug@10s:3s,stall/2@20s&quot;; &quot;echo&quot; makes the line a loopback, &quot;silent&quot; a port with nothing attached.</source>
        <translation>按泵运行时间注入的故障，例如“drop=0.05,corrupt=0.02,slow=200ms,unplug@10s:3s,stall/2@20s”；“echo”使线路成为回环，“silent”模拟未连接任何设备的端口。</translation>
    </message>
    <message>
        <source>The data folder (user models); default: PumpStudio&apos;s, or $PUMPSTUDIO_DATA_DIR.</source>
        <translation>数据文件夹（自定义型号）；默认为 PumpStudio 的数据文件夹，或 $PUMPSTUDIO_DATA_DIR。</translation>
    </message>
</context>
<context>
    <name>PumpStudio</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Could not start the PDF %1.</source>
        <translation>无法开始写入 PDF %1。</translation>
    </message>
    <message>
        <source>PumpStudio audit trail</source>
        <translation>PumpStudio 审计追踪</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计追踪</translation>
    </message>
    <message numerus="yes">
        <source>Printed %1 · %n entries · filter: %2</source>
        <translation>
            <numerusform>打印时间 %1 · %n 条记录 · 筛选条件：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Hash chain verified: %1 entries intact; last entry %2, hash %3</source>
        <translation>哈希链已验证：%1 条记录完整；最后一条记录 %2，哈希值 %3</translation>
    </message>
    <message>
        <source>Hash chain BROKEN at entry %1: %2</source>
        <translation>哈希链在第 %1 条记录处已被破坏：%2</translation>
    </message>
    <message>
        <source>  OS user %1</source>
        <translation>  操作系统用户 %1</translation>
    </message>
    <message>
        <source>  Reason: %1</source>
        <translation>  原因：%1</translation>
    </message>
    <message>
        <source>Reason for Change</source>
        <translation>更改原因</translation>
    </message>
    <message>
        <source>%1 needs a reason, which is kept in the audit trail with the change:</source>
        <translation>%1需要填写原因，该原因将与更改一起保存在审计追踪中：</translation>
    </message>
    <message>
        <source>Who Runs This?</source>
        <translation>由谁运行？</translation>
    </message>
    <message>
        <source>A run is being recorded. Pick or type the operator&apos;s name (the OS user %1 is recorded as well):</source>
        <translation>正在记录运行。请选择或输入操作员姓名（操作系统用户 %1 也会被记录）：</translation>
    </message>
</context>
<context>
    <name>PumpStudio::AboutDialog</name>
    <message>
        <source>About PumpStudio</source>
        <translation>关于 PumpStudio</translation>
    </message>
    <message>
        <source>&lt;p&gt;Configure and monitor laboratory pumps: dosing profiles, live flow and pressure, run records, calibration and the accessory catalog.&lt;/p&gt;&lt;p&gt;Accessories from Changzhou Yuanwang Fluid Technology Co., Ltd., &lt;a href=&quot;https://www.ywfluid.com&quot;&gt;www.ywfluid.com&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;配置和监控实验室泵：加液程序、实时流量与压力、运行记录、校准以及配件目录。&lt;/p&gt;&lt;p&gt;配件来自常州远望流体科技有限公司，&lt;a href=&quot;https://www.ywfluid.com&quot;&gt;www.ywfluid.com&lt;/a&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Copy Build Info</source>
        <translation>复制构建信息</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>版本：%1</translation>
    </message>
    <message>
        <source>Revision: %1</source>
        <translation>修订：%1</translation>
    </message>
    <message>
        <source>Build type: %1</source>
        <translation>构建类型：%1</translation>
    </message>
    <message>
        <source>Compiler: %1</source>
        <translation>编译器：%1</translation>
    </message>
    <message>
        <source>Qt: built with %1, running %2</source>
        <translation>Qt：构建于 %1，运行于 %2</translation>
    </message>
    <message>
        <source>System: %1 (%2)</source>
        <translation>系统：%1（%2）</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>数据文件夹：%1</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>日志文件：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>PumpStudio::AccountsDialog</name>
    <message>
        <source>Accounts and Policies</source>
        <translation>账户与策略</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>已设密码</translation>
    </message>
    <message>
        <source>New Account…</source>
        <translation>新建账户…</translation>
    </message>
    <message>
        <source>Change Role…</source>
        <translation>更改角色…</translation>
    </message>
    <message>
        <source>Disable / Enable</source>
        <translation>禁用 / 启用</translation>
    </message>
    <message>
        <source>Reset Password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Open: no log-in, the operator is picked at the start of a run</source>
        <translation>开放：无需登录，在运行开始时选择操作员</translation>
    </message>
    <message>
        <source>Controlled: log-in required, roles and policies enforced</source>
        <translation>受控：需要登录，强制执行角色和策略</translation>
    </message>
    <message>
        <source>Passwords need letters and digits</source>
        <translation>密码须同时包含字母和数字</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Only approved profiles run (controlled mode)</source>
        <translation>仅允许运行已批准的程序（受控模式）</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <source>Minimum password length:</source>
        <translation>密码最短长度：</translation>
    </message>
    <message>
        <source>Lock after failed log-ins:</source>
        <translation>登录失败锁定次数：</translation>
    </message>
    <message>
        <source>Locked for:</source>
        <translation>锁定时长：</translation>
    </message>
    <message>
        <source>Log off after inactivity:</source>
        <translation>无操作自动注销时间：</translation>
    </message>
    <message>
        <source>A reason is required for:</source>
        <translation>以下操作需要填写原因：</translation>
    </message>
    <message>
        <source>Apply Policy</source>
        <translation>应用策略</translation>
    </message>
    <message>
        <source>Mode and policies</source>
        <translation>模式与策略</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>New Account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <source>User id (unique, never reused):</source>
        <translation>用户 ID（唯一，永不重复使用）：</translation>
    </message>
    <message>
        <source>Full name (printed with signatures):</source>
        <translation>全名（随签名打印）：</translation>
    </message>
    <message>
        <source>First password:</source>
        <translation>初始密码：</translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>Profiles do not start on a pump whose calibration is overdue (controlled mode)</source>
        <translation>校准已过期的泵不能启动程序（受控模式）</translation>
    </message>
</context>
<context>
    <name>PumpStudio::AddPumpDialog</name>
    <message>
        <source>Add Pump</source>
        <translation>添加泵</translation>
    </message>
    <message>
        <source>Optional label, e.g. Buffer A</source>
        <translation>可选名称，例如“缓冲液 A”</translation>
    </message>
    <message>
        <source>A serial port path; you can type one, e.g. /dev/ttyUSB0</source>
        <translation>串口路径，也可直接输入，例如 /dev/ttyUSB0</translation>
    </message>
    <message>
        <source>%1 (%2 mL/rev)</source>
        <translation>%1（%2 mL/转）</translation>
    </message>
    <message>
        <source>Choose or type the serial port the pump is on.</source>
        <translation>请选择或输入泵所连接的串口。</translation>
    </message>
    <message>
        <source>Choose the pump model…</source>
        <translation>请选择泵型号…</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Ask the pump for its identity at these settings, without adding it</source>
        <translation>按这些设置询问泵的身份信息，但不添加该泵</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>型号(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>串口(&amp;P)：</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>地址(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Baud rate:</source>
        <translation>波特率(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Framing:</source>
        <translation>帧格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Head or syringe:</source>
        <translation>泵头或注射器(&amp;H)：</translation>
    </message>
    <message>
        <source>T&amp;ubing:</source>
        <translation>软管(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Asking the %1 at address %2 on %3 (%4)…</source>
        <translation>正在询问 %3 上地址为 %2 的 %1（%4）…</translation>
    </message>
    <message>
        <source>The pump answered: %1.</source>
        <translation>泵已应答：%1。</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>无应答：%1</translation>
    </message>
    <message>
        <source>Choose the pump model.</source>
        <translation>请选择泵型号。</translation>
    </message>
    <message>
        <source>There is no serial port %1 on this computer now. Plug the adapter in and choose its port from the list.</source>
        <translation>本机当前没有串口 %1。请插好转换器，然后从列表中选择其串口。</translation>
    </message>
</context>
<context>
    <name>PumpStudio::AlarmModel</name>
    <message>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>已解除</translation>
    </message>
    <message>
        <source>, acknowledged</source>
        <translation>，已确认</translation>
    </message>
    <message>
        <source>, pumps stopped</source>
        <translation>，已停泵</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>报警</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>PumpStudio::ApprovalBar</name>
    <message>
        <source>Approve…</source>
        <translation>批准…</translation>
    </message>
    <message>
        <source>Sign this profile as approved (reviewer/QA); the password is asked again</source>
        <translation>将此程序签署为已批准（审核员/QA）；需要再次输入密码</translation>
    </message>
    <message>
        <source>New profile: save it before it can be approved.</source>
        <translation>新程序：保存后才能批准。</translation>
    </message>
    <message>
        <source>Unsaved changes: saving them withdraws any approval. %1</source>
        <translation>有未保存的更改：保存后将撤销所有批准。%1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; (%2)</source>
        <translation>程序“%1”（%2）</translation>
    </message>
</context>
<context>
    <name>PumpStudio::AuditPage</name>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Pump</source>
        <translation>泵</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Search actions, values, reasons…</source>
        <translation>搜索操作、值、原因…</translation>
    </message>
    <message>
        <source>Verify Chain</source>
        <translation>验证哈希链</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>What is shown, as PDF (to read) or CSV and JSON (for machines)</source>
        <translation>导出当前显示的内容：PDF（供阅读）或 CSV 和 JSON（供机器处理）</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Verified: %1 entries, the hash chain is intact. Last entry %2, hash %3.</source>
        <translation>已验证：%1 条记录，哈希链完整。最后一条记录 %2，哈希值 %3。</translation>
    </message>
    <message>
        <source>The audit trail is BROKEN at entry %1: %2</source>
        <translation>审计追踪在第 %1 条记录处已被破坏：%2</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>as shown on the Audit page</source>
        <translation>与审计页面所显示的一致</translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation>审计追踪</translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries exported to %1</source>
        <translation>
            <numerusform>已将 %n 条审计记录导出到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries written to %1</source>
        <translation>
            <numerusform>已将 %n 条记录写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the Audit Trail</source>
        <translation>导出审计追踪</translation>
    </message>
    <message>
        <source>PDF for reading (*.pdf);;CSV (*.csv);;JSON (*.json)</source>
        <translation>供阅读的 PDF (*.pdf);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>PumpStudio::AuditTableModel</name>
    <message>
        <source>%1
Entry %2, hash %3</source>
        <translation>%1
第 %2 条记录，哈希值 %3</translation>
    </message>
    <message>
        <source>[OS user %1]</source>
        <translation>[操作系统用户 %1]</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time (local, with UTC offset)</source>
        <translation>时间（本地时间，含 UTC 偏移）</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>PumpStudio::Calibration::CalibrationRunner</name>
    <message>
        <source>Aborted by the operator.</source>
        <translation>操作员已中止。</translation>
    </message>
</context>
<context>
    <name>PumpStudio::CalibrationPage</name>
    <message>
        <source>Calibrate</source>
        <translation>校准</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>The Calibration page closed.</source>
        <translation>校准页面已关闭。</translation>
    </message>
    <message>
        <source>Pump</source>
        <translation>泵</translation>
    </message>
    <message>
        <source>Pump:</source>
        <translation>泵：</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>通道：</translation>
    </message>
    <message>
        <source>Head:</source>
        <translation>泵头：</translation>
    </message>
    <message>
        <source>Tubing:</source>
        <translation>软管：</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>天平</translation>
    </message>
    <message>
        <source>None: enter masses by hand</source>
        <translation>无：手动输入质量</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>型号：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>串口：</translation>
    </message>
    <message>
        <source>Liquid</source>
        <translation>液体</translation>
    </message>
    <message>
        <source>Water (density from its temperature)</source>
        <translation>水（按温度计算密度）</translation>
    </message>
    <message>
        <source>Another liquid (density given)</source>
        <translation>其他液体（输入密度）</translation>
    </message>
    <message>
        <source>Liquid:</source>
        <translation>液体：</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>温度：</translation>
    </message>
    <message>
        <source>Density:</source>
        <translation>密度：</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>The speeds calibrated, rpm, separated by commas</source>
        <translation>要校准的转速（rpm），以逗号或分号分隔</translation>
    </message>
    <message>
        <source>Seconds per replicate</source>
        <translation>每次重复的秒数</translation>
    </message>
    <message>
        <source>Revolutions per replicate</source>
        <translation>每次重复的转数</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Verify with the new figure (as left)</source>
        <translation>用新系数验证（校准后）</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>校准点数：</translation>
    </message>
    <message>
        <source>Speeds (rpm):</source>
        <translation>转速（rpm）：</translation>
    </message>
    <message>
        <source>Replicates:</source>
        <translation>重复次数：</translation>
    </message>
    <message>
        <source>Evaporation:</source>
        <translation>蒸发：</translation>
    </message>
    <message>
        <source>Blank length:</source>
        <translation>空白试验时长：</translation>
    </message>
    <message>
        <source>Tolerance:</source>
        <translation>允差：</translation>
    </message>
    <message>
        <source>Start calibration</source>
        <translation>开始校准</translation>
    </message>
    <message>
        <source> rev</source>
        <translation> 转</translation>
    </message>
    <message>
        <source>Mass by hand</source>
        <translation>手动输入质量</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Speed (rpm)</source>
        <translation>转速（rpm）</translation>
    </message>
    <message>
        <source>Replicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Revolutions</source>
        <translation>转数</translation>
    </message>
    <message>
        <source>Mass (g)</source>
        <translation>质量（g）</translation>
    </message>
    <message>
        <source>Volume (mL)</source>
        <translation>体积（mL）</translation>
    </message>
    <message>
        <source>mL/rev</source>
        <translation>mL/rev</translation>
    </message>
    <message>
        <source>Back to the setup</source>
        <translation>返回设置</translation>
    </message>
    <message>
        <source>Abort (stops the pump)</source>
        <translation>中止（停泵）</translation>
    </message>
    <message>
        <source>Mean mL/rev</source>
        <translation>平均 mL/rev</translation>
    </message>
    <message>
        <source>CV %</source>
        <translation>CV %</translation>
    </message>
    <message>
        <source>As found mL/rev</source>
        <translation>校准前 mL/rev</translation>
    </message>
    <message>
        <source>As-found error %</source>
        <translation>校准前误差 %</translation>
    </message>
    <message>
        <source>As found</source>
        <translation>校准前</translation>
    </message>
    <message>
        <source>As left</source>
        <translation>校准后</translation>
    </message>
    <message>
        <source>New calibration</source>
        <translation>新的校准</translation>
    </message>
    <message>
        <source>Apply (store and sign)</source>
        <translation>应用（保存并签名）</translation>
    </message>
    <message>
        <source>Sign as checked…</source>
        <translation>签名确认已复核…</translation>
    </message>
    <message>
        <source>Save certificate (PDF)…</source>
        <translation>保存证书（PDF）…</translation>
    </message>
    <message>
        <source>Save raw readings (CSV)…</source>
        <translation>保存原始读数（CSV）…</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Head / tubing</source>
        <translation>泵头 / 软管</translation>
    </message>
    <message>
        <source>Calibrated</source>
        <translation>校准时间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>New tubing fitted</source>
        <translation>已换新软管</translation>
    </message>
    <message>
        <source>The selected calibration&apos;s pump, head and tubing got new tubing: its calibration no longer applies</source>
        <translation>所选校准对应的泵、泵头和软管已换上新软管：该校准不再适用</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1（未连接）</translation>
    </message>
    <message>
        <source>Add a pump on the Devices page first.</source>
        <translation>请先在“设备”页面添加泵。</translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation>%1 未连接。</translation>
    </message>
    <message>
        <source>%1 is busy with a profile or another calibration.</source>
        <translation>%1 正在运行程序或另一项校准。</translation>
    </message>
    <message>
        <source>Choose the balance&apos;s port, or enter masses by hand.</source>
        <translation>请选择天平的串口，或改为手动输入质量。</translation>
    </message>
    <message>
        <source>Your role may not calibrate.</source>
        <translation>您的角色无权进行校准。</translation>
    </message>
    <message numerus="yes">
        <source>%n replicate(s), about %1 of pumping.</source>
        <translation>
            <numerusform>共 %n 次重复，约 %1 的泵送时间。</numerusform>
        </translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>时间（s）</translation>
    </message>
    <message>
        <source>Balance (g)</source>
        <translation>天平（g）</translation>
    </message>
    <message>
        <source>Masses entered by hand</source>
        <translation>手动输入质量</translation>
    </message>
    <message>
        <source>Calibrating %1, %2 / %3</source>
        <translation>正在校准 %1，%2 / %3</translation>
    </message>
    <message>
        <source>The balance on %1 cannot be opened: %2</source>
        <translation>无法打开 %1 上的天平：%2</translation>
    </message>
    <message>
        <source>Balance: %1 g (stable)</source>
        <translation>天平：%1 g（稳定）</translation>
    </message>
    <message>
        <source>Balance: %1 g</source>
        <translation>天平：%1 g</translation>
    </message>
    <message>
        <source>Calibration started (%1 points x %2 replicates, %3)</source>
        <translation>校准已开始（%1 个点 × %2 次重复，%3）</translation>
    </message>
    <message>
        <source>masses by hand</source>
        <translation>手动输入质量</translation>
    </message>
    <message>
        <source>Aborting: stopping the pump…</source>
        <translation>正在中止：停泵中…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 of %2 replicates</source>
        <translation>已完成 %1 / %2 次重复</translation>
    </message>
    <message>
        <source>Point %1 of %2%3, about %4 left</source>
        <translation>第 %1 / %2 点%3，剩余约 %4</translation>
    </message>
    <message>
        <source> (as left)</source>
        <translation>（校准后）</translation>
    </message>
    <message>
        <source>%1 (as left)</source>
        <translation>%1（校准后）</translation>
    </message>
    <message>
        <source>Point %1, replicate %2: tare the balance and type its reading before the run.</source>
        <translation>第 %1 点，第 %2 次重复：请将天平去皮，并在运行前输入其读数。</translation>
    </message>
    <message>
        <source>Point %1, replicate %2: type the balance&apos;s stable reading after the run.</source>
        <translation>第 %1 点，第 %2 次重复：请在运行后输入天平的稳定读数。</translation>
    </message>
    <message>
        <source>Calibration finished: %1.</source>
        <translation>校准完成：%1。</translation>
    </message>
    <message>
        <source>Stopped, the pump was told to stop: %1</source>
        <translation>已停止，已向泵发送停止命令：%1</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1（%2 %）</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未验证</translation>
    </message>
    <message>
        <source>As found: %1 (tolerance ±%2 %).</source>
        <translation>校准前：%1（允差 ±%2 %）。</translation>
    </message>
    <message>
        <source>As left: %1.</source>
        <translation>校准后：%1。</translation>
    </message>
    <message numerus="yes">
        <source>The new figure is a curve through the %n point(s) above.</source>
        <translation>
            <numerusform>新系数为经过上述 %n 个点的曲线。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied yet: flows still use the figure as found.</source>
        <translation>尚未应用：流量仍使用校准前的系数。</translation>
    </message>
    <message>
        <source>There is no calibration to apply.</source>
        <translation>没有可应用的校准。</translation>
    </message>
    <message>
        <source>The calibration history cannot be opened.</source>
        <translation>无法打开校准历史记录。</translation>
    </message>
    <message>
        <source>Not written to the audit trail: %1</source>
        <translation>未写入审计追踪：%1</translation>
    </message>
    <message>
        <source>Calibration %1</source>
        <translation>校准 %1</translation>
    </message>
    <message>
        <source>Not signed yet.</source>
        <translation>尚未签名。</translation>
    </message>
    <message>
        <source>Applied as certificate %1, due %2: flows on this pump, head and tubing follow the new figure.</source>
        <translation>已作为证书 %1 应用，到期 %2：此泵、泵头和软管的流量将使用新系数。</translation>
    </message>
    <message>
        <source>Calibration %1 stored.</source>
        <translation>校准 %1 已保存。</translation>
    </message>
    <message>
        <source>Calibration %1 signed as checked.</source>
        <translation>校准 %1 已签名确认复核。</translation>
    </message>
    <message>
        <source>Apply the calibration first: the certificate needs its number.</source>
        <translation>请先应用校准：证书需要其编号。</translation>
    </message>
    <message>
        <source>Calibration certificate saved</source>
        <translation>校准证书已保存</translation>
    </message>
    <message>
        <source>There is no calibration to save.</source>
        <translation>没有可保存的校准。</translation>
    </message>
    <message>
        <source>Calibration raw readings saved</source>
        <translation>校准原始读数已保存</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>保存证书</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Certificate saved to %1.</source>
        <translation>证书已保存到 %1。</translation>
    </message>
    <message>
        <source>Save raw readings</source>
        <translation>保存原始读数</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Raw readings saved to %1.</source>
        <translation>原始读数已保存到 %1。</translation>
    </message>
    <message>
        <source>New tubing fitted since</source>
        <translation>此后已换新软管</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Calibration due</source>
        <translation>校准即将到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>%1, as left %2</source>
        <translation>%1，校准后 %2</translation>
    </message>
    <message>
        <source>%1 at %2 rpm</source>
        <translation>%2 rpm 时 %1</translation>
    </message>
    <message>
        <source>New tubing fitted (%1 / %2): its calibration no longer applies</source>
        <translation>已换新软管（%1 / %2）：其校准不再适用</translation>
    </message>
    <message>
        <source>New tubing fitted on %1: flows use the tubing&apos;s nominal figure until it is calibrated.</source>
        <translation>%1 已换新软管：在重新校准之前，流量使用该软管的标称系数。</translation>
    </message>
    <message>
        <source>Write into the Pump</source>
        <translation>写入泵中</translation>
    </message>
    <message>
        <source>Writes the new figure into the pump&apos;s own calibration and reads it back</source>
        <translation>将新的数值写入泵自身的校准并读回</translation>
    </message>
    <message>
        <source>Due dates and tolerance</source>
        <translation>到期日与允差</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Set Interval</source>
        <translation>设置周期</translation>
    </message>
    <message>
        <source>Due interval of the selected pump:</source>
        <translation>所选泵的校准周期：</translation>
    </message>
    <message>
        <source>Save Tolerance</source>
        <translation>保存允差</translation>
    </message>
    <message>
        <source>The tolerance of volume new calibrations on this workstation start with</source>
        <translation>本工作站新校准默认使用的体积允差</translation>
    </message>
    <message>
        <source>Site tolerance:</source>
        <translation>本站允差：</translation>
    </message>
    <message>
        <source>New calibrations start with a tolerance of ±%1 %.</source>
        <translation>新校准的默认允差为 ±%1 %。</translation>
    </message>
    <message>
        <source>Not written into the pump: PumpStudio applies the new figure; the pump&apos;s own modes still use its old one.</source>
        <translation>未写入泵中：PumpStudio 使用新的数值；泵自身的模式仍使用旧数值。</translation>
    </message>
    <message>
        <source>Apply the calibration first.</source>
        <translation>请先应用校准。</translation>
    </message>
    <message>
        <source>This pump keeps no calibration of its own: PumpStudio applies the figure itself.</source>
        <translation>此泵不保存自身的校准：由 PumpStudio 应用该数值。</translation>
    </message>
    <message>
        <source>The figure is being written into the pump.</source>
        <translation>正在将数值写入泵中。</translation>
    </message>
    <message>
        <source>The calibration has no figure to write.</source>
        <translation>此校准没有可写入的数值。</translation>
    </message>
    <message>
        <source>Writing %1 mL/rev into the pump…</source>
        <translation>正在将 %1 mL/rev 写入泵中…</translation>
    </message>
    <message>
        <source>Calibration %1 written into the pump: %2 mL/rev</source>
        <translation>校准 %1 已写入泵中：%2 mL/rev</translation>
    </message>
    <message>
        <source>Not written into the pump: it keeps no calibration of its own; PumpStudio applies the new figure.</source>
        <translation>未写入泵中：此泵不保存自身的校准；由 PumpStudio 使用新的数值。</translation>
    </message>
    <message>
        <source>Writing into the pump failed: %1. PumpStudio applies the new figure; the pump&apos;s own modes still use its old one.</source>
        <translation>写入泵中失败：%1。PumpStudio 使用新的数值；泵自身的模式仍使用旧数值。</translation>
    </message>
    <message>
        <source>Written into the pump and read back: it holds %1 mL/rev (%2 written).</source>
        <translation>已写入泵中并读回：泵中保存的是 %1 mL/rev（写入 %2）。</translation>
    </message>
    <message>
        <source>Written into the pump, but it reads back %1 mL/rev instead of %2: check the pump.</source>
        <translation>已写入泵中，但读回的是 %1 mL/rev，而不是 %2：请检查泵。</translation>
    </message>
    <message>
        <source>Calibration figure in the pump read back</source>
        <translation>已读回泵中的校准数值</translation>
    </message>
    <message>
        <source>The tolerance must be from 0.1 to 20 %.</source>
        <translation>允差必须为 0.1 至 20 %。</translation>
    </message>
    <message>
        <source>Site tolerance</source>
        <translation>本站允差</translation>
    </message>
    <message>
        <source>Calibration tolerance of the site changed</source>
        <translation>本站校准允差已更改</translation>
    </message>
    <message>
        <source>Calibration due interval changed</source>
        <translation>校准周期已更改</translation>
    </message>
    <message>
        <source> pump hours</source>
        <translation> 泵运行小时</translation>
    </message>
    <message>
        <source>Hours the pump ran since the calibration, counted from the run records</source>
        <translation>校准后泵运行的小时数，由运行记录统计</translation>
    </message>
    <message>
        <source>Calibrations of the selected pump stored from now on fall due after this many days or pump hours, whichever comes first</source>
        <translation>所选泵此后保存的校准在这么多天或泵运行这么多小时后到期，以先到者为准</translation>
    </message>
    <message>
        <source>Calibrations of %1 stored from now on fall due after %2.</source>
        <translation>%1 此后保存的校准周期为：%2。</translation>
    </message>
    <message>
        <source>A limit in days</source>
        <translation>以天数为限</translation>
    </message>
    <message>
        <source>A limit in pump hours</source>
        <translation>以泵运行小时为限</translation>
    </message>
    <message>
        <source>Volume per replicate:</source>
        <translation>每次重复体积：</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>流量：</translation>
    </message>
    <message>
        <source>Syringe:</source>
        <translation>注射器：</translation>
    </message>
    <message>
        <source>Start syringe check</source>
        <translation>开始注射器核查</translation>
    </message>
    <message>
        <source>Checking the syringe of %1: %2</source>
        <translation>正在核查 %1 的注射器：%2</translation>
    </message>
    <message>
        <source>Set diameter (mm)</source>
        <translation>设定内径（mm）</translation>
    </message>
    <message>
        <source>Bore found (mm)</source>
        <translation>实测内径（mm）</translation>
    </message>
    <message>
        <source>Delivered / shown %</source>
        <translation>实际/显示 %</translation>
    </message>
    <message>
        <source>When applied, the pump is set to the bore found (%1 mm, nominal %2 mm).</source>
        <translation>应用后，泵将设定为实测内径（%1 mm，标称 %2 mm）。</translation>
    </message>
    <message>
        <source>Not applied yet: the pump keeps its diameter of %1 mm.</source>
        <translation>尚未应用：泵仍使用内径 %1 mm。</translation>
    </message>
    <message>
        <source>Applied as certificate %1, due %2: the pump is set to %3 mm whenever this syringe is fitted.</source>
        <translation>已按证书 %1 应用，到期 %2：装上此注射器时，泵均设定为 %3 mm。</translation>
    </message>
    <message>
        <source>bore %1 mm</source>
        <translation>实测内径 %1 mm</translation>
    </message>
</context>
<context>
    <name>PumpStudio::CartPanel</name>
    <message>
        <source>SKU</source>
        <translation>货号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Your details (kept for next time)</source>
        <translation>您的信息（下次自动填写）</translation>
    </message>
    <message>
        <source>your distributor&apos;s or the manufacturer&apos;s address</source>
        <translation>经销商或制造商的电子邮件地址</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>单位(&amp;O)：</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>地址(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>发送至(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Send by email…</source>
        <translation>通过电子邮件发送(&amp;S)…</translation>
    </message>
    <message>
        <source>Opens your mail program with the order request filled in</source>
        <translation>打开邮件程序并填好订货申请</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>C&amp;lear cart</source>
        <translation>清空购物车(&amp;L)</translation>
    </message>
    <message>
        <source>(no longer in the catalog)</source>
        <translation>（目录中已无此产品）</translation>
    </message>
    <message>
        <source>on request</source>
        <translation>面议</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove %1 from the cart</source>
        <translation>从购物车移除 %1</translation>
    </message>
    <message>
        <source>The cart is empty. Select an item and press &quot;Add to cart&quot;.</source>
        <translation>购物车为空。请选择产品并点击“加入购物车”。</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <source>Order request</source>
        <translation>订货申请</translation>
    </message>
    <message>
        <source>Please enter your organisation, a contact name and an email address so the supplier can reply.</source>
        <translation>请填写单位、联系人和电子邮件地址，以便供应商回复。</translation>
    </message>
    <message>
        <source>Export order request as PDF</source>
        <translation>将订货申请导出为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>Export order request as CSV</source>
        <translation>将订货申请导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>Send order request</source>
        <translation>发送订货申请</translation>
    </message>
    <message>
        <source>No mail program could be opened. Export the request as PDF or CSV and send it yourself.</source>
        <translation>无法打开邮件程序。请将申请导出为 PDF 或 CSV 后自行发送。</translation>
    </message>
    <message>
        <source>too large to compute</source>
        <translation>数值过大，无法计算</translation>
    </message>
    <message>
        <source>Cont&amp;act:</source>
        <translation>联系人(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>PumpStudio::CatalogDetailPane</name>
    <message>
        <source>3-stop %1 mm</source>
        <translation>三卡扣 %1 mm</translation>
    </message>
    <message>
        <source>Select an item to see its details.</source>
        <translation>选择产品以查看详细信息。</translation>
    </message>
    <message>
        <source>Specifications</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Add to cart</source>
        <translation>加入购物车(&amp;A)</translation>
    </message>
    <message>
        <source>SKU %1 · %2</source>
        <translation>货号 %1 · %2</translation>
    </message>
    <message>
        <source>A pump (%1) has run %2 h of this part&apos;s %3 h service life.</source>
        <translation>一台泵（%1）已运行 %2 小时，该部件使用寿命为 %3 小时。</translation>
    </message>
    <message>
        <source>Material:</source>
        <translation>材质：</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>接口：</translation>
    </message>
    <message>
        <source>Tubing inner diameter:</source>
        <translation>软管内径：</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>Tubing outer diameter:</source>
        <translation>软管外径：</translation>
    </message>
    <message>
        <source>Pore size:</source>
        <translation>孔径：</translation>
    </message>
    <message>
        <source>µm</source>
        <translation>µm</translation>
    </message>
    <message>
        <source>Filter area:</source>
        <translation>过滤面积：</translation>
    </message>
    <message>
        <source>cm²</source>
        <translation>cm²</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>容量：</translation>
    </message>
    <message>
        <source>mL</source>
        <translation>mL</translation>
    </message>
    <message>
        <source>Pack:</source>
        <translation>包装：</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Service life:</source>
        <translation>使用寿命：</translation>
    </message>
    <message>
        <source>about %1 pump hours</source>
        <translation>约 %1 泵运行小时</translation>
    </message>
    <message>
        <source>&lt;b&gt;Applications:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;应用领域：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Pump models: %1</source>
        <translation>泵型号：%1</translation>
    </message>
    <message>
        <source>Pump heads: %1</source>
        <translation>泵头：%1</translation>
    </message>
    <message>
        <source>Tubing: %1</source>
        <translation>软管：%1</translation>
    </message>
    <message>
        <source>Not tied to a pump model.</source>
        <translation>不限泵型号。</translation>
    </message>
    <message>
        <source>Compatibility</source>
        <translation>兼容性</translation>
    </message>
    <message>
        <source>Price on request</source>
        <translation>价格面议</translation>
    </message>
    <message>
        <source>(%1% distributor discount)</source>
        <translation>（经销商折扣 %1%）</translation>
    </message>
    <message numerus="yes">
        <source>%n in stock</source>
        <translation>
            <numerusform>库存 %n</numerusform>
        </translation>
    </message>
    <message>
        <source>out of stock</source>
        <translation>缺货</translation>
    </message>
    <message>
        <source>The distributor has none in stock; you are asked before it goes into the cart.</source>
        <translation>经销商无库存；加入购物车前会先询问您。</translation>
    </message>
</context>
<context>
    <name>PumpStudio::CatalogPage</name>
    <message>
        <source>Search name, SKU, material, size… (English or 中文)</source>
        <translation>搜索名称、货号、材质、尺寸…（中文或英文）</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All applications</source>
        <translation>全部应用领域</translation>
    </message>
    <message>
        <source>&amp;Fits my pumps</source>
        <translation>适配我的泵(&amp;F)</translation>
    </message>
    <message>
        <source>Only items made for the models, heads and tubing of the pumps listed under &quot;My pumps&quot;</source>
        <translation>仅显示适用于“我的泵”中所列泵型号、泵头和软管的产品</translation>
    </message>
    <message>
        <source>&amp;My pumps…</source>
        <translation>我的泵(&amp;M)…</translation>
    </message>
    <message>
        <source>Import price list (CSV)…</source>
        <translation>导入价目表（CSV）…</translation>
    </message>
    <message>
        <source>Load catalog file…</source>
        <translation>加载目录文件…</translation>
    </message>
    <message>
        <source>Back to the bundled catalog and prices</source>
        <translation>恢复内置目录和价格</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>购物车</translation>
    </message>
    <message>
        <source>Order history</source>
        <translation>订单历史</translation>
    </message>
    <message>
        <source>The catalog could not be loaded: %1</source>
        <translation>无法加载目录：%1</translation>
    </message>
    <message>
        <source>distributor catalog %1</source>
        <translation>经销商目录 %1</translation>
    </message>
    <message numerus="yes">
        <source>distributor prices for %n item(s)</source>
        <translation>
            <numerusform>%n 项产品使用经销商价格</numerusform>
        </translation>
    </message>
    <message>
        <source>No pumps listed yet: use &quot;My pumps&quot; to add the pumps on your bench.</source>
        <translation>尚未列出任何泵：请通过“我的泵”添加您正在使用的泵。</translation>
    </message>
    <message numerus="yes">
        <source>Reorder: %n item(s) for worn tubing or heads</source>
        <translation>
            <numerusform>需补购：%n 项（软管或泵头已磨损）</numerusform>
        </translation>
    </message>
    <message>
        <source>Cart (%1)</source>
        <translation>购物车（%1）</translation>
    </message>
    <message>
        <source>email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Import price list</source>
        <translation>导入价目表</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Load catalog file</source>
        <translation>加载目录文件</translation>
    </message>
    <message>
        <source>Catalog files (*.json);;All files (*)</source>
        <translation>目录文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The catalog file was not loaded; the current catalog is kept.

%1</source>
        <translation>未加载该目录文件；保留当前目录。

%1</translation>
    </message>
    <message>
        <source>Bundled catalog</source>
        <translation>内置目录</translation>
    </message>
    <message>
        <source>Remove the distributor&apos;s catalog file and price list and go back to the bundled catalog?</source>
        <translation>删除经销商的目录文件和价目表，并恢复内置目录吗？</translation>
    </message>
    <message>
        <source>Undo last price list import</source>
        <translation>撤销上次价目表导入</translation>
    </message>
    <message>
        <source>Price list %1 imported: %2 added, %3 changed, %4 removed, %5 rejected.</source>
        <translation>价目表 %1 已导入：新增 %2 项，更改 %3 项，移除 %4 项，拒绝 %5 行。</translation>
    </message>
    <message>
        <source>Undo price list import</source>
        <translation>撤销价目表导入</translation>
    </message>
    <message>
        <source>The last price list import was undone: the previous list is back.</source>
        <translation>已撤销上次价目表导入：已恢复之前的价目表。</translation>
    </message>
    <message numerus="yes">
        <source>Catalog with %n item(s) loaded</source>
        <translation>
            <numerusform>已加载配件目录，共 %n 项产品</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) copied.</source>
        <translation>
            <numerusform>已复制 %n 张图片。</numerusform>
        </translation>
    </message>
    <message>
        <source>D&amp;istributor</source>
        <translation>经销商(&amp;I)</translation>
    </message>
    <message>
        <source>No item matches &quot;%1&quot; with the filters set (category, application, fits my pumps). &lt;a href=&quot;#filters&quot;&gt;Show all categories&lt;/a&gt; or &lt;a href=&quot;#search&quot;&gt;clear the search&lt;/a&gt;.</source>
        <translation>在当前筛选条件（类别、应用领域、适配我的泵）下，没有与“%1”匹配的配件。&lt;a href=&quot;#filters&quot;&gt;显示所有类别&lt;/a&gt;或&lt;a href=&quot;#search&quot;&gt;清除搜索&lt;/a&gt;。</translation>
    </message>
    <message>
        <source>No item matches &quot;%1&quot;. The search looks at names, categories, applications, SKUs and specifications in English and Chinese; try fewer or shorter words. &lt;a href=&quot;#search&quot;&gt;Clear the search&lt;/a&gt;.</source>
        <translation>没有与“%1”匹配的配件。搜索范围包括中英文的名称、类别、应用领域、货号和规格；请尝试更少或更短的关键词。&lt;a href=&quot;#search&quot;&gt;清除搜索&lt;/a&gt;。</translation>
    </message>
    <message>
        <source>No item passes the filters set (category, application, fits my pumps). &lt;a href=&quot;#filters&quot;&gt;Show all&lt;/a&gt;.</source>
        <translation>没有符合当前筛选条件（类别、应用领域、适配我的泵）的配件。&lt;a href=&quot;#filters&quot;&gt;全部显示&lt;/a&gt;。</translation>
    </message>
    <message>
        <source>Not in stock</source>
        <translation>无库存</translation>
    </message>
    <message>
        <source>Add it to the cart anyway?</source>
        <translation>仍要加入购物车吗？</translation>
    </message>
    <message>
        <source>&amp;Add Anyway</source>
        <translation>仍然加入(&amp;A)</translation>
    </message>
</context>
<context>
    <name>PumpStudio::CatalogTableModel</name>
    <message>
        <source>Replace now</source>
        <translation>立即更换</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>on request</source>
        <translation>面议</translation>
    </message>
    <message>
        <source>A pump (%1) has run %2 h of this part&apos;s %3 h service life.</source>
        <translation>一台泵（%1）已运行 %2 小时，该部件使用寿命为 %3 小时。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>货号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation>补购</translation>
    </message>
</context>
<context>
    <name>PumpStudio::Cli</name>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Speed %1 rpm</source>
        <translation>转速 %1 rpm</translation>
    </message>
    <message>
        <source>Flow %1 mL/min</source>
        <translation>流量 %1 mL/min</translation>
    </message>
    <message>
        <source>Direction %1</source>
        <translation>方向 %1</translation>
    </message>
    <message>
        <source>Dispense %1 mL at %2 mL/min</source>
        <translation>以 %2 mL/min 定量分液 %1 mL</translation>
    </message>
    <message>
        <source>Dispense %1 mL</source>
        <translation>定量分液 %1 mL</translation>
    </message>
    <message>
        <source>Run profile %1</source>
        <translation>运行程序 %1</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>Nothing was sent: the audit trail cannot be written (%1).</source>
        <translation>未发送任何命令：无法写入审计追踪（%1）。</translation>
    </message>
    <message>
        <source>Nothing was sent: the accounts cannot be read (%1).</source>
        <translation>未发送任何命令：无法读取账户信息（%1）。</translation>
    </message>
    <message>
        <source>This workstation is in controlled mode: give --user NAME (the password from the terminal or PUMPSTUDIO_PASSWORD).</source>
        <translation>本工作站处于受控模式：请指定 --user NAME（密码从终端输入或通过 PUMPSTUDIO_PASSWORD 提供）。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is not approved: only approved profiles run here.</source>
        <translation>程序“%1”未经批准：此处只能运行已批准的程序。</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>pump</source>
        <translation>泵</translation>
    </message>
    <message>
        <source>Try &apos;pumpctl --help&apos;.</source>
        <translation>请尝试运行“pumpctl --help”。</translation>
    </message>
    <message>
        <source>There is no audit trail at %1.</source>
        <translation>在 %1 处未找到审计追踪。</translation>
    </message>
    <message>
        <source>%1 entries checked: the audit trail is intact.</source>
        <translation>已检查 %1 个条目：审计追踪完整。</translation>
    </message>
    <message>
        <source>Last entry %1, hash %2</source>
        <translation>最后一个条目 %1，哈希值 %2</translation>
    </message>
    <message>
        <source>%1 entries checked: the audit trail is BROKEN at entry %2.</source>
        <translation>已检查 %1 个条目：审计追踪在条目 %2 处已损坏！</translation>
    </message>
    <message>
        <source>--since must be an ISO 8601 time, such as 2026-03-01T08:00:00Z, not &quot;%1&quot;.</source>
        <translation>--since 必须是 ISO 8601 格式的时间，例如 2026-03-01T08:00:00Z，而不是“%1”。</translation>
    </message>
    <message>
        <source>  reason: %1</source>
        <translation>  原因：%1</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>not sealed</source>
        <translation>未封存</translation>
    </message>
    <message>
        <source>being written (or interrupted; sealed at the GUI&apos;s next start)</source>
        <translation>正在写入（或已中断；将在图形界面下次启动时封存）</translation>
    </message>
    <message>
        <source>operator not set</source>
        <translation>未设置操作员</translation>
    </message>
    <message>
        <source>&apos;records verify&apos; takes the run record (a path or a file name in the records folder).</source>
        <translation>“records verify”需要指定运行记录（路径或记录文件夹中的文件名）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The run was interrupted (PumpStudio stopped unexpectedly) and sealed with what was recovered.</source>
        <translation>运行已中断（PumpStudio 意外停止），已将恢复的数据封存。</translation>
    </message>
    <message>
        <source>Sealed in audit entry %1 with %2; the record now hashes to %3.</source>
        <translation>已在审计条目 %1 中以 %2 封存；该记录当前的哈希值为 %3。</translation>
    </message>
    <message>
        <source>&apos;records export&apos; takes the run record and --csv FILE.</source>
        <translation>“records export”需要指定运行记录和 --csv FILE。</translation>
    </message>
    <message>
        <source>Nothing was exported: the audit trail cannot be written (%1).</source>
        <translation>未导出任何内容：无法写入审计追踪（%1）。</translation>
    </message>
    <message>
        <source>This workstation is in controlled mode: give --user NAME.</source>
        <translation>本工作站处于受控模式：请指定 --user NAME。</translation>
    </message>
    <message>
        <source>Run record exported as CSV to %1</source>
        <translation>运行记录已以 CSV 格式导出到 %1</translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation>已将 %1 行写入 %2</translation>
    </message>
    <message>
        <source>&apos;audit&apos; takes &apos;verify&apos; or &apos;show [--since ISO8601] [--json]&apos;.</source>
        <translation>“audit”需要“verify”或“show [--since ISO8601] [--json]”。</translation>
    </message>
    <message>
        <source>Calibrate with the balance on %1</source>
        <translation>使用 %1 上的天平进行校准</translation>
    </message>
    <message>
        <source>The calibration was stored but not sealed: the audit trail cannot be written (%1).</source>
        <translation>校准已保存但未封存：无法写入审计追踪（%1）。</translation>
    </message>
    <message>
        <source>The calibration was stored but not sealed: the accounts cannot be read (%1).</source>
        <translation>校准已保存但未封存：无法读取账户（%1）。</translation>
    </message>
    <message>
        <source>Calibration %1</source>
        <translation>校准 %1</translation>
    </message>
    <message>
        <source>Calibration %1 written into the pump</source>
        <translation>校准 %1 已写入泵</translation>
    </message>
    <message>
        <source>%1 mL/rev written, %2 mL/rev read back</source>
        <translation>已写入 %1 mL/rev，读回 %2 mL/rev</translation>
    </message>
    <message>
        <source>&apos;records push&apos; takes --archive postgresql://USER@HOST[:PORT]/DBNAME.</source>
        <translation>“records push”需要 --archive postgresql://USER@HOST[:PORT]/DBNAME。</translation>
    </message>
    <message>
        <source>The push stopped; what was sent is kept, and pushing again goes on from there.</source>
        <translation>推送已中止；已发送的数据会保留，再次推送将从中断处继续。</translation>
    </message>
    <message>
        <source>%1 run(s) sent (%2 samples in %3 blocks), %4 already archived, %5 still being written; %6 audit entries sent to %7</source>
        <translation>已发送 %1 个运行记录（%2 个采样点，共 %3 个数据块），%4 个已归档，%5 个仍在写入；已向 %7 发送 %6 个审计条目</translation>
    </message>
    <message>
        <source>%1 samples</source>
        <translation>%1 个采样点</translation>
    </message>
    <message>
        <source>--archive goes with &apos;records push&apos; and &apos;records list&apos;.</source>
        <translation>--archive 只能与“records push”和“records list”一起使用。</translation>
    </message>
    <message>
        <source>&apos;records&apos; takes &apos;list&apos;, &apos;verify RUN&apos;, &apos;export RUN --csv FILE&apos; or &apos;push --archive URL&apos;.</source>
        <translation>“records”需要“list”、“verify RUN”、“export RUN --csv FILE”或“push --archive URL”。</translation>
    </message>
    <message>
        <source>Usage: pumpctl users token create USER | token revoke USER [TOKEN-ID] | token list USER</source>
        <translation>用法：pumpctl users token create USER | token revoke USER [TOKEN-ID] | token list USER</translation>
    </message>
    <message>
        <source>The audit trail cannot be written (%1).</source>
        <translation>无法写入审计追踪（%1）。</translation>
    </message>
    <message>
        <source>The accounts cannot be read (%1).</source>
        <translation>无法读取账户（%1）。</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>不存在账户“%1”。</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>已于 %1 吊销</translation>
    </message>
    <message>
        <source>Only an administrator may manage tokens: give --user ADMIN (the password from the terminal or PUMPSTUDIO_PASSWORD).</source>
        <translation>只有管理员才能管理令牌：请指定 --user ADMIN（密码从终端输入或通过 PUMPSTUDIO_PASSWORD 提供）。</translation>
    </message>
    <message>
        <source>Token %1 for %2: shown this once, keep it where the sending program can read it. &apos;pumpctl users token revoke %2 %1&apos; withdraws it.</source>
        <translation>%2 的令牌 %1：仅显示这一次，请将其保存在发送命令的软件能读取的位置。用 “pumpctl users token revoke %2 %1” 可将其吊销。</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) of %1 revoked.</source>
        <translation>
            <numerusform>已吊销 %1 的 %n 个令牌。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 calibration(s) sent, %2 already archived</source>
        <translation>已发送 %1 个校准，%2 个已归档</translation>
    </message>
    <message>
        <source>syringe inner diameter %1 mm written, %2 mm read back</source>
        <translation>已写入注射器内径 %1 mm，读回 %2 mm</translation>
    </message>
</context>
<context>
    <name>PumpStudio::CsvExport</name>
    <message>
        <source>CSV, one row per second, a column per channel (*.csv)</source>
        <translation>CSV，每秒一行，每个通道一列 (*.csv)</translation>
    </message>
    <message>
        <source>CSV, one value per row: time, channel, value (*.csv)</source>
        <translation>CSV，每行一个数值：时间、通道、数值 (*.csv)</translation>
    </message>
    <message>
        <source>CSV, samples as recorded (*.csv)</source>
        <translation>CSV，按记录的原始采样 (*.csv)</translation>
    </message>
</context>
<context>
    <name>PumpStudio::DemoControls</name>
    <message>
        <source>What the demo shows; can be switched while it runs, the pumps stay connected</source>
        <translation>演示的内容；演示运行时也可切换，泵保持连接</translation>
    </message>
    <message>
        <source>D&amp;emo:</source>
        <translation>演示(&amp;E)：</translation>
    </message>
    <message>
        <source>Demo running: %1</source>
        <translation>演示运行中：%1</translation>
    </message>
    <message>
        <source>Demo stopped: its simulated pumps were removed.</source>
        <translation>演示已停止：其模拟泵已移除。</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>The demo could not start: %1</source>
        <translation>演示无法启动：%1</translation>
    </message>
    <message>
        <source>Demo scenario switched to: %1</source>
        <translation>演示场景已切换为：%1</translation>
    </message>
    <message>
        <source>Stop Demo</source>
        <translation>停止演示</translation>
    </message>
    <message>
        <source>Start Demo</source>
        <translation>开始演示</translation>
    </message>
    <message>
        <source>Stop the simulated pumps and remove them; the scenario can be switched without stopping</source>
        <translation>停止并移除模拟泵；切换场景无需停止演示</translation>
    </message>
    <message>
        <source>Simulated pumps (Reglo ICC, Longer BT100-2J, Lead Fluid BT100S and a pressure transmitter) on virtual serial ports, through the same drivers as real ones</source>
        <translation>在虚拟串口上运行的模拟泵（Reglo ICC、Longer BT100-2J、Lead Fluid BT100S 和一台压力变送器），使用与真实设备相同的驱动</translation>
    </message>
</context>
<context>
    <name>PumpStudio::Device::BalanceDriver</name>
    <message>
        <source>The balance&apos;s answer to %1 makes no sense: &quot;%2&quot;.</source>
        <translation>天平对 %1 的应答无法解析：“%2”。</translation>
    </message>
    <message>
        <source>command not understood (ES)</source>
        <translation>命令无法识别（ES）</translation>
    </message>
    <message>
        <source>transmission error (ET): check baud rate and parity</source>
        <translation>传输错误（ET）：请检查波特率和校验位</translation>
    </message>
    <message>
        <source>command not possible (EL)</source>
        <translation>命令无法执行（EL）</translation>
    </message>
    <message>
        <source>The balance refused %1: %2.</source>
        <translation>天平拒绝执行 %1：%2。</translation>
    </message>
</context>
<context>
    <name>PumpStudio::DevicesPage</name>
    <message>
        <source>Add Pump…</source>
        <translation>添加泵…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>断开</translation>
    </message>
    <message>
        <source>Stop All Pumps</source>
        <translation>全部停泵</translation>
    </message>
    <message>
        <source>Send stop to every connected pump</source>
        <translation>向所有已连接的泵发送停止命令</translation>
    </message>
    <message>
        <source>Pump</source>
        <translation>泵</translation>
    </message>
    <message>
        <source>Link statistics</source>
        <translation>链路统计</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>控制</translation>
    </message>
    <message>
        <source> rpm</source>
        <translation> rpm</translation>
    </message>
    <message>
        <source>Set Speed</source>
        <translation>设置转速</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>CW</source>
        <translation>顺时针</translation>
    </message>
    <message>
        <source>CCW</source>
        <translation>逆时针</translation>
    </message>
    <message>
        <source>Clockwise</source>
        <translation>顺时针</translation>
    </message>
    <message>
        <source>Counter-clockwise</source>
        <translation>逆时针</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>串口</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>USB VID:PID</source>
        <translation>USB VID:PID</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Scan Selected Port</source>
        <translation>扫描所选串口</translation>
    </message>
    <message>
        <source>Sends each model&apos;s harmless identity query at its serial settings. Other equipment on the port will see these bytes: scan only ports you know.</source>
        <translation>按各型号的串口设置依次发送无害的身份查询。该串口上的其他设备也会收到这些字节：请只扫描您了解的串口。</translation>
    </message>
    <message>
        <source>Serial ports</source>
        <translation>串口</translation>
    </message>
    <message>
        <source>Scan Finished</source>
        <translation>扫描完成</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>被拒绝：%1</translation>
    </message>
    <message>
        <source>Remove Pump</source>
        <translation>移除泵</translation>
    </message>
    <message>
        <source>Remove %1? It is disconnected first; a running pump is not stopped.</source>
        <translation>要移除 %1 吗？将先断开连接；正在运行的泵不会被停止。</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <source>Select a port to scan first.</source>
        <translation>请先选择要扫描的串口。</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>正在扫描 %1…</translation>
    </message>
    <message>
        <source>Add a pump, or start the demo to try PumpStudio with simulated pumps.</source>
        <translation>请添加泵，或开始演示，用模拟泵体验 PumpStudio。</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1，%2（%3）</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>链路：%1</translation>
    </message>
    <message>
        <source>Pressure: %1</source>
        <translation>压力：%1</translation>
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
        <source>Speed: %1</source>
        <translation>转速：%1</translation>
    </message>
    <message>
        <source>rpm</source>
        <translation>rpm</translation>
    </message>
    <message>
        <source>Flow: %1</source>
        <translation>流量：%1</translation>
    </message>
    <message>
        <source>mL/min</source>
        <translation>mL/min</translation>
    </message>
    <message>
        <source>Dispensed: %1</source>
        <translation>已输送：%1</translation>
    </message>
    <message>
        <source>mL</source>
        <translation>mL</translation>
    </message>
    <message>
        <source>Frames sent: %1
Frames received: %2
Transactions ok / failed: %3 / %4
Timeouts: %5
Retries: %6
Checksum errors: %7
Garbage bytes: %8
Unsolicited frames: %9</source>
        <translation>已发送帧：%1
已接收帧：%2
事务成功 / 失败：%3 / %4
超时：%5
重试：%6
校验和错误：%7
无效字节：%8
主动上报帧：%9</translation>
    </message>
    <message>
        <source>Disconnects / reconnects: %1 / %2</source>
        <translation>断开 / 重新连接：%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the log)</source>
        <translation>
            <numerusform>…另有 %n 项（请查看日志）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model file(s) could not be loaded.</source>
        <translation>
            <numerusform>%n 个型号文件无法加载。</numerusform>
        </translation>
    </message>
    <message>
        <source>Their pumps cannot be added until the file is fixed in &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;; the other models work.</source>
        <translation>在 &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; 中修复该文件之前，无法添加相应型号的泵；其他型号可正常使用。</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>天平</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>天平</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Demo %1</source>
        <translation>演示 %1</translation>
    </message>
</context>
<context>
    <name>PumpStudio::GroupStartDialog</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Run profiles together</source>
        <translation>同时运行程序</translation>
    </message>
    <message>
        <source>Tick the pumps that take part and choose a profile for each. Each profile is checked against its pump as fitted. They start at one instant, all or none: if one pump cannot start, none does.</source>
        <translation>勾选参与的泵，并为每台泵选择一个程序。每个程序都会按该泵的实际配置进行检查。它们在同一时刻启动，全部启动或全部不启动：只要有一台泵无法启动，就都不启动。</translation>
    </message>
    <message>
        <source>Pre-run check of the ticked pumps:</source>
        <translation>已勾选泵的运行前检查：</translation>
    </message>
    <message>
        <source>I have read the warnings; start anyway</source>
        <translation>我已阅读警告，仍然启动</translation>
    </message>
    <message>
        <source>Start together</source>
        <translation>同时启动</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>no profile</source>
        <translation>无程序</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No pump ticked yet.</source>
        <translation>尚未勾选任何泵。</translation>
    </message>
    <message>
        <source>The check has warnings (listed above): confirm them to start.</source>
        <translation>检查有警告（见上方）：确认后才能启动。</translation>
    </message>
</context>
<context>
    <name>PumpStudio::GroupStartModel</name>
    <message>
        <source>The pump or its model is no longer known.</source>
        <translation>找不到该泵或其型号。</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Running a profile</source>
        <translation>正在运行程序</translation>
    </message>
    <message>
        <source>Does not load</source>
        <translation>无法加载</translation>
    </message>
    <message>
        <source>No profile chosen</source>
        <translation>未选择程序</translation>
    </message>
    <message>
        <source>Errors: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Fits the pump</source>
        <translation>适用于该泵</translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation>%1 未连接。</translation>
    </message>
    <message>
        <source>%1 is running a profile already; it can join a group once that run has ended.</source>
        <translation>%1 已在运行程序；该运行结束后才能加入组。</translation>
    </message>
    <message>
        <source>Choose a profile for %1.</source>
        <translation>请为 %1 选择程序。</translation>
    </message>
    <message>
        <source>Fits the pump: %1</source>
        <translation>适用于该泵：%1</translation>
    </message>
    <message>
        <source>The profile library is empty. Write a profile on the Profiles page first.</source>
        <translation>程序库为空。请先在“程序”页面编写程序。</translation>
    </message>
    <message>
        <source>Running profiles together needs at least two connected pumps.</source>
        <translation>同时运行程序需要至少两台已连接的泵。</translation>
    </message>
    <message>
        <source>Tick at least two pumps.</source>
        <translation>请至少勾选两台泵。</translation>
    </message>
    <message>
        <source>%1 is running a profile already.</source>
        <translation>%1 已在运行程序。</translation>
    </message>
    <message>
        <source>The profile for %1 does not fit it; see its check.</source>
        <translation>为 %1 选择的程序不适用于该泵；请查看其检查结果。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Pump</source>
        <translation>泵</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>程序</translation>
    </message>
    <message>
        <source>Pre-run check</source>
        <translation>运行前检查</translation>
    </message>
</context>
<context>
    <name>PumpStudio::LogModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Subsystem</source>
        <translation>子系统</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>trace</source>
        <translation>跟踪</translation>
    </message>
    <message>
        <source>debug</source>
        <translation>调试</translation>
    </message>
    <message>
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>严重</translation>
    </message>
</context>
<context>
    <name>PumpStudio::LogPage</name>
    <message>
        <source>Trace and above</source>
        <translation>跟踪及以上</translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation>调试及以上</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>信息及以上</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>警告和错误</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <source>Search messages and subsystems</source>
        <translation>搜索消息和子系统</translation>
    </message>
    <message>
        <source>Follow new lines</source>
        <translation>跟随新日志</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the selected lines, or all visible lines when none is selected</source>
        <translation>复制所选行；未选择时复制全部可见行</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Clear this view; the log file keeps everything</source>
        <translation>清空此视图；日志文件保留全部内容</translation>
    </message>
    <message>
        <source>Open Log Folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <source>Logging to a file is off</source>
        <translation>未启用文件日志</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
</context>
<context>
    <name>PumpStudio::LoginDialog</name>
    <message>
        <source>Switch User</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <source>Log In to PumpStudio</source>
        <translation>登录 PumpStudio</translation>
    </message>
    <message>
        <source>This workstation is in controlled mode: log in with your own user id. Every action is recorded in the audit trail under your name.</source>
        <translation>本工作站处于受控模式：请使用您自己的用户 ID 登录。所有操作都将以您的名义记录在审计追踪中。</translation>
    </message>
    <message>
        <source>The current user is logged off. Pumps and profiles that are running go on under whoever started them; what you do next is recorded under your name.</source>
        <translation>当前用户已注销。正在运行的泵和程序将继续以启动者的名义运行；您接下来的操作将以您的名义记录。</translation>
    </message>
    <message>
        <source>You were logged off after a time without activity. Running pumps went on. Log in to continue.</source>
        <translation>由于一段时间内无操作，您已被自动注销。正在运行的泵仍在继续运行。请登录以继续。</translation>
    </message>
    <message>
        <source>User id:</source>
        <translation>用户 ID：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Log In</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>正在验证密码…</translation>
    </message>
</context>
<context>
    <name>PumpStudio::MainWindow</name>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>监控</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>程序</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>配件目录</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Demo: simulated pumps</source>
        <translation>演示：模拟泵</translation>
    </message>
    <message>
        <source>PumpStudio (demo)</source>
        <translation>PumpStudio（演示）</translation>
    </message>
    <message>
        <source>No pumps connected</source>
        <translation>未连接泵</translation>
    </message>
    <message numerus="yes">
        <source>%n pump(s) connected</source>
        <translation>
            <numerusform>已连接 %n 台泵</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pump(s) connected, %1 link(s) lost</source>
        <translation>
            <numerusform>已连接 %n 台泵，%1 条链路中断</numerusform>
        </translation>
    </message>
    <message>
        <source>Records</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <source>Pumps Are Running</source>
        <translation>泵正在运行</translation>
    </message>
    <message>
        <source>PumpStudio controls pumps that are running: %1.

Closing stops them, ends any running profile and finishes the run record.</source>
        <translation>PumpStudio 控制的泵正在运行：%1。

关闭 PumpStudio 将停止这些泵，结束正在运行的程序，并完成运行记录。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Stop All and Quit</source>
        <translation>全部停泵并退出</translation>
    </message>
    <message>
        <source>Stopping the pumps and finishing the run record…</source>
        <translation>正在停泵并完成运行记录…</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <source>%1 was ended by a crash: marked interrupted, recovered %2.</source>
        <translation>%1 因崩溃而结束：已标记为中断，已恢复 %2。</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>会话(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Lab Network…</source>
        <translation>实验室网络(&amp;L)…</translation>
    </message>
    <message>
        <source>Lab network settings saved.</source>
        <translation>实验室网络设置已保存。</translation>
    </message>
</context>
<context>
    <name>PumpStudio::Models</name>
    <message>
        <source>is not valid JSON (offset %1: %2)</source>
        <translation>不是有效的 JSON（偏移量 %1：%2）</translation>
    </message>
    <message>
        <source>must hold one JSON object</source>
        <translation>必须包含一个 JSON 对象</translation>
    </message>
    <message>
        <source>must be &quot;balance&quot;</source>
        <translation>必须是 &quot;balance&quot;</translation>
    </message>
    <message>
        <source>must be mt-sics or sartorius-sbi</source>
        <translation>必须是 mt-sics 或 sartorius-sbi</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>must be none, even or odd</source>
        <translation>必须是 none、even 或 odd</translation>
    </message>
    <message>
        <source>must be a positive baud rate</source>
        <translation>必须是大于 0 的波特率</translation>
    </message>
    <message>
        <source>must be above 0 and at most 1000000</source>
        <translation>必须大于 0 且不大于 1000000</translation>
    </message>
    <message>
        <source>must be above 0 and below the capacity</source>
        <translation>必须大于 0 且小于最大称量</translation>
    </message>
</context>
<context>
    <name>PumpStudio::Models::Problems</name>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>必须是非空字符串</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>必须是 %1 到 %2 之间的整数</translation>
    </message>
</context>
<context>
    <name>PumpStudio::MonitorPage</name>
    <message>
        <source>Acknowledge all</source>
        <translation>全部确认</translation>
    </message>
    <message>
        <source>Start all</source>
        <translation>全部启动</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>全部停止</translation>
    </message>
    <message>
        <source>Runs are recorded by themselves when a pump starts. Record now also records lines with sensors only; End run closes the record.</source>
        <translation>泵启动时会自动记录运行。“立即记录”也可记录只连接了传感器的线路；“结束运行”会关闭该记录。</translation>
    </message>
    <message>
        <source>Ended by the operator</source>
        <translation>由操作员结束</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Chart as PNG…</source>
        <translation>图表另存为 PNG…</translation>
    </message>
    <message>
        <source>Chart as SVG…</source>
        <translation>图表另存为 SVG…</translation>
    </message>
    <message>
        <source>Run report (PDF)…</source>
        <translation>运行报告（PDF）…</translation>
    </message>
    <message>
        <source>No pump is connected. Connect pumps on the Devices page, or start the demo there.</source>
        <translation>未连接泵。请在“设备”页面连接泵，或在该页面开始演示。</translation>
    </message>
    <message>
        <source>Double-click an alarm to acknowledge it.</source>
        <translation>双击报警即可确认。</translation>
    </message>
    <message numerus="yes">
        <source>%n unacknowledged alarms. Newest: %1</source>
        <translation>
            <numerusform>%n 条报警未确认。最新：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Alarm: %1</source>
        <translation>报警：%1</translation>
    </message>
    <message>
        <source>Recording: %1</source>
        <translation>正在记录：%1</translation>
    </message>
    <message>
        <source>End run</source>
        <translation>结束运行</translation>
    </message>
    <message>
        <source>Not recording: a run starts by itself when a pump starts.</source>
        <translation>未在记录：泵启动时会自动开始记录运行。</translation>
    </message>
    <message>
        <source>Record now</source>
        <translation>立即记录</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>No run is being recorded. Past runs are exported from the Records page.</source>
        <translation>当前没有正在记录的运行。以往的运行请在“运行记录”页面导出。</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Chart as SVG</source>
        <translation>图表另存为 SVG</translation>
    </message>
    <message>
        <source>Chart as PNG</source>
        <translation>图表另存为 PNG</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>图表已保存到 %1</translation>
    </message>
    <message>
        <source>Run report</source>
        <translation>运行报告</translation>
    </message>
    <message>
        <source>No run is being recorded. Reports of past runs are made on the Records page.</source>
        <translation>当前没有正在记录的运行。以往运行的报告请在“运行记录”页面生成。</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Run profiles together…</source>
        <translation>同时运行程序…</translation>
    </message>
    <message>
        <source>Start profiles on several pumps at one instant, all or none.</source>
        <translation>在同一时刻启动多台泵上的程序，全部启动或全部不启动。</translation>
    </message>
    <message>
        <source>Needs at least two connected pumps.</source>
        <translation>需要至少两台已连接的泵。</translation>
    </message>
    <message>
        <source>Starting %1 profiles together…</source>
        <translation>正在同时启动 %1 个程序…</translation>
    </message>
    <message>
        <source>%1 is back: choose how its profile run goes on.</source>
        <translation>%1 已恢复：请选择其程序运行如何继续。</translation>
    </message>
    <message>
        <source>Low %1 %2</source>
        <translation>低限 %1 %2</translation>
    </message>
    <message>
        <source>High %1 %2</source>
        <translation>高限 %1 %2</translation>
    </message>
    <message>
        <source>High-high %1 %2</source>
        <translation>高高限 %1 %2</translation>
    </message>
    <message>
        <source>Run being recorded exported as CSV to %1</source>
        <translation>正在记录的运行已导出为 CSV：%1</translation>
    </message>
    <message>
        <source>live chart</source>
        <translation>实时图表</translation>
    </message>
    <message>
        <source>Chart saved as SVG to %1</source>
        <translation>图表已保存为 SVG：%1</translation>
    </message>
    <message>
        <source>Chart saved as PNG to %1</source>
        <translation>图表已保存为 PNG：%1</translation>
    </message>
    <message>
        <source>Report of the run being recorded written to %1</source>
        <translation>正在记录的运行的报告已写入 %1</translation>
    </message>
</context>
<context>
    <name>PumpStudio::MyPumpsDialog</name>
    <message>
        <source>My pumps</source>
        <translation>我的泵</translation>
    </message>
    <message>
        <source>The pumps on your bench, for &quot;Fits my pumps&quot; and for reorder hints. Enter the pump hours since the tubing and the head were last replaced; press &quot;New tubing&quot; when you fit new tubing.</source>
        <translation>您正在使用的泵，用于“适配我的泵”筛选和补购提示。请输入自上次更换软管和泵头以来的泵运行小时数；换上新软管后请点击“新软管”。</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>泵头</translation>
    </message>
    <message>
        <source>Tubing</source>
        <translation>软管</translation>
    </message>
    <message>
        <source>Tubing hours</source>
        <translation>软管运行小时</translation>
    </message>
    <message>
        <source>Head hours</source>
        <translation>泵头运行小时</translation>
    </message>
    <message>
        <source>&amp;Add pump</source>
        <translation>添加泵(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove pump</source>
        <translation>移除泵(&amp;R)</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>New tubing</source>
        <translation>新软管</translation>
    </message>
    <message>
        <source>Tubing replaced: start its hours again at 0</source>
        <translation>已更换软管：运行小时从 0 重新计算</translation>
    </message>
</context>
<context>
    <name>PumpStudio::NotesEdit</name>
    <message>
        <source>The inserted text was cut to fit: %1</source>
        <translation>插入的文本超出上限，已截断：%1</translation>
    </message>
</context>
<context>
    <name>PumpStudio::PlaceholderPage</name>
    <message>
        <source>This area is being built and arrives in a coming release.</source>
        <translation>此功能区正在开发中，将在后续版本中提供。</translation>
    </message>
</context>
<context>
    <name>PumpStudio::PriceChangeModel</name>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>货号</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>After import / why rejected</source>
        <translation>导入后 / 拒绝原因</translation>
    </message>
</context>
<context>
    <name>PumpStudio::PriceListImportDialog</name>
    <message>
        <source>Import price list</source>
        <translation>导入价目表</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>新增 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>更改 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>移除 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n 项未更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) rejected</source>
        <translation>
            <numerusform>已拒绝 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>No line of this file can be imported, so the price list is kept as it is. The table says why each line was rejected.</source>
        <translation>此文件中没有可导入的行，因此价目表保持不变。表格中列出了每一行被拒绝的原因。</translation>
    </message>
    <message>
        <source>The rejected lines are not imported.</source>
        <translation>被拒绝的行不会导入。</translation>
    </message>
    <message>
        <source>Items priced now but missing from this file lose their distributor price.</source>
        <translation>当前有价格但此文件中未列出的产品将失去经销商价格。</translation>
    </message>
    <message>
        <source>The list kept now is saved as a backup: &quot;Undo last price list import&quot; in the Distributor menu brings it back.</source>
        <translation>当前价目表将另存为备份：通过“经销商”菜单中的“撤销上次价目表导入”可将其恢复。</translation>
    </message>
    <message>
        <source>Show only rejected and removed lines</source>
        <translation>仅显示被拒绝和被移除的行</translation>
    </message>
    <message>
        <source>&amp;Replace price list</source>
        <translation>替换价目表(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep the current list</source>
        <translation>保留当前价目表(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>PumpStudio::ProfileDryRunControls</name>
    <message>
        <source>Fix the errors of the pre-run check before a dry run.</source>
        <translation>请先修正运行前检查中的错误，再进行试运行。</translation>
    </message>
    <message>
        <source>Dry run at %1x on a simulated %2…</source>
        <translation>正在以 %1 倍速在模拟的 %2 上试运行…</translation>
    </message>
    <message>
        <source>Dry run finished: the simulated pump moved %1 mL of the %2 mL planned.</source>
        <translation>试运行完成：模拟泵输送了 %1 mL，计划为 %2 mL。</translation>
    </message>
    <message>
        <source>Dry run stopped: %1</source>
        <translation>试运行已停止：%1</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>试运行</translation>
    </message>
    <message>
        <source>Run the profile on a simulated pump of this model, this many times faster, and draw what it did over the plan</source>
        <translation>在此型号的模拟泵上以指定倍速运行程序，并将其实际运行情况绘制在计划之上</translation>
    </message>
    <message>
        <source>How many times faster than real time the dry run goes</source>
        <translation>试运行比实时快多少倍</translation>
    </message>
</context>
<context>
    <name>PumpStudio::ProfileEditorPage</name>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save to the library (Ctrl+S)</source>
        <translation>保存到程序库 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>添加步骤</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected step (Delete)</source>
        <translation>移除所选步骤 (Delete)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the selected step up (Ctrl+Up)</source>
        <translation>上移所选步骤 (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the selected step down (Ctrl+Down)</source>
        <translation>下移所选步骤 (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Duplicate the selected step (Ctrl+D)</source>
        <translation>复制所选步骤 (Ctrl+D)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>撤销 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>重做 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Add a step after the selected one; inside a repeat when a step in it is selected</source>
        <translation>在所选步骤之后添加步骤；选中重复内的步骤时添加到该重复中</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Pre-run check</source>
        <translation>运行前检查</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has changes that are not saved. Save them?</source>
        <translation>程序“%1”有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新程序</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>Save the profile before duplicating it.</source>
        <translation>请先保存程序再复制。</translation>
    </message>
    <message>
        <source>Imported %1 as &quot;%2&quot;.</source>
        <translation>已将 %1 导入为“%2”。</translation>
    </message>
    <message>
        <source>Save the profile before exporting it.</source>
        <translation>请先保存程序再导出。</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>删除程序</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;? This cannot be undone.</source>
        <translation>删除程序“%1”？此操作无法撤销。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Double-click to select step %1</source>
        <translation>双击以选中步骤 %1</translation>
    </message>
    <message>
        <source>No problems found for this pump model.</source>
        <translation>未发现此泵型号的问题。</translation>
    </message>
    <message>
        <source>Untitled profile</source>
        <translation>未命名程序</translation>
    </message>
    <message>
        <source>%1[*]</source>
        <translation>%1[*]</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Changed since it was last saved</source>
        <translation>自上次保存后已更改</translation>
    </message>
    <message>
        <source>The profile was not saved: %1</source>
        <translation>程序未保存：%1</translation>
    </message>
</context>
<context>
    <name>PumpStudio::ProfileHeaderForm</name>
    <message>
        <source>%1 (unknown model)</source>
        <translation>%1（未知型号）</translation>
    </message>
    <message>
        <source>model default</source>
        <translation>型号默认</translation>
    </message>
    <message>
        <source>model default (%1)</source>
        <translation>型号默认（%1）</translation>
    </message>
    <message>
        <source>%1 (not in this model)</source>
        <translation>%1（不属于此型号）</translation>
    </message>
    <message>
        <source>%1 (%2 mL/rev)</source>
        <translation>%1（%2 mL/转）</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Pump model:</source>
        <translation>泵型号：</translation>
    </message>
    <message>
        <source>Pump head:</source>
        <translation>泵头：</translation>
    </message>
    <message>
        <source>Tubing:</source>
        <translation>软管：</translation>
    </message>
    <message>
        <source>Syringe:</source>
        <translation>注射器：</translation>
    </message>
    <message>
        <source>Calibration:</source>
        <translation>校准：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>nominal (from the tubing)</source>
        <translation>标称值（来自软管）</translation>
    </message>
    <message>
        <source> mL/rev</source>
        <translation> mL/转</translation>
    </message>
    <message>
        <source>The measured mL per revolution, replacing the tubing&apos;s nominal figure; 0 to use the nominal one</source>
        <translation>实测的每转毫升数，替代软管的标称值；设为 0 则使用标称值</translation>
    </message>
</context>
<context>
    <name>PumpStudio::ProfileLibraryPanel</name>
    <message>
        <source>Import profile</source>
        <translation>导入程序</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>程序 (*.json)</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>导出程序</translation>
    </message>
    <message>
        <source>%1 (cannot be read)</source>
        <translation>%1（无法读取）</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Start a new profile</source>
        <translation>新建一个程序</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Save a copy of this profile under a new name</source>
        <translation>以新名称保存此程序的副本</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Import...</source>
        <translation>导入...</translation>
    </message>
    <message>
        <source>Add a profile file to the library</source>
        <translation>将程序文件添加到程序库</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>导出...</translation>
    </message>
    <message>
        <source>Write this profile to a file anywhere</source>
        <translation>将此程序写入任意位置的文件</translation>
    </message>
</context>
<context>
    <name>PumpStudio::ProfilePreviewChart</name>
    <message>
        <source>Wait for the operator: %1</source>
        <translation>等待操作员：%1</translation>
    </message>
    <message>
        <source>Flow [mL/min]</source>
        <translation>流量 [mL/min]</translation>
    </message>
    <message>
        <source>Net volume [mL]</source>
        <translation>净体积 [mL]</translation>
    </message>
    <message>
        <source>Operator wait</source>
        <translation>操作员等待</translation>
    </message>
    <message>
        <source>Volume [mL]</source>
        <translation>体积 [mL]</translation>
    </message>
    <message>
        <source>Time [h]</source>
        <translation>时间 [小时]</translation>
    </message>
    <message>
        <source>Time [min]</source>
        <translation>时间 [分钟]</translation>
    </message>
    <message>
        <source>Time [s]</source>
        <translation>时间 [秒]</translation>
    </message>
    <message>
        <source>The profile expands to too many steps: only the start is drawn.</source>
        <translation>程序展开后步骤过多：只绘制开头部分。</translation>
    </message>
    <message>
        <source>Dry run [mL/min]</source>
        <translation>试运行 [mL/min]</translation>
    </message>
</context>
<context>
    <name>PumpStudio::ProfileStepDelegate</name>
    <message>
        <source>forward</source>
        <translation>正向</translation>
    </message>
    <message>
        <source>reverse</source>
        <translation>反向</translation>
    </message>
    <message>
        <source> times</source>
        <translation> 次</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
</context>
<context>
    <name>PumpStudio::ProfileStepModel</name>
    <message>
        <source>Edit profile details</source>
        <translation>编辑程序信息</translation>
    </message>
    <message>
        <source>Confirm to continue.</source>
        <translation>确认后继续。</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <source>Remove step %1</source>
        <translation>移除步骤 %1</translation>
    </message>
    <message>
        <source>Move step %1 up</source>
        <translation>上移步骤 %1</translation>
    </message>
    <message>
        <source>Move step %1 down</source>
        <translation>下移步骤 %1</translation>
    </message>
    <message>
        <source>Duplicate step %1</source>
        <translation>复制步骤 %1</translation>
    </message>
    <message>
        <source>Worked out from the volume and the rate</source>
        <translation>由体积和流量算出</translation>
    </message>
    <message>
        <source>Select a step inside the repeat to add steps to it</source>
        <translation>选中重复内的步骤以向其中添加步骤</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>正向</translation>
    </message>
    <message>
        <source>reverse</source>
        <translation>反向</translation>
    </message>
    <message>
        <source>x %1</source>
        <translation>× %1</translation>
    </message>
    <message>
        <source>Edit step %1</source>
        <translation>编辑步骤 %1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>流量</translation>
    </message>
    <message>
        <source>To rate</source>
        <translation>目标流量</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>体积</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Message / count</source>
        <translation>消息 / 次数</translation>
    </message>
    <message>
        <source>Step %1: a %2 step has no such field.</source>
        <translation>步骤 %1：%2 步骤没有此字段。</translation>
    </message>
    <message>
        <source>count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>message</source>
        <translation>提示信息</translation>
    </message>
    <message>
        <source>Step %1: %2 %3</source>
        <extracomment>&quot;Step 2.2: duration must be more than 0, not 0&quot;: the step, the field, the profile rule broken.</extracomment>
        <translation>步骤 %1：%2 %3 {1:?}</translation>
    </message>
    <message>
        <source>The step was not added: %1</source>
        <translation>未添加该步骤：%1</translation>
    </message>
</context>
<context>
    <name>PumpStudio::PumpBackDialog</name>
    <message>
        <source>Pump is back</source>
        <translation>泵已恢复</translation>
    </message>
    <message>
        <source>%1 answers again after a lost link. The profile run is paused: choose how it goes on.</source>
        <translation>链路中断后，%1 重新应答。程序运行已暂停：请选择如何继续。</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>Pump:</source>
        <translation>泵：</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>程序：</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>步骤：</translation>
    </message>
    <message>
        <source>Delivered:</source>
        <translation>已输送：</translation>
    </message>
    <message>
        <source>Resume step</source>
        <translation>继续此步骤</translation>
    </message>
    <message>
        <source>Run the rest of the interrupted step, then go on with the profile.</source>
        <translation>运行被中断步骤的剩余部分，然后继续执行程序。</translation>
    </message>
    <message>
        <source>Skip step</source>
        <translation>跳过步骤</translation>
    </message>
    <message>
        <source>Leave the rest of this step out and go on with the next one.</source>
        <translation>跳过此步骤的剩余部分，继续下一步骤。</translation>
    </message>
    <message>
        <source>Abort run</source>
        <translation>中止运行</translation>
    </message>
    <message>
        <source>End the run here; the pump stays stopped.</source>
        <translation>在此结束运行；泵保持停止。</translation>
    </message>
    <message>
        <source>%1 (%2), run time %3 of %4</source>
        <translation>%1（%2），运行时间 %3 / %4</translation>
    </message>
    <message>
        <source>%1 of %2 mL planned</source>
        <translation>%1 mL / 计划 %2 mL</translation>
    </message>
</context>
<context>
    <name>PumpStudio::PumpPanel</name>
    <message>
        <source>Pressure</source>
        <translation>压力</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>转速</translation>
    </message>
    <message>
        <source>rpm</source>
        <translation>rpm</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>流量</translation>
    </message>
    <message>
        <source>mL/min</source>
        <translation>mL/min</translation>
    </message>
    <message>
        <source>Dispensed</source>
        <translation>已输送</translation>
    </message>
    <message>
        <source>mL</source>
        <translation>mL</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Prime</source>
        <translation>灌注</translation>
    </message>
    <message>
        <source>Run at full speed (%1 rpm) to fill the tubing; press Stop when liquid arrives.</source>
        <translation>以全速（%1 rpm）运行以充满软管；液体流出时请按“停止”。</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Setpoint</source>
        <translation>设定值</translation>
    </message>
    <message>
        <source>%1 to %2 rpm; %3 mL/rev with the configured head and tubing</source>
        <translation>%1 至 %2 rpm；按已配置的泵头和软管为 %3 mL/转</translation>
    </message>
    <message>
        <source>Above this the alarm warns.</source>
        <translation>超过此值时发出警告报警。</translation>
    </message>
    <message>
        <source>Above this the pumps on the same line are stopped.</source>
        <translation>超过此值时，同一线路上的泵将被停止。</translation>
    </message>
    <message>
        <source>High (warn)</source>
        <translation>高限（警告）</translation>
    </message>
    <message>
        <source>High-high (stop pumps)</source>
        <translation>高高限（停泵）</translation>
    </message>
    <message>
        <source>Pressure limits saved.</source>
        <translation>压力限值已保存。</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How often the device is read. The link may carry less; the rate achieved is shown above.</source>
        <translation>读取设备的时间间隔。链路实际能承载的速率可能更低；实际达到的速率显示在上方。</translation>
    </message>
    <message>
        <source>Sample every</source>
        <translation>采样间隔</translation>
    </message>
    <message>
        <source>, running</source>
        <translation>，运行中</translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <source>Samples per second actually received. At %1 baud this link carries at most about %2 status reads a second.</source>
        <translation>实际收到的每秒采样数。在 %1 波特率下，此链路每秒最多约可承载 %2 次状态读取。</translation>
    </message>
    <message>
        <source>Samples per second actually received</source>
        <translation>每秒实际接收的采样数</translation>
    </message>
    <message>
        <source>%1 Hz (link limit %2 Hz)</source>
        <translation>%1 Hz（链路上限 %2 Hz）</translation>
    </message>
    <message>
        <source>Run profile…</source>
        <translation>运行程序…</translation>
    </message>
    <message>
        <source>Check a profile from the library against this pump and run it.</source>
        <translation>按此泵检查程序库中的程序并运行。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Skip step</source>
        <translation>跳过步骤</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Run profile</source>
        <translation>运行程序</translation>
    </message>
    <message>
        <source>The profile library is empty. Write a profile on the Profiles page first.</source>
        <translation>程序库为空。请先在“程序”页面编写程序。</translation>
    </message>
    <message>
        <source>Profile to run on %1:</source>
        <translation>要在 %1 上运行的程序：</translation>
    </message>
    <message>
        <source>The profile does not fit this pump; nothing was sent.
%1</source>
        <translation>该程序不适用于此泵；未发送任何指令。
%1</translation>
    </message>
    <message>
        <source>The check has warnings:

%1

Run anyway?</source>
        <translation>检查有警告：

%1

仍要运行吗？</translation>
    </message>
    <message>
        <source>Starting &quot;%1&quot;…</source>
        <translation>正在启动“%1”…</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Waiting for the operator</source>
        <translation>等待操作员</translation>
    </message>
    <message>
        <source>Link lost</source>
        <translation>链路中断</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>已中止</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1: step %2 of %3 (%4), %5 of %6, %7 of %8 mL</source>
        <translation>%1：步骤 %2/%3（%4），%5 / %6，%7 / %8 mL</translation>
    </message>
    <message>
        <source>Waiting for the pump to answer again…</source>
        <translation>正在等待泵重新应答…</translation>
    </message>
    <message>
        <source>Possible once the pump answers again.</source>
        <translation>泵重新应答后才可使用。</translation>
    </message>
    <message>
        <source>, running in %1</source>
        <translation>，以%1运行</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>证书 %1</translation>
    </message>
</context>
<context>
    <name>PumpStudio::PumpTableModel</name>
    <message>
        <source>Pump</source>
        <translation>泵</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>串口</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链路</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <source>%1 (certificate %2)</source>
        <translation>%1（证书 %2）</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
</context>
<context>
    <name>PumpStudio::RecordsPage</name>
    <message>
        <source>Search runs: operator, pump, date, file…</source>
        <translation>搜索运行：操作员、泵、日期、文件…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Run report (PDF)…</source>
        <translation>运行报告（PDF）…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Pick a run and press Open to replay it.</source>
        <translation>选择一次运行，然后点击“打开”进行回放。</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>Open a run first.</source>
        <translation>请先打开一次运行。</translation>
    </message>
    <message>
        <source>Run report</source>
        <translation>运行报告</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Review and Sign…</source>
        <translation>审核并签名…</translation>
    </message>
    <message>
        <source>Single samples cannot be read back: %1</source>
        <translation>无法回读单个采样点：%1</translation>
    </message>
    <message>
        <source>being recorded (sealed when it ends)</source>
        <translation>正在记录（结束时封存）</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>interrupted (ended by a crash; what was recovered was sealed at the next start), %1</source>
        <translation>已中断（因崩溃而结束；恢复的数据已在下次启动时封存），%1</translation>
    </message>
    <message>
        <source>%1: started %2, %3 long, operator %4. Integrity: %5. %6 Wheel to zoom, drag to pan.</source>
        <translation>%1：开始于 %2，时长 %3，操作员 %4。完整性：%5。%6 滚动滚轮缩放，拖动平移。</translation>
    </message>
    <message>
        <source>Run record exported as CSV to %1</source>
        <translation>运行记录已以 CSV 格式导出到 %1</translation>
    </message>
    <message>
        <source>Run report written to %1</source>
        <translation>运行报告已保存到 %1</translation>
    </message>
    <message>
        <source>Review and Sign</source>
        <translation>审核并签名</translation>
    </message>
    <message>
        <source>Open a finished run first.</source>
        <translation>请先打开一个已结束的运行。</translation>
    </message>
    <message>
        <source>Run record %1</source>
        <translation>运行记录 %1</translation>
    </message>
    <message>
        <source>%1 Signed: %2</source>
        <translation>%1 已签名：%2</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>The run records on this workstation</source>
        <translation>本工作站上的运行记录</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档库</translation>
    </message>
    <message>
        <source>The runs of every workstation in the shared archive</source>
        <translation>共享归档库中所有工作站的运行记录</translation>
    </message>
    <message>
        <source>a copy from the shared archive</source>
        <translation>共享归档库中的副本</translation>
    </message>
    <message>
        <source>This is a copy from the shared archive. Sign the run on the workstation that recorded it.</source>
        <translation>这是共享归档库中的副本。请在记录该运行的工作站上签名。</translation>
    </message>
</context>
<context>
    <name>PumpStudio::RunListModel</name>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>采样数</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>报警</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>PumpStudio::RunReport</name>
    <message numerus="yes">
        <source>… and %n more alarm entries in the record.</source>
        <translation>
            <numerusform>… 记录中还有 %n 条报警条目。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 for %3</source>
        <translation>%1，%2，持续 %3</translation>
    </message>
    <message>
        <source>%1, %2 at %3</source>
        <translation>%1，%2，流量 %3</translation>
    </message>
    <message>
        <source>%1, %2 to %3 over %4</source>
        <translation>%1，%2 至 %3，历时 %4</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n times</source>
        <translation>
            <numerusform>%1，%n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>PumpStudio run report</source>
        <translation>PumpStudio 运行报告</translation>
    </message>
    <message>
        <source>Could not start the PDF %1.</source>
        <translation>无法开始写入 PDF %1。</translation>
    </message>
    <message>
        <source>PumpStudio %1 · %2</source>
        <translation>PumpStudio %1 · %2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>Run report</source>
        <translation>运行报告</translation>
    </message>
    <message>
        <source>Started %1 (%2)   Duration %3   Operator %4</source>
        <translation>开始时间 %1（%2）   时长 %3   操作员 %4</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>min %1, max %2, last %3 %4</source>
        <translation>最小 %1，最大 %2，最新 %3 %4</translation>
    </message>
    <message>
        <source>, serial %1</source>
        <translation>，序列号 %1</translation>
    </message>
    <message>
        <source>, firmware %1</source>
        <translation>，固件 %1</translation>
    </message>
    <message>
        <source>, %1 mL/rev</source>
        <translation>，%1 mL/转</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>程序</translation>
    </message>
    <message>
        <source>not ended</source>
        <translation>未结束</translation>
    </message>
    <message>
        <source>• &quot;%1&quot; on %2: %3 to %4</source>
        <translation>• “%1”（%2）：%3 至 %4</translation>
    </message>
    <message>
        <source>• &quot;%1&quot; on %2: %3 to %4 (%5)</source>
        <translation>• “%1”（%2）：%3 至 %4（%5）</translation>
    </message>
    <message>
        <source>    Step %1: %2 to %3</source>
        <translation>    步骤 %1：%2 至 %3</translation>
    </message>
    <message>
        <source>    Step %1: %2 to %3, %4</source>
        <translation>    步骤 %1：%2 至 %3，%4</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>报警</translation>
    </message>
    <message>
        <source>No alarms.</source>
        <translation>无报警。</translation>
    </message>
    <message>
        <source>raised</source>
        <translation>触发</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>解除</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Record integrity and signatures</source>
        <translation>记录完整性与签名</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>完整性：%1</translation>
    </message>
    <message>
        <source>The run was interrupted (PumpStudio stopped unexpectedly); this report shows what was recovered.</source>
        <translation>运行被中断（PumpStudio 意外停止）；本报告显示已恢复的内容。</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>未签名。</translation>
    </message>
    <message>
        <source>Signature: %1 (meaning: %2; printed name: %3; role: %4)</source>
        <translation>签名：%1（含义：%2；打印姓名：%3；角色：%4）</translation>
    </message>
</context>
<context>
    <name>PumpStudio::SessionControls</name>
    <message>
        <source>&amp;Log In…</source>
        <translation>登录(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Switch User…</source>
        <translation>切换用户(&amp;S)…</translation>
    </message>
    <message>
        <source>Log &amp;Off</source>
        <translation>注销(&amp;O)</translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation>更改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Accounts and Policies…</source>
        <translation>账户与策略(&amp;A)…</translation>
    </message>
    <message>
        <source>Change Password</source>
        <translation>更改密码</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Demo (no log-in): simulated pumps only</source>
        <translation>演示（无需登录）：仅限模拟泵</translation>
    </message>
    <message>
        <source>Controlled mode: nobody logged in</source>
        <translation>受控模式：无人登录</translation>
    </message>
    <message>
        <source>Open mode · operator %1 · OS user %2</source>
        <translation>开放模式 · 操作员 %1 · 系统用户 %2</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>未选择</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>您的密码已更改。</translation>
    </message>
</context>
<context>
    <name>PumpStudio::SignatureDialog</name>
    <message>
        <source>Electronic Signature</source>
        <translation>电子签名</translation>
    </message>
    <message>
        <source>&lt;p&gt;You are signing:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Meaning of this signature: &lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Your signature is the legally binding equivalent of your handwritten signature. It is recorded with your printed name and the time, linked to exactly this content (SHA-256 %3…).&lt;/p&gt;</source>
        <translation>&lt;p&gt;您正在签署：&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;此签名的含义：&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;您的电子签名与手写签名具有同等法律约束力。签名将连同您的打印姓名和时间一起记录，并与此处的内容唯一关联（SHA-256 %3…）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(the account&apos;s full name)</source>
        <translation>（账户的全名）</translation>
    </message>
    <message>
        <source>User id:</source>
        <translation>用户 ID：</translation>
    </message>
    <message>
        <source>Printed name:</source>
        <translation>打印姓名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>正在验证密码…</translation>
    </message>
</context>
<context>
    <name>PumpStudio::TrendChart</name>
    <message>
        <source>Last minute</source>
        <translation>最近 1 分钟</translation>
    </message>
    <message>
        <source>Last 10 minutes</source>
        <translation>最近 10 分钟</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Whole run</source>
        <translation>整次运行</translation>
    </message>
    <message>
        <source>How much time the chart shows</source>
        <translation>图表显示的时间范围</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>已用时间</translation>
    </message>
    <message>
        <source>Clock time</source>
        <translation>时钟时间</translation>
    </message>
    <message>
        <source>Separate axes</source>
        <translation>独立坐标轴</translation>
    </message>
    <message>
        <source>Shared axis</source>
        <translation>共用坐标轴</translation>
    </message>
    <message>
        <source>Follow live</source>
        <translation>跟随实时</translation>
    </message>
    <message>
        <source>Keep the newest data in view. Zooming or dragging the chart pauses it; double-click the chart to follow again.</source>
        <translation>始终显示最新数据。缩放或拖动图表会暂停跟随；双击图表可恢复跟随。</translation>
    </message>
    <message>
        <source>Wheel: zoom. Drag: pan. Double-click: follow live. Click a legend entry to hide or show its line.</source>
        <translation>滚轮：缩放。拖动：平移。双击：跟随实时。单击图例项可隐藏或显示对应曲线。</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Flow [mL/min]</source>
        <translation>流量 [mL/min]</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>压力</translation>
    </message>
    <message>
        <source>Pressure [%1]</source>
        <translation>压力 [%1]</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>时钟时间</translation>
    </message>
    <message>
        <source>Elapsed (h:min:s)</source>
        <translation>已用时间（时:分:秒）</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Could not write the image %1.</source>
        <translation>无法写入图像 %1。</translation>
    </message>
    <message>
        <source>PumpStudio chart</source>
        <translation>PumpStudio 图表</translation>
    </message>
    <message>
        <source>Could not write the drawing %1.</source>
        <translation>无法写入矢量图 %1。</translation>
    </message>
</context>
<context>
    <name>QueueTr</name>
    <message>
        <source>cannot keep a message</source>
        <translation>无法保存消息</translation>
    </message>
</context>
<context>
    <name>Reglo</name>
    <message>
        <source>%1 does not fit the Reglo ICC&apos;s %2-digit field.</source>
        <translation>%1 超出 Reglo ICC 的 %2 位字段范围。</translation>
    </message>
    <message>
        <source>A Reglo ICC volume or flow must be a positive number.</source>
        <translation>Reglo ICC 的体积或流量必须是正数。</translation>
    </message>
    <message>
        <source>%1 is outside what the Reglo ICC can represent.</source>
        <translation>%1 超出 Reglo ICC 可表示的范围。</translation>
    </message>
</context>
<context>
    <name>RegloIccDriver</name>
    <message>
        <source>The Reglo ICC did not accept %1 (it answered &apos;%2&apos;: overloaded, or not possible in its present state).</source>
        <translation>Reglo ICC 未接受%1（应答“%2”：过载，或在当前状态下无法执行）。</translation>
    </message>
    <message>
        <source>The Reglo ICC refused %1 (&apos;%2&apos;).</source>
        <translation>Reglo ICC 拒绝了%1（“%2”）。</translation>
    </message>
    <message>
        <source>the identity query</source>
        <translation>身份查询</translation>
    </message>
    <message>
        <source>A device answered, but not as a Reglo ICC: &quot;%1&quot;.</source>
        <translation>有设备应答，但不是 Reglo ICC：“%1”。</translation>
    </message>
    <message>
        <source>asynchronous events</source>
        <translation>异步事件</translation>
    </message>
    <message>
        <source>the running query</source>
        <translation>运行状态查询</translation>
    </message>
    <message>
        <source>the speed query</source>
        <translation>转速查询</translation>
    </message>
    <message>
        <source>the direction query</source>
        <translation>方向查询</translation>
    </message>
    <message>
        <source>the volume query</source>
        <translation>体积查询</translation>
    </message>
    <message>
        <source>RPM mode</source>
        <translation>转速模式</translation>
    </message>
    <message>
        <source>start</source>
        <translation>启动命令</translation>
    </message>
    <message>
        <source>the start-error query</source>
        <translation>启动失败原因查询</translation>
    </message>
    <message>
        <source>its settings cannot be reached</source>
        <translation>当前设置无法实现</translation>
    </message>
    <message>
        <source>the cycle count is not possible (limit %1)</source>
        <translation>循环次数无法实现（限值 %1）</translation>
    </message>
    <message>
        <source>the flow rate is out of range (limit %1 mL/min)</source>
        <translation>流速超出范围（限值 %1 mL/min）</translation>
    </message>
    <message>
        <source>the volume is out of range (limit %1 mL)</source>
        <translation>体积超出范围（限值 %1 mL）</translation>
    </message>
    <message>
        <source>The Reglo ICC cannot start: %1.</source>
        <translation>Reglo ICC 无法启动：%1。</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>停止命令</translation>
    </message>
    <message>
        <source>the direction</source>
        <translation>方向设置</translation>
    </message>
    <message>
        <source>the speed</source>
        <translation>转速设置</translation>
    </message>
    <message>
        <source>the flow rate</source>
        <translation>流速设置</translation>
    </message>
    <message>
        <source>The Reglo ICC answered the flow rate with &quot;%1&quot;.</source>
        <translation>Reglo ICC 对流量的应答为“%1”。</translation>
    </message>
    <message>
        <source>The Reglo ICC has no flow rate set for the volume mode.</source>
        <translation>Reglo ICC 未为定量模式设置流量。</translation>
    </message>
    <message>
        <source>the volume</source>
        <translation>体积设置</translation>
    </message>
    <message>
        <source>The Reglo ICC did not take the volume (it answered &quot;%1&quot;).</source>
        <translation>Reglo ICC 未接受该体积（应答为“%1”）。</translation>
    </message>
    <message>
        <source>volume mode</source>
        <translation>定量模式</translation>
    </message>
    <message>
        <source>%1 s is shorter than the Reglo ICC&apos;s 0.1 s time resolution.</source>
        <translation>%1 s 短于 Reglo ICC 的 0.1 s 时间分辨率。</translation>
    </message>
    <message>
        <source>the run time</source>
        <translation>运行时间</translation>
    </message>
    <message>
        <source>time mode</source>
        <translation>定时模式</translation>
    </message>
    <message>
        <source>running, %1 s left</source>
        <translation>运行中，剩余 %1 s</translation>
    </message>
    <message>
        <source>run complete</source>
        <translation>运行完成</translation>
    </message>
    <message>
        <source>calibration complete</source>
        <translation>校准完成</translation>
    </message>
    <message>
        <source>stopped at the pump</source>
        <translation>已在泵上手动停止</translation>
    </message>
    <message>
        <source>over-temperature: the pump stopped</source>
        <translation>过温：泵已停止</translation>
    </message>
    <message>
        <source>motor over-current: the pump stopped</source>
        <translation>电机过流：泵已停止</translation>
    </message>
    <message>
        <source>stopped (cause %1)</source>
        <translation>已停止（原因 %1）</translation>
    </message>
    <message>
        <source>The Reglo ICC answered %1 with &apos;%2&apos;, which is not an answer to it.</source>
        <translation>Reglo ICC 对%1的应答为“%2”，这不是对该命令的应答。</translation>
    </message>
    <message>
        <source>The Reglo ICC at address %1 answered %2 with &quot;%3&quot;, which is not an answer to it.</source>
        <translation>地址 %1 上的 Reglo ICC 对%2的应答为“%3”，这不是对该命令的应答。</translation>
    </message>
    <message>
        <source>The Reglo ICC at address %1 is busy or overloaded (&apos;#&apos;).</source>
        <translation>地址 %1 上的 Reglo ICC 正忙或过载（“#”）。</translation>
    </message>
    <message>
        <source>The Reglo ICC did not start (&apos;#&apos;: overloaded or busy).</source>
        <translation>Reglo ICC 未启动（“#”：过载或正忙）。</translation>
    </message>
    <message>
        <source>The Reglo ICC answered start with &apos;%1&apos;, which is not an answer to it; whether it runs is not known.</source>
        <translation>Reglo ICC 对启动命令的应答为“%1”，这不是对该命令的应答；无法确定泵是否在运行。</translation>
    </message>
    <message>
        <source>The Reglo ICC at address %1 answered the running query with &quot;%2&quot;.</source>
        <translation>地址 %1 上的 Reglo ICC 对运行状态查询的应答为“%2”。</translation>
    </message>
    <message>
        <source>The Reglo ICC answered the maximum flow with &quot;%1&quot;.</source>
        <translation>Reglo ICC 对最大流量的应答为“%1”。</translation>
    </message>
    <message>
        <source>the maximum flow with calibration</source>
        <translation>按校准值的最大流量</translation>
    </message>
    <message>
        <source>the maximum flow</source>
        <translation>最大流量</translation>
    </message>
    <message>
        <source>the calibrated roller step volume</source>
        <translation>校准后的滚轮步进体积</translation>
    </message>
    <message>
        <source>the roller step volume</source>
        <translation>滚轮步进体积</translation>
    </message>
    <message>
        <source>The Reglo ICC answered the roller step volume with &quot;%1&quot;.</source>
        <translation>Reglo ICC 对滚轮步进体积的应答为“%1”。</translation>
    </message>
    <message>
        <source>the mode query</source>
        <translation>模式查询</translation>
    </message>
    <message>
        <source>the flow rate query</source>
        <translation>流量查询</translation>
    </message>
    <message>
        <source>stop before the timed or metered run</source>
        <translation>定时或定量运行前停泵</translation>
    </message>
</context>
<context>
    <name>RemoteCommand</name>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>“%1”必须是字符串。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number.</source>
        <translation>“%1”必须是数字。</translation>
    </message>
    <message>
        <source>The message is longer than %1 bytes.</source>
        <translation>消息长度超过 %1 字节。</translation>
    </message>
    <message>
        <source>The message is not JSON (%1 at byte %2).</source>
        <translation>消息不是 JSON（第 %2 字节处：%1）。</translation>
    </message>
    <message>
        <source>The message must be a JSON object.</source>
        <translation>消息必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing: every command needs a unique id (a UUID).</source>
        <translation>缺少“id”：每条命令都需要唯一的 id（UUID）。</translation>
    </message>
    <message>
        <source>&quot;id&quot; is longer than %1 characters.</source>
        <translation>“id”长度超过 %1 个字符。</translation>
    </message>
    <message>
        <source>&quot;user&quot; is missing.</source>
        <translation>缺少“user”。</translation>
    </message>
    <message>
        <source>&quot;command&quot; is missing: start, stop, setpoint or runProfile.</source>
        <translation>缺少“command”：应为 start、stop、setpoint 或 runProfile。</translation>
    </message>
    <message>
        <source>A setpoint needs one of &quot;flowMlPerMin&quot; and &quot;rpm&quot;.</source>
        <translation>设定值命令需要“flowMlPerMin”和“rpm”二者之一。</translation>
    </message>
    <message>
        <source>runProfile needs &quot;profile&quot;, the name of a profile on the workstation.</source>
        <translation>runProfile 需要“profile”，即工作站上某个程序的名称。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: start, stop, setpoint or runProfile.</source>
        <translation>未知命令“%1”：应为 start、stop、setpoint 或 runProfile。</translation>
    </message>
</context>
<context>
    <name>RemoteCommandGate</name>
    <message>
        <source>PumpStudio (unauthenticated remote command)</source>
        <translation>PumpStudio（未经认证的远程命令）</translation>
    </message>
    <message>
        <source>Remote command via MQTT refused: %1</source>
        <translation>经 MQTT 的远程命令被拒绝：%1</translation>
    </message>
    <message>
        <source>There is no pump &quot;%1&quot; on this workstation.</source>
        <translation>此工作站上没有泵“%1”。</translation>
    </message>
    <message>
        <source>The command carries no token: remote commands need the user&apos;s API token.</source>
        <translation>命令未携带令牌：远程命令需要用户的 API 令牌。</translation>
    </message>
    <message>
        <source>The role %1 may not %2.</source>
        <translation>角色 %1 无权%2。</translation>
    </message>
    <message>
        <source>A reason is required: %1 (give &quot;reason&quot;).</source>
        <translation>必须填写原因：%1（请提供“reason”）。</translation>
    </message>
    <message>
        <source>Remote command via MQTT: %1</source>
        <translation>经 MQTT 的远程命令：%1</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Not done: the audit trail cannot be written (%1).</source>
        <translation>未执行：无法写入审计追踪（%1）。</translation>
    </message>
    <message>
        <source>Remote command via MQTT done: %1</source>
        <translation>经 MQTT 的远程命令已执行：%1</translation>
    </message>
    <message>
        <source>Remote command via MQTT failed: %1</source>
        <translation>经 MQTT 的远程命令失败：%1</translation>
    </message>
</context>
<context>
    <name>RunRecord</name>
    <message>
        <source>A block of samples is damaged.</source>
        <translation>一个采样数据块已损坏。</translation>
    </message>
    <message>
        <source>A block of samples has format %1, which this version cannot read.</source>
        <translation>一个采样数据块的格式为 %1，此版本无法读取。</translation>
    </message>
    <message>
        <source>The run record %1 does not exist.</source>
        <translation>运行记录 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a PumpStudio run record.</source>
        <translation>%1 不是 PumpStudio 运行记录。</translation>
    </message>
    <message>
        <source>The run record %1 is damaged: it is shorter than it should be (truncated copy?).</source>
        <translation>运行记录 %1 已损坏：文件长度不足（可能是不完整的副本？）。</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>流量</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>压力</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>转速</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>体积</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Device lost</source>
        <translation>设备连接中断</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>未结束</translation>
    </message>
    <message>
        <source>The run record %1 cannot be read</source>
        <translation>无法读取运行记录 %1</translation>
    </message>
    <message>
        <source>The run record is not open.</source>
        <translation>运行记录未打开。</translation>
    </message>
    <message>
        <source>%1 was written by a newer PumpStudio (record format %2; this version reads up to %3). Please update PumpStudio.</source>
        <translation>%1 由较新版本的 PumpStudio 写入（记录格式 %2；此版本最高只能读取 %3）。请更新 PumpStudio。</translation>
    </message>
    <message>
        <source>The run record %1 has no run information.</source>
        <translation>运行记录 %1 中没有运行信息。</translation>
    </message>
    <message>
        <source>The run record %1 has no valid start time.</source>
        <translation>运行记录 %1 中没有有效的开始时间。</translation>
    </message>
    <message>
        <source>Cannot store samples</source>
        <translation>无法保存采样数据</translation>
    </message>
    <message>
        <source>Cannot store a setpoint</source>
        <translation>无法保存设定值</translation>
    </message>
    <message>
        <source>Cannot store an event</source>
        <translation>无法保存事件</translation>
    </message>
    <message>
        <source>Cannot store an alarm</source>
        <translation>无法保存报警</translation>
    </message>
    <message>
        <source>Cannot store the end of the run</source>
        <translation>无法保存运行结束信息</translation>
    </message>
    <message>
        <source>Cannot write the run record %1.</source>
        <translation>无法写入运行记录 %1。</translation>
    </message>
    <message>
        <source>Cannot start a transaction.</source>
        <translation>无法开始事务。</translation>
    </message>
    <message>
        <source>Cannot store the run</source>
        <translation>无法保存运行信息</translation>
    </message>
    <message>
        <source>Cannot commit the new record.</source>
        <translation>无法提交新记录。</translation>
    </message>
    <message>
        <source>%1 is being written by a running PumpStudio.</source>
        <translation>正在运行的 PumpStudio 正在写入 %1。</translation>
    </message>
    <message>
        <source>%1 is finished.</source>
        <translation>%1 已完成。</translation>
    </message>
    <message>
        <source>The run ended without being finished (PumpStudio stopped unexpectedly). Recovered: %1.</source>
        <translation>运行未正常结束（PumpStudio 意外停止）。已恢复：%1。</translation>
    </message>
    <message>
        <source>Cannot mark the run record %1 as interrupted.</source>
        <translation>无法将运行记录 %1 标记为已中断。</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>The run record %1 is damaged: %2</source>
        <translation>运行记录 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>the table &quot;%1&quot; is missing.</source>
        <translation>缺少表“%1”。</translation>
    </message>
    <message>
        <source>the table &quot;%1&quot; has no column &quot;%2&quot;.</source>
        <translation>表“%1”中没有列“%2”。</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) of samples claim an impossible number of samples.</source>
        <translation>
            <numerusform>%n 个采样数据块声明的采样点数量不可能成立。</numerusform>
        </translation>
    </message>
    <message>
        <source>it has samples of channel %1, which it does not describe.</source>
        <translation>其中包含通道 %1 的采样数据，但未对该通道进行描述。</translation>
    </message>
    <message>
        <source>the samples of channel %1 have a block missing or cut short.</source>
        <translation>通道 %1 的采样数据缺少数据块或数据块被截断。</translation>
    </message>
</context>
<context>
    <name>RunRecorder</name>
    <message>
        <source>Marked interrupted at start (the run ended without being finished); recovered %1</source>
        <translation>启动时标记为已中断（运行未正常结束）；已恢复 %1</translation>
    </message>
    <message>
        <source>Sealed at start: the record was finished without a seal (closed during shutdown, or written before records were sealed)</source>
        <translation>启动时封存：该记录已完成但未封存（在关闭过程中结束，或写入时尚无记录封存功能）</translation>
    </message>
</context>
<context>
    <name>SartoriusSbiDriver</name>
    <message>
        <source>a weight (ESC P)</source>
        <translation>读取重量（ESC P）</translation>
    </message>
    <message>
        <source>The balance is busy (%1) and shows no weight.</source>
        <translation>天平忙（%1），未显示重量。</translation>
    </message>
    <message>
        <source>The balance reports error %1.</source>
        <translation>天平报告错误 %1。</translation>
    </message>
    <message>
        <source>The balance&apos;s answer to %1 is not a weight: &quot;%2&quot;.</source>
        <translation>天平对 %1 的应答不是重量值：“%2”。</translation>
    </message>
    <message>
        <source>The balance weighs in &quot;%1&quot;, not in grams: set its unit to g.</source>
        <translation>天平的称量单位是“%1”而不是克：请将其单位设为 g。</translation>
    </message>
    <message>
        <source>tare (ESC U)</source>
        <translation>去皮（ESC U）</translation>
    </message>
    <message>
        <source>zero (ESC V)</source>
        <translation>置零（ESC V）</translation>
    </message>
    <message>
        <source>The balance refused %1: error %2.</source>
        <translation>天平拒绝执行 %1：错误 %2。</translation>
    </message>
    <message>
        <source>The balance&apos;s answer to %1 is not a text: &quot;%2&quot;.</source>
        <translation>天平对 %1 的应答不是文本：“%2”。</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>系统密钥链不可用：%1</translation>
    </message>
    <message>
        <source>This build of PumpStudio has no keychain support.</source>
        <translation>此版本的 PumpStudio 不支持密钥链。</translation>
    </message>
</context>
<context>
    <name>SerialBus</name>
    <message>
        <source>%1 is not connected (%2); nothing was sent.</source>
        <translation>%1 未连接（%2），未发送任何命令。</translation>
    </message>
    <message>
        <source>%1 has %2 requests waiting; the device is not keeping up.</source>
        <translation>%1 有 %2 个请求在等待；设备响应跟不上。</translation>
    </message>
    <message>
        <source>a request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>%1 was closed.</source>
        <translation>%1 已关闭。</translation>
    </message>
    <message>
        <source>%1 sends back what is sent to it (an echo, a loopback or an RS-485 adapter with local echo): no pump answers like that, so %2 was not confirmed.</source>
        <translation>%1 原样返回发送给它的数据（回显、回环，或带本地回显的 RS-485 适配器）：泵不会这样应答，因此%2未得到确认。</translation>
    </message>
    <message>
        <source>the request</source>
        <translation>该请求</translation>
    </message>
    <message numerus="yes">
        <source>The device on %1 answered %2 with damaged replies %n time(s); nothing was taken from them.</source>
        <translation>
            <numerusform>%1 上的设备对%2返回了 %n 次损坏的应答；未从中采用任何数据。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No reply from the device on %1 to %2 after %n attempt(s) (%3 ms in all).</source>
        <translation>
            <numerusform>%1 上的设备对%2无应答（已尝试 %n 次，共 %3 ms）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SerialLine</name>
    <message>
        <source>%1 vanished (unplugged?)</source>
        <translation>%1 已消失（是否已拔出？）</translation>
    </message>
    <message>
        <source>Cannot open %1: %2. Your user may not open this port: add it to the dialout group (sudo usermod -aG dialout $USER) and log in again, or install the PumpStudio package, whose udev rule lets the user at the computer open common USB serial adapters.</source>
        <translation>无法打开 %1：%2。当前用户无权打开此端口：请将用户加入 dialout 组（sudo usermod -aG dialout $USER）后重新登录，或安装 PumpStudio 软件包，其 udev 规则允许当前登录用户打开常见的 USB 串口适配器。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Writing to %1 failed: %2</source>
        <translation>写入 %1 失败：%2</translation>
    </message>
    <message>
        <source>%1 vanished: %2</source>
        <translation>%1 已消失：%2</translation>
    </message>
    <message>
        <source>Reconnected</source>
        <translation>已重新连接</translation>
    </message>
    <message>
        <source>Cannot open %1: it is in use by %2.</source>
        <translation>无法打开 %1：它正被 %2 占用。</translation>
    </message>
    <message>
        <source>Cannot open %1: it is in use by another program (%2).</source>
        <translation>无法打开 %1：它正被其他软件占用（%2）。</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a serial port (%2).</source>
        <translation>无法打开 %1：它不是串口（%2）。</translation>
    </message>
</context>
<context>
    <name>SerialSettings</name>
    <message>
        <source>Unknown parity &quot;%1&quot;; use none, even or odd.</source>
        <translation>未知的校验位“%1”；请使用 none、even 或 odd。</translation>
    </message>
    <message>
        <source>Data bits must be 7 or 8, not %1.</source>
        <translation>数据位必须是 7 或 8，而不是 %1。</translation>
    </message>
    <message>
        <source>Stop bits must be 1 or 2, not %1.</source>
        <translation>停止位必须是 1 或 2，而不是 %1。</translation>
    </message>
</context>
<context>
    <name>Signature</name>
    <message>
        <source>approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>performed the calibration</source>
        <translation>执行校准</translation>
    </message>
    <message>
        <source>checked the calibration</source>
        <translation>复核校准</translation>
    </message>
</context>
<context>
    <name>SimDeviceFactory</name>
    <message>
        <source>%1 has no syringe &quot;%2&quot;; it takes %3.</source>
        <translation>%1 没有注射器“%2”；可用：%3。</translation>
    </message>
    <message>
        <source>%1 has no head &quot;%2&quot;; it takes %3.</source>
        <translation>%1 没有泵头“%2”；可用：%3。</translation>
    </message>
    <message>
        <source>%1 takes no tubing &quot;%2&quot;; it takes %3.</source>
        <translation>%1 不能使用软管“%2”；可用：%3。</translation>
    </message>
    <message>
        <source>No device to simulate.</source>
        <translation>没有要模拟的设备。</translation>
    </message>
    <message>
        <source>Unknown model &quot;%1&quot;; known models: %2.</source>
        <translation>未知型号“%1”；已知型号：%2。</translation>
    </message>
    <message>
        <source>Two %1 devices at address %2 on one line.</source>
        <translation>同一线路上有两台地址为 %2 的 %1 设备。</translation>
    </message>
    <message>
        <source>--firmware is simulated for the Reglo ICC only, not for the %1.</source>
        <translation>--firmware 仅对 Reglo ICC 进行模拟，不适用于 %1。</translation>
    </message>
</context>
<context>
    <name>SimPump</name>
    <message>
        <source>The pump is in alarm; clear the alarm first.</source>
        <translation>泵处于报警状态；请先清除报警。</translation>
    </message>
    <message>
        <source>No volume set for a volume run.</source>
        <translation>定量运行未设置体积。</translation>
    </message>
    <message>
        <source>No time set for a timed run.</source>
        <translation>定时运行未设置时间。</translation>
    </message>
    <message>
        <source>Speed %1 rpm is outside 0 to %2 rpm.</source>
        <translation>转速 %1 rpm 超出 0 到 %2 rpm 的范围。</translation>
    </message>
    <message>
        <source>Volume per revolution must be positive.</source>
        <translation>每转体积必须为正数。</translation>
    </message>
    <message>
        <source>Volume must not be negative.</source>
        <translation>体积不能为负数。</translation>
    </message>
    <message>
        <source>Run time must not be negative.</source>
        <translation>运行时间不能为负数。</translation>
    </message>
</context>
<context>
    <name>Simulation</name>
    <message>
        <source>%1 at %2 s: %3</source>
        <translation>%1，%2 s：%3</translation>
    </message>
    <message>
        <source>fault ends</source>
        <translation>故障结束</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>故障</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>%1 %2</source>
        <extracomment>A number and its unit, e.g. &quot;12.5 mL/min&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>%1 is %2, above the high limit of %3</source>
        <translation>%1 为 %2，高于高限 %3</translation>
    </message>
    <message>
        <source>%1 is back to %2, below the high limit of %3</source>
        <translation>%1 已恢复到 %2，低于高限 %3</translation>
    </message>
    <message>
        <source>%1 is %2, above the high-high limit of %3</source>
        <translation>%1 为 %2，高于高高限 %3</translation>
    </message>
    <message>
        <source>%1 is back to %2, below the high-high limit of %3</source>
        <translation>%1 已恢复到 %2，低于高高限 %3</translation>
    </message>
    <message>
        <source>%1 is %2, below the low limit of %3</source>
        <translation>%1 为 %2，低于低限 %3</translation>
    </message>
    <message>
        <source>%1 is back to %2, above the low limit of %3</source>
        <translation>%1 已恢复到 %2，高于低限 %3</translation>
    </message>
    <message>
        <source>%1 deviation alarm cleared: no setpoint</source>
        <translation>%1 偏差报警已解除：无设定值</translation>
    </message>
    <message>
        <source>%1 is %2, more than %3 away from the setpoint of %4</source>
        <translation>%1 为 %2，偏离设定值 %4 超过 %3</translation>
    </message>
    <message>
        <source>%1 is back to %2, within %3 of the setpoint of %4</source>
        <translation>%1 已恢复到 %2，与设定值 %4 的偏差在 %3 以内</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Direction %1</source>
        <translation>方向 %1</translation>
    </message>
    <message>
        <source>Speed %1 rpm</source>
        <translation>转速 %1 rpm</translation>
    </message>
    <message>
        <source>Flow %1 mL/min</source>
        <translation>流量 %1 mL/min</translation>
    </message>
    <message>
        <source>Dispense %1 mL at %2 mL/min</source>
        <translation>以 %2 mL/min 定量分液 %1 mL</translation>
    </message>
    <message>
        <source>Dispense %1 mL</source>
        <translation>定量分液 %1 mL</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>已启动</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Direction set</source>
        <translation>方向已设置</translation>
    </message>
    <message>
        <source>Speed set</source>
        <translation>转速已设置</translation>
    </message>
    <message>
        <source>Flow set</source>
        <translation>流量已设置</translation>
    </message>
    <message>
        <source>Dispensing</source>
        <translation>正在分液</translation>
    </message>
    <message>
        <source>The run record %1 has an unknown alarm action.</source>
        <translation>运行记录 %1 中含有未知的报警动作。</translation>
    </message>
    <message>
        <source>This run record is already open.</source>
        <translation>此运行记录已打开。</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <source>Cannot create the run record %1: %2</source>
        <translation>无法创建运行记录 %1：%2</translation>
    </message>
    <message>
        <source>The run record is not open.</source>
        <translation>运行记录未打开。</translation>
    </message>
    <message>
        <source>Channel %1 is already recorded.</source>
        <translation>通道 %1 已在记录中。</translation>
    </message>
    <message>
        <source>Cannot store channel %1</source>
        <translation>无法保存通道 %1</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed.</source>
        <translation>未安装 Qt 的 SQLite 驱动。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>mL/min</source>
        <translation>mL/min</translation>
    </message>
    <message>
        <source>mL</source>
        <translation>mL</translation>
    </message>
    <message>
        <source>rpm</source>
        <translation>rpm</translation>
    </message>
    <message>
        <source>%1 mL</source>
        <translation>%1 mL</translation>
    </message>
    <message>
        <source>%1 (%2 forward, %3 reverse) in %4</source>
        <translation>%1（正向 %2，反向 %3），用时 %4</translation>
    </message>
    <message numerus="yes">
        <source>; %n operator wait(s) counted as 0 s</source>
        <translation>
            <numerusform>；%n 次操作员等待按 0 秒计</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 is not a file of the profile library.</source>
        <translation>%1 不是程序库中的文件。</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的程序。</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>无法删除 %1：%2</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (副本)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (副本 %2)</translation>
    </message>
    <message>
        <source>The distributor catalog was not used: %1</source>
        <translation>未使用经销商目录：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 has no usable price line (%n line(s) rejected); the previous prices are kept.</source>
        <translation>
            <numerusform>%1 中没有可用的价格行（已拒绝 %n 行）；保留原有价格。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot remove %1</source>
        <translation>无法删除 %1</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>压力</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>流量</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>a model file</source>
        <translation>型号文件</translation>
    </message>
    <message numerus="yes">
        <source>%1 samples of %n channel(s) over %2, %3 events, %4 alarm entries</source>
        <translation>
            <numerusform>%n 个通道的 %1 个采样点，时长 %2，%3 个事件，%4 条报警记录</numerusform>
        </translation>
    </message>
    <message>
        <source>block %1 of channel %2: %3</source>
        <translation>通道 %2 的数据块 %1：%3</translation>
    </message>
    <message>
        <source>block %1 of channel %2 holds %3 samples but says %4.</source>
        <translation>通道 %2 的数据块 %1 包含 %3 个采样点，但标称为 %4 个。</translation>
    </message>
    <message>
        <source>Cannot create the run record %1: it is locked by another program.</source>
        <translation>无法创建运行记录 %1：它已被其他软件锁定。</translation>
    </message>
    <message>
        <source>Cannot store the operator</source>
        <translation>无法保存操作员</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Approval withdrawn: %1</source>
        <translation>批准已撤销：%1</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>未批准</translation>
    </message>
    <message>
        <source>Cannot create the audit trail %1: %2</source>
        <translation>无法创建审计追踪 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open the audit trail %1: %2</source>
        <translation>无法打开审计追踪 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a PumpStudio audit trail.</source>
        <translation>%1 不是 PumpStudio 审计追踪文件。</translation>
    </message>
    <message>
        <source>Cannot open the audit trail %1</source>
        <translation>无法打开审计追踪 %1</translation>
    </message>
    <message>
        <source>Cannot create the audit trail %1</source>
        <translation>无法创建审计追踪 %1</translation>
    </message>
    <message>
        <source>The audit trail %1 was written by a newer PumpStudio. Please update PumpStudio.</source>
        <translation>审计追踪 %1 由更新版本的 PumpStudio 写入。请更新 PumpStudio。</translation>
    </message>
    <message>
        <source>Audit trail created</source>
        <translation>已创建审计追踪</translation>
    </message>
    <message>
        <source>The audit trail is not open: nothing can be recorded.</source>
        <translation>审计追踪未打开：无法记录任何内容。</translation>
    </message>
    <message>
        <source>Cannot write to the audit trail</source>
        <translation>无法写入审计追踪</translation>
    </message>
    <message>
        <source>Cannot read the audit trail</source>
        <translation>无法读取审计追踪</translation>
    </message>
    <message>
        <source>The audit trail is not open.</source>
        <translation>审计追踪未打开。</translation>
    </message>
    <message>
        <source>Entry %1 is missing: it was deleted (the next entry is %2).</source>
        <translation>条目 %1 缺失：已被删除（下一个条目为 %2）。</translation>
    </message>
    <message>
        <source>Entries %1 to %2 are missing: they were deleted.</source>
        <translation>条目 %1 至 %2 缺失：已被删除。</translation>
    </message>
    <message>
        <source>Entry %1 is out of place (expected entry %2 here): entries were inserted or reordered.</source>
        <translation>条目 %1 位置不正确（此处应为条目 %2）：有条目被插入或顺序被调整。</translation>
    </message>
    <message>
        <source>Entry %1 holds what was written as entry %2: an entry before it was deleted, or entries were reordered.</source>
        <translation>条目 %1 中的内容原先是作为条目 %2 写入的：其之前的某个条目已被删除，或条目顺序被调整。</translation>
    </message>
    <message>
        <source>Entry %1 was inserted: the entry after it was written as number %1.</source>
        <translation>条目 %1 是被插入的：其后的条目原先编号为 %1。</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written (its content does not match its hash).</source>
        <translation>条目 %1 在写入后被更改（其内容与其哈希值不符）。</translation>
    </message>
    <message>
        <source>Entry 1 is not the start of the trail: entries before it were removed or it was replaced.</source>
        <translation>条目 1 不是审计追踪的起始条目：其之前的条目已被删除，或该条目已被替换。</translation>
    </message>
    <message>
        <source>Entry %1 does not follow entry %2: entry %2 was changed, or entries were inserted or removed between them.</source>
        <translation>条目 %1 未接续条目 %2：条目 %2 已被更改，或二者之间有条目被插入或删除。</translation>
    </message>
    <message>
        <source>The audit trail is empty: even its first entry was removed.</source>
        <translation>审计追踪为空：连第一个条目也已被删除。</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>changed after it was finished</source>
        <translation>完成后被更改</translation>
    </message>
    <message>
        <source>not sealed</source>
        <translation>未封存</translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation>由 %1 于 %2 批准</translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2</source>
        <translation>由 %1 于 %2 审核</translation>
    </message>
    <message>
        <source>Calibration performed by %1 on %2</source>
        <translation>由 %1 于 %2 执行校准</translation>
    </message>
    <message>
        <source>Calibration checked by %1 on %2</source>
        <translation>由 %1 于 %2 复核校准</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open the accounts %1: %2</source>
        <translation>无法打开账户文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a PumpStudio accounts file.</source>
        <translation>%1 不是 PumpStudio 账户文件。</translation>
    </message>
    <message>
        <source>Cannot open the accounts %1</source>
        <translation>无法打开账户文件 %1</translation>
    </message>
    <message>
        <source>Cannot store the policy</source>
        <translation>无法保存策略</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a user id: use 2 to 64 letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>“%1”不能用作用户 ID：请使用 2 到 64 个字母、数字、“.”、“-”或“_”。</translation>
    </message>
    <message>
        <source>The user id &quot;%1&quot; is taken (ids are never reused, also of disabled accounts).</source>
        <translation>用户 ID“%1”已被占用（用户 ID 永不重复使用，已停用账户的用户 ID 也不例外）。</translation>
    </message>
    <message>
        <source>Cannot store the account %1</source>
        <translation>无法保存账户 %1</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>不存在账户“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>密码至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>A password needs both letters and digits.</source>
        <translation>密码必须同时包含字母和数字。</translation>
    </message>
    <message>
        <source>Demo (no log-in)</source>
        <translation>演示（无需登录）</translation>
    </message>
    <message>
        <source>Operator chosen</source>
        <translation>已选择操作员</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>账户 %1 已停用。</translation>
    </message>
    <message>
        <source>Your role (%1) may %2 on simulated pumps only.</source>
        <translation>您的角色（%1）仅可在模拟泵上%2。</translation>
    </message>
    <message>
        <source>Your role (%1) may not %2.</source>
        <translation>您的角色（%1）无权%2。</translation>
    </message>
    <message>
        <source>The demo may not %1: log in for that.</source>
        <translation>演示模式下不能%1：请登录后操作。</translation>
    </message>
    <message>
        <source>Nobody is logged in: log in to %1.</source>
        <translation>当前无人登录：请登录后再%1。</translation>
    </message>
    <message>
        <source>A reason is required: %1.</source>
        <translation>必须填写原因：%1。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>Wrong user id or password.</source>
        <translation>用户 ID 或密码错误。</translation>
    </message>
    <message>
        <source>unknown user id</source>
        <translation>未知用户 ID</translation>
    </message>
    <message>
        <source>the account is disabled</source>
        <translation>账户已停用</translation>
    </message>
    <message>
        <source>the account is locked</source>
        <translation>账户已锁定</translation>
    </message>
    <message>
        <source>The account %1 is locked after repeated failures until %2.</source>
        <translation>由于多次失败，账户 %1 已被锁定，直至 %2。</translation>
    </message>
    <message numerus="yes">
        <source>Wrong password. The account %1 is now locked for %n minute(s).</source>
        <translation>
            <numerusform>密码错误。账户 %1 现已被锁定 %n 分钟。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n failed attempt(s)</source>
        <translation>
            <numerusform>%n 次尝试失败后已锁定</numerusform>
        </translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <source>Log-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <source>Only the user logged in can sign.</source>
        <translation>只有当前登录的用户才能签名。</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>The role %1 may not sign as &quot;%2&quot;.</source>
        <translation>角色 %1 无权以“%2”的含义签名。</translation>
    </message>
    <message>
        <source>A calibration is checked by someone other than who performed it.</source>
        <translation>校准必须由执行校准者以外的人员复核。</translation>
    </message>
    <message>
        <source>Signed (%1): %2</source>
        <translation>已签名（%1）：%2</translation>
    </message>
    <message>
        <source>Only an administrator who is logged in may %1.</source>
        <translation>只有已登录的管理员才能%1。</translation>
    </message>
    <message>
        <source>An account needs the person&apos;s full name (it is printed with signatures).</source>
        <translation>账户必须填写本人全名（签名时会打印该姓名）。</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>已创建账户</translation>
    </message>
    <message>
        <source>%1 is the last administrator: create another one first.</source>
        <translation>%1 是最后一个管理员：请先创建另一个管理员账户。</translation>
    </message>
    <message>
        <source>Full name changed</source>
        <translation>全名已更改</translation>
    </message>
    <message>
        <source>An account needs the person&apos;s full name.</source>
        <translation>账户必须填写本人全名。</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>角色已更改</translation>
    </message>
    <message>
        <source>Account enabled</source>
        <translation>账户已启用</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>账户已停用</translation>
    </message>
    <message>
        <source>Password reset by an administrator</source>
        <translation>密码已由管理员重置</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>账户已解锁</translation>
    </message>
    <message>
        <source>Log in to change your password.</source>
        <translation>请登录后再更改密码。</translation>
    </message>
    <message>
        <source>Password change</source>
        <translation>更改密码</translation>
    </message>
    <message>
        <source>Password changed by its owner</source>
        <translation>密码已由本人更改</translation>
    </message>
    <message>
        <source>Create an administrator account before switching to controlled mode.</source>
        <translation>切换到受控模式前，请先创建一个管理员账户。</translation>
    </message>
    <message>
        <source>Mode changed</source>
        <translation>模式已更改</translation>
    </message>
    <message>
        <source>Policy changed</source>
        <translation>策略已更改</translation>
    </message>
    <message>
        <source>a price list</source>
        <translation>价目表</translation>
    </message>
    <message>
        <source>The price list changed since this import was previewed (another window?); nothing was replaced. Import the file again.</source>
        <translation>自预览此次导入以来，价目表已发生变化（是否在其他窗口中修改过？）；未替换任何内容。请重新导入该文件。</translation>
    </message>
    <message>
        <source>There is no price list import to undo.</source>
        <translation>没有可撤销的价目表导入。</translation>
    </message>
    <message>
        <source>a catalog file</source>
        <translation>配件目录文件</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a link to a file outside the catalog&apos;s folder</source>
        <translation>“%1”是指向配件目录文件夹以外文件的链接</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular file</source>
        <translation>“%1”不是常规文件</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than %2</source>
        <translation>“%1”大于 %2</translation>
    </message>
    <message>
        <source>the pictures together are larger than %1</source>
        <translation>所有图片合计大于 %1</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>无法在 %1 中写入：%2</translation>
    </message>
    <message>
        <source>a picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Cannot replace %1</source>
        <translation>无法替换 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) named in the file do not exist, so the category picture is shown: %1</source>
        <translation>
            <numerusform>文件中指定的 %n 张图片不存在，因此显示类别图片：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>an order history</source>
        <translation>订货历史</translation>
    </message>
    <message>
        <source>%1 is not an order history file; it is left as it is.</source>
        <translation>%1 不是订货历史文件；保持原样不变。</translation>
    </message>
    <message>
        <source>%1 is not an order history file; it was kept as %2 and a new history is started.</source>
        <translation>%1 不是订货历史文件；已将其保留为 %2，并新建订货历史。</translation>
    </message>
    <message>
        <source>%1 could not be read, so it is not overwritten; the order is not in the saved history.</source>
        <translation>无法读取 %1，因此未覆盖该文件；此订货申请未保存到订货历史中。</translation>
    </message>
    <message>
        <source>Not changed: a reason is required (%1).</source>
        <translation>未更改：必须填写原因（%1）。</translation>
    </message>
    <message>
        <source>Profile exported to %1</source>
        <translation>程序已导出到 %1</translation>
    </message>
    <message>
        <source>Profile deleted</source>
        <translation>程序已删除</translation>
    </message>
    <message>
        <source>Profile changed</source>
        <translation>程序已更改</translation>
    </message>
    <message>
        <source>Profile created</source>
        <translation>程序已创建</translation>
    </message>
    <message>
        <source>Approval withdrawn: the approved profile was deleted</source>
        <translation>批准已撤销：已批准的程序已被删除</translation>
    </message>
    <message>
        <source>Approval withdrawn: the approved profile was edited</source>
        <translation>批准已撤销：已批准的程序已被编辑</translation>
    </message>
    <message>
        <source>%1 (%2), head %3, tubing %4</source>
        <translation>%1（%2），泵头 %3，软管 %4</translation>
    </message>
    <message>
        <source>Calibration %1: as found %2, %3 point(s)</source>
        <translation>校准 %1：校准前%2，%3 个点</translation>
    </message>
    <message>
        <source>Cannot write the calibration history: %1</source>
        <translation>无法写入校准历史：%1</translation>
    </message>
    <message>
        <source>Cannot write the calibration history</source>
        <translation>无法写入校准历史</translation>
    </message>
    <message>
        <source>Cannot read the calibration history</source>
        <translation>无法读取校准历史</translation>
    </message>
    <message>
        <source>The stored calibration %1 cannot be read.</source>
        <translation>无法读取已保存的校准 %1。</translation>
    </message>
    <message>
        <source>No calibration %1 in the history.</source>
        <translation>校准历史中没有 %1。</translation>
    </message>
    <message>
        <source>The due interval must be from 1 to 3660 days, not %1.</source>
        <translation>校准周期必须为 1 至 3660 天，不能是 %1。</translation>
    </message>
    <message>
        <source>liquid of density %1 g/mL at %2 °C</source>
        <translation>%2 °C 下密度为 %1 g/mL 的液体</translation>
    </message>
    <message>
        <source>water at %1 °C (%2 g/mL, Tanaka)</source>
        <translation>%1 °C 的水（%2 g/mL，Tanaka 公式）</translation>
    </message>
    <message>
        <source>Give at least one speed to calibrate at.</source>
        <translation>请至少给出一个校准转速。</translation>
    </message>
    <message>
        <source>Every speed must be above 0 rpm, not %1.</source>
        <translation>每个转速都必须大于 0 rpm，不能是 %1。</translation>
    </message>
    <message>
        <source>Replicates must be from 1 to 100, not %1.</source>
        <translation>重复次数必须为 1 至 100，不能是 %1。</translation>
    </message>
    <message>
        <source>Give the run time or the revolutions of a replicate.</source>
        <translation>请给出每次重复的运行时间或转数。</translation>
    </message>
    <message>
        <source>The density must be from 0.1 to 25 g/mL, not %1.</source>
        <translation>密度必须为 0.1 至 25 g/mL，不能是 %1。</translation>
    </message>
    <message>
        <source>The water temperature must be from 0 to 40 °C, not %1.</source>
        <translation>水温必须为 0 至 40 °C，不能是 %1。</translation>
    </message>
    <message>
        <source>The tolerance must be above 0 and at most 100 %, not %1.</source>
        <translation>允差必须大于 0 且不超过 100 %，不能是 %1。</translation>
    </message>
    <message>
        <source>No current mL/rev is known for this head and tubing to compare with.</source>
        <translation>此泵头和软管没有可供比较的当前 mL/rev 值。</translation>
    </message>
    <message>
        <source>unknown model &quot;%1&quot;</source>
        <translation>未知型号“%1”</translation>
    </message>
    <message>
        <source>unknown part &quot;%1&quot;</source>
        <translation>未知部件“%1”</translation>
    </message>
    <message>
        <source>the password was changed meanwhile</source>
        <translation>验证期间密码已被更改</translation>
    </message>
    <message>
        <source>The password of %1 was changed while it was checked; enter the new one.</source>
        <translation>验证期间 %1 的密码已被更改；请输入新密码。</translation>
    </message>
    <message>
        <source>The new password could not be set; try again.</source>
        <translation>无法设置新密码；请重试。</translation>
    </message>
    <message>
        <source>Cannot read the sample profile %1: %2</source>
        <translation>无法读取示例程序 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the sample profile %1: %2</source>
        <translation>无法写入示例程序 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot store the token of %1</source>
        <translation>无法保存 %1 的令牌</translation>
    </message>
    <message>
        <source>Cannot revoke the tokens of %1</source>
        <translation>无法吊销 %1 的令牌</translation>
    </message>
    <message>
        <source>API token created</source>
        <translation>已创建 API 令牌</translation>
    </message>
    <message>
        <source>%1 has no token in force.</source>
        <translation>%1 没有有效的令牌。</translation>
    </message>
    <message>
        <source>%1 has no token %2 in force.</source>
        <translation>%1 没有有效的令牌 %2。</translation>
    </message>
    <message>
        <source>All API tokens revoked</source>
        <translation>已吊销全部 API 令牌</translation>
    </message>
    <message>
        <source>API token revoked</source>
        <translation>已吊销 API 令牌</translation>
    </message>
    <message>
        <source>Run profile %1</source>
        <translation>运行程序 %1</translation>
    </message>
    <message>
        <source>A due interval needs days, pump hours or both.</source>
        <translation>校准周期需要天数、泵运行小时数，或两者都有。</translation>
    </message>
    <message>
        <source>The due interval must be from 1 to 100000 pump hours, not %1.</source>
        <translation>校准周期必须为泵运行 1 至 100000 小时，不能是 %1。</translation>
    </message>
    <message>
        <source>The calibration history was written by a newer version of PumpStudio (schema %1; this one reads up to %2).</source>
        <translation>校准历史由更新版本的 PumpStudio 写入（结构版本 %1；本版本最高可读 %2）。</translation>
    </message>
    <message>
        <source>The run record %1 has no start time.</source>
        <translation>运行记录 %1 没有开始时间。</translation>
    </message>
    <message>
        <source>The syringe&apos;s inner diameter is not known.</source>
        <translation>注射器内径未知。</translation>
    </message>
    <message>
        <source>Give the volume each replicate dispenses, above 0 mL.</source>
        <translation>请给出每次重复定量分液的体积，须大于 0 mL。</translation>
    </message>
    <message>
        <source>Give the rate to dispense at, above 0 mL/min.</source>
        <translation>请给出定量分液的流量，须大于 0 mL/min。</translation>
    </message>
    <message>
        <source>A syringe check has one point.</source>
        <translation>注射器核查只有一个测量点。</translation>
    </message>
    <message>
        <source>The check dispenses %1 mL in all, more than the %2 mL syringe holds: use fewer replicates or a smaller volume.</source>
        <translation>本次核查共需定量分液 %1 mL，超过 %2 mL 注射器的容量：请减少重复次数或减小体积。</translation>
    </message>
</context>
<context>
    <name>UrlTr</name>
    <message>
        <source>&quot;%1&quot; is not an archive address: write postgresql://USER@HOST[:PORT]/DBNAME.</source>
        <translation>“%1”不是归档库地址：请写成 postgresql://USER@HOST[:PORT]/DBNAME。</translation>
    </message>
    <message>
        <source>Give the archive&apos;s password through PGPASSWORD or the keychain.</source>
        <translation>请通过 PGPASSWORD 或密钥链提供归档库密码。</translation>
    </message>
    <message>
        <source>The archive address names no database (…/DBNAME).</source>
        <translation>归档库地址中未指定数据库（…/DBNAME）。</translation>
    </message>
    <message>
        <source>The archive port must be 1 to 65535.</source>
        <translation>归档库端口必须在 1 到 65535 之间。</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>%1 did not confirm the stop: %2</source>
        <translation>%1 未确认停止：%2</translation>
    </message>
    <message>
        <source>%1 was stopped</source>
        <translation>%1 已停止</translation>
    </message>
    <message>
        <source>PumpStudio closed</source>
        <translation>PumpStudio 已关闭</translation>
    </message>
    <message>
        <source>PumpStudio closed: %1</source>
        <translation>PumpStudio 已关闭：%1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try &apos;pumpstudio --help&apos;.</source>
        <translation>请尝试“pumpstudio --help”。</translation>
    </message>
</context>
<context>
    <name>pumpctl</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <source>Show version and build information and exit.</source>
        <translation>显示版本和构建信息并退出。</translation>
    </message>
    <message>
        <source>Try &apos;pumpctl --help&apos;.</source>
        <translation>请尝试“pumpctl --help”。</translation>
    </message>
    <message>
        <source>No command given. Try &apos;pumpctl --help&apos;.</source>
        <translation>未指定命令。请尝试“pumpctl --help”。</translation>
    </message>
    <message>
        <source>%1 must be a number, not &quot;%2&quot;.</source>
        <translation>%1 必须是数字，而不是“%2”。</translation>
    </message>
    <message>
        <source>Serial port, e.g. /dev/ttyUSB0.</source>
        <translation>串口，例如 /dev/ttyUSB0。</translation>
    </message>
    <message>
        <source>Pump model id (see &apos;pumpctl models&apos;).</source>
        <translation>泵型号编号（见“pumpctl models”）。</translation>
    </message>
    <message>
        <source>Pump address on the bus.</source>
        <translation>泵在总线上的地址。</translation>
    </message>
    <message>
        <source>Baud rate.</source>
        <translation>波特率。</translation>
    </message>
    <message>
        <source>Parity: none, even or odd.</source>
        <translation>校验位：none、even 或 odd。</translation>
    </message>
    <message>
        <source>Data bits: 7 or 8.</source>
        <translation>数据位：7 或 8。</translation>
    </message>
    <message>
        <source>Stop bits: 1 or 2.</source>
        <translation>停止位：1 或 2。</translation>
    </message>
    <message>
        <source>Reply timeout in milliseconds (default: from the baud rate).</source>
        <translation>应答超时，单位毫秒（默认按波特率计算）。</translation>
    </message>
    <message>
        <source>Print one JSON object per result.</source>
        <translation>每个结果输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Print every frame sent and received on stderr.</source>
        <translation>在 stderr 上输出收发的每一帧。</translation>
    </message>
    <message>
        <source>Dispense rate in mL/min.</source>
        <translation>分液流速，单位 mL/min。</translation>
    </message>
    <message>
        <source>Monitor duration in seconds.</source>
        <translation>监测时长，单位秒。</translation>
    </message>
    <message>
        <source>Monitor poll interval in milliseconds.</source>
        <translation>监测轮询间隔，单位毫秒。</translation>
    </message>
    <message>
        <source>Also write monitor samples to this CSV file.</source>
        <translation>同时将监测数据写入此 CSV 文件。</translation>
    </message>
    <message>
        <source>--%1 must be a whole number, not &quot;%2&quot;.</source>
        <translation>--%1 必须是整数，而不是“%2”。</translation>
    </message>
    <message>
        <source>--timeout must be positive.</source>
        <translation>--timeout 必须为正数。</translation>
    </message>
    <message>
        <source>--interval-ms must be at least 10.</source>
        <translation>--interval-ms 至少为 10。</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>转速</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>流量</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>体积</translation>
    </message>
    <message>
        <source>Direction must be cw or ccw.</source>
        <translation>方向必须是 cw 或 ccw。</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Try &apos;pumpctl --help&apos;.</source>
        <translation>未知命令“%1”。请尝试“pumpctl --help”。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs --port PATH and --model ID.</source>
        <translation>“%1”需要 --port PATH 和 --model ID。</translation>
    </message>
    <message>
        <source>check: the pump head id (default: the profile&apos;s).</source>
        <translation>check：泵头 id（默认：程序中的）。</translation>
    </message>
    <message>
        <source>check: the tubing id (default: the profile&apos;s).</source>
        <translation>check：软管 id（默认：程序中的）。</translation>
    </message>
    <message>
        <source>&apos;run&apos; needs --port PATH (--model defaults to the profile&apos;s).</source>
        <translation>“run”需要 --port PATH（--model 默认取程序中的型号）。</translation>
    </message>
    <message>
        <source>One of the commands above, with its arguments.</source>
        <translation>上列命令之一及其参数。</translation>
    </message>
    <message>
        <source>COMMAND [ARGUMENT]</source>
        <translation>命令 [参数]</translation>
    </message>
    <message>
        <source>weigh: the weight shown now, stable or not.</source>
        <translation>weigh：读取当前显示的重量，无论是否稳定。</translation>
    </message>
    <message>
        <source>audit show: entries from this time on (ISO 8601).</source>
        <translation>audit show：显示从此时间起的条目（ISO 8601）。</translation>
    </message>
    <message>
        <source>The account acting (controlled mode); the password comes from the terminal or PUMPSTUDIO_PASSWORD.</source>
        <translation>执行操作的账户（受控模式）；密码从终端输入或通过 PUMPSTUDIO_PASSWORD 提供。</translation>
    </message>
    <message>
        <source>The data folder (user models); default: PumpStudio&apos;s, or $PUMPSTUDIO_DATA_DIR.</source>
        <translation>数据文件夹（自定义型号）；默认为 PumpStudio 的数据文件夹，或 $PUMPSTUDIO_DATA_DIR。</translation>
    </message>
    <message>
        <source>--baud must be from %1 to %2, not %3.</source>
        <translation>--baud 必须在 %1 到 %2 之间，当前为 %3。</translation>
    </message>
    <message>
        <source>--seconds must be more than 0 and at most %1 (a year), not %2.</source>
        <translation>--seconds 必须大于 0 且不超过 %1（一年），当前为 %2。</translation>
    </message>
    <message>
        <source>calibrate: the balance&apos;s serial port.</source>
        <translation>calibrate：天平的串口。</translation>
    </message>
    <message>
        <source>calibrate: the balance model (mt-sics, sartorius-sbi).</source>
        <translation>calibrate：天平型号（mt-sics、sartorius-sbi）。</translation>
    </message>
    <message>
        <source>calibrate: the speeds, comma-separated (default: 10, 50 and 90 % of the range).</source>
        <translation>calibrate：转速，以逗号分隔（默认：范围的 10 %、50 % 和 90 %）。</translation>
    </message>
    <message>
        <source>calibrate: replicates per speed (default 3).</source>
        <translation>calibrate：每个转速的重复次数（默认 3）。</translation>
    </message>
    <message>
        <source>calibrate: revolutions per replicate (instead of --seconds).</source>
        <translation>calibrate：每次重复的转数（代替 --seconds）。</translation>
    </message>
    <message>
        <source>calibrate: water temperature in degC (default 20).</source>
        <translation>calibrate：水温，单位 °C（默认 20）。</translation>
    </message>
    <message>
        <source>calibrate: the liquid&apos;s density in g/mL (not water).</source>
        <translation>calibrate：液体密度，单位 g/mL（非水时）。</translation>
    </message>
    <message>
        <source>calibrate: tolerance in +- % of volume (default 2).</source>
        <translation>calibrate：允差，体积的 ± %（默认 2）。</translation>
    </message>
    <message>
        <source>calibrate: an as-left verification run with the new figure.</source>
        <translation>calibrate：用新值进行一次校准后验证。</translation>
    </message>
    <message>
        <source>calibrate: also write the new figure into a pump that keeps its own calibration (Reglo ICC) and read it back.</source>
        <translation>calibrate：同时将新值写入自身保存校准值的泵（Reglo ICC）并读回。</translation>
    </message>
    <message>
        <source>--rpm takes speeds above 0, not %1.</source>
        <translation>--rpm 的转速必须大于 0，不能是 %1。</translation>
    </message>
    <message>
        <source>--rpm needs at least one speed.</source>
        <translation>--rpm 至少需要一个转速。</translation>
    </message>
    <message>
        <source>--replicates must be from 1 to 100.</source>
        <translation>--replicates 必须为 1 至 100。</translation>
    </message>
    <message>
        <source>--revolutions must be above 0.</source>
        <translation>--revolutions 必须大于 0。</translation>
    </message>
    <message>
        <source>Give --temperature (water) or --density (another liquid), not both.</source>
        <translation>请给出 --temperature（水）或 --density（其他液体），不能同时给出。</translation>
    </message>
    <message>
        <source>--temperature must be from 0 to 40 degC (water).</source>
        <translation>--temperature 必须为 0 至 40 °C（水）。</translation>
    </message>
    <message>
        <source>--density must be from 0.1 to 25 g/mL.</source>
        <translation>--density 必须为 0.1 至 25 g/mL。</translation>
    </message>
    <message>
        <source>--tolerance must be above 0 and at most 100 %.</source>
        <translation>--tolerance 必须大于 0 且不超过 100 %。</translation>
    </message>
    <message>
        <source>&apos;calibrate&apos; needs --balance-port PATH and --balance-model ID.</source>
        <translation>&apos;calibrate&apos; 需要 --balance-port PATH 和 --balance-model ID。</translation>
    </message>
    <message>
        <source>monitor: also publish to this MQTT broker (mqtt://HOST[:PORT], mqtts://HOST[:PORT]).</source>
        <translation>monitor：同时发布到此 MQTT 代理服务器（mqtt://HOST[:PORT]、mqtts://HOST[:PORT]）。</translation>
    </message>
    <message>
        <source>monitor: the first topic levels (default: pumpstudio).</source>
        <translation>monitor：主题的前几级（默认：pumpstudio）。</translation>
    </message>
    <message>
        <source>monitor: MQTT keep-alive in seconds (default: 30).</source>
        <translation>monitor：MQTT 保活时间，单位秒（默认：30）。</translation>
    </message>
    <message>
        <source>monitor: the CA file that signed an mqtts:// broker&apos;s certificate.</source>
        <translation>monitor：签发 mqtts:// 代理服务器证书的 CA 证书文件。</translation>
    </message>
    <message>
        <source>monitor: the broker user name; the password comes from PUMPSTUDIO_MQTT_PASSWORD.</source>
        <translation>monitor：代理服务器用户名；密码取自 PUMPSTUDIO_MQTT_PASSWORD。</translation>
    </message>
    <message>
        <source>monitor: the MQTT client id (default: a new one).</source>
        <translation>monitor：MQTT 客户端 ID（默认：自动生成）。</translation>
    </message>
    <message>
        <source>monitor: the workstation&apos;s name in topics (default: the host name).</source>
        <translation>monitor：主题中的工作站名称（默认：主机名）。</translation>
    </message>
    <message>
        <source>records push/list: the PostgreSQL archive, postgresql://USER@HOST[:PORT]/DBNAME.</source>
        <translation>records push/list：PostgreSQL 归档库，postgresql://USER@HOST[:PORT]/DBNAME。</translation>
    </message>
    <message>
        <source>--mqtt-keepalive must be from 5 to 65535 seconds, not %1.</source>
        <translation>--mqtt-keepalive 必须在 5 到 65535 秒之间，当前为 %1。</translation>
    </message>
    <message>
        <source>The --mqtt-... options need --mqtt URL.</source>
        <translation>--mqtt-... 选项需要同时指定 --mqtt URL。</translation>
    </message>
    <message>
        <source>--mqtt goes with &apos;monitor&apos;.</source>
        <translation>--mqtt 只能与“monitor”一起使用。</translation>
    </message>
    <message>
        <source>--archive goes with &apos;records push&apos; and &apos;records list&apos;.</source>
        <translation>--archive 只能与“records push”和“records list”一起使用。</translation>
    </message>
    <message>
        <source>monitor --mqtt: obey remote commands from users with an API token and the role for them (off by default).</source>
        <translation>monitor --mqtt：执行持有 API 令牌且角色有相应权限的用户发来的远程命令（默认关闭）。</translation>
    </message>
    <message>
        <source>--remote-commands needs --mqtt URL: the commands come from that broker.</source>
        <translation>--remote-commands 需要 --mqtt URL：命令来自该代理服务器。</translation>
    </message>
    <message>
        <source>pumpctl: talk to laboratory pumps from scripts and the shell.

Commands:
  ports                     list serial ports (never opens them)
  models                    list the pump models pumpctl knows
  info                      the pump&apos;s identity (model, firmware, serial number)
  status                    running, direction, speed, flow, volume, alarm
  start | stop              start or stop the pump
  speed RPM | flow ML_PER_MIN
                            set the speed in rpm or the flow in mL/min
  direction cw|ccw          set the direction of rotation
  dispense ML [--rate ML_PER_MIN]
                            dispense a volume in mL, at a rate
  pressure                  read a pressure transmitter
  monitor --seconds S [--interval-ms N] [--csv FILE]
                            read the status every N ms for S seconds
    [--mqtt URL [--mqtt-prefix P] [--mqtt-keepalive S] [--mqtt-ca FILE]
     [--mqtt-user NAME] [--mqtt-client-id ID] [--mqtt-workstation NAME]]
                            also publish the pump to an MQTT broker
                            (mqtt://HOST[:PORT] or mqtts://; docs/mqtt.md); the
                            broker password comes from PUMPSTUDIO_MQTT_PASSWORD
    [--remote-commands]     with --mqtt: also take start, stop, setpoint and
                            runProfile commands from the broker, from users with
                            an API token and the role for them; checked against
                            the pump&apos;s limits, answered and audited (docs/mqtt.md)
  records push --archive URL
                            send the run records and audit entries not yet archived
                            to PostgreSQL (postgresql://USER@HOST[:PORT]/DB; the
                            password from PGPASSWORD); exit 3 when it cannot connect
  records list --archive URL [--json]
                            the runs in the archive
  check PROFILE [--model ID] [--head H] [--tubing T] [--syringe S]
                            check a profile file against a model (no port needed);
                            --model defaults to the profile&apos;s; exit 5 on errors
  run PROFILE --port PATH [--model ID]
                            check, then run a profile with a progress line; Enter
                            confirms operator steps and resumes after a lost link,
                            s skips a paused step, a or Ctrl-C aborts (pump stopped)
  weigh [--immediate] | tare | zero | info   (--model mt-sics or sartorius-sbi)
                            a balance: the stable weight in g (or the weight now),
                            tare, zero, identity; exit 4 overload or underload,
                            3 no stable reading in time
  audit verify              check the audit trail&apos;s hash chain; exit 6 naming the
                            first broken entry
  audit show [--since ISO8601] [--json]
                            print the audit trail
  records list [--json]     the run records with their seal (verified, changed, ...)
  records verify RUN        check a record against its seal; exit 6 when changed
  records export RUN --csv FILE
                            write a record&apos;s samples as CSV
  calibrate --balance-port B --balance-model mt-sics|sartorius-sbi
            [--rpm 20,60] [--seconds S | --revolutions N] [--replicates N]
            [--temperature C | --density G_PER_ML] [--tolerance PCT] [--verify]
            [--head H] [--tubing T] [--write-to-pump]
                            gravimetric calibration of the pump&apos;s mL/rev; stored in
                            the history and the audit trail; exit 7 out of tolerance
            syringe pumps: [--syringe S] --volume ML [--rate ML_PER_MIN]
                            a syringe check: each replicate dispenses ML, the balance
                            weighs it; gives the true inner diameter, which
                            --write-to-pump sets in the pump and reads back
  calibrations list [--json]
                            the calibration history with certificates and due dates
  users token create USER   a new API token for USER&apos;s remote commands, printed
                            once (only its SHA-256 is kept)
  users token revoke USER [TOKEN-ID]
                            withdraw one token, or all of USER&apos;s
  users token list USER [--json]
                            the ids and dates of USER&apos;s tokens
                            (creating and revoking: --user ADMIN once an
                            administrator exists)

Commands that change a pump are written to the audit trail (the GUI&apos;s data folder);
in controlled mode they need --user NAME and the password (from the terminal or
PUMPSTUDIO_PASSWORD), and are refused (exit 4) when the role may not.
Serial settings default to the model&apos;s. Exit codes: 0 ok, 2 usage, 3 no reply,
4 refused by the pump, out of range or not allowed (nothing sent), 5 bad input file,
6 audit trail broken or run record changed, 7 calibration out of tolerance.</source>
        <translation>pumpctl：从脚本和命令行控制实验室泵。

命令：
  ports                     列出串口（不会打开串口）
  models                    列出 pumpctl 支持的泵型号
  info                      泵的标识信息（型号、固件、序列号）
  status                    运行状态、方向、转速、流量、体积、报警
  start | stop              启动或停止泵
  speed RPM | flow ML_PER_MIN
                            设置转速（rpm）或流量（mL/min）
  direction cw|ccw          设置旋转方向
  dispense ML [--rate ML_PER_MIN]
                            按指定流量定量分液指定体积（mL）
  pressure                  读取压力变送器
  monitor --seconds S [--interval-ms N] [--csv FILE]
                            在 S 秒内每 N ms 读取一次状态
    [--mqtt URL [--mqtt-prefix P] [--mqtt-keepalive S] [--mqtt-ca FILE]
     [--mqtt-user NAME] [--mqtt-client-id ID] [--mqtt-workstation NAME]]
                            同时将泵的数据发布到 MQTT 代理服务器
                            （mqtt://HOST[:PORT] 或 mqtts://；见 docs/mqtt.md）；
                            代理服务器密码取自 PUMPSTUDIO_MQTT_PASSWORD
    [--remote-commands]     与 --mqtt 同用：同时接受来自代理服务器的 start、stop、
                            setpoint 和 runProfile 远程命令，仅限持有 API 令牌
                            且角色有相应权限的用户；按泵的限值检查，予以答复并
                            写入审计追踪（见 docs/mqtt.md）
  records push --archive URL
                            将尚未归档的运行记录和审计条目发送到 PostgreSQL
                            （postgresql://USER@HOST[:PORT]/DB；密码取自
                            PGPASSWORD）；无法连接时退出码为 3
  records list --archive URL [--json]
                            列出归档库中的运行记录
  check PROFILE [--model ID] [--head H] [--tubing T] [--syringe S]
                            根据型号检查程序文件（无需串口）；
                            --model 默认为程序中的型号；有错误时退出码为 5
  run PROFILE --port PATH [--model ID]
                            检查后运行程序并显示进度行；按 Enter 确认操作员
                            步骤，或在链路中断后继续；按 s 跳过暂停的步骤，
                            按 a 或 Ctrl-C 中止（泵停止）
  weigh [--immediate] | tare | zero | info   (--model mt-sics 或 sartorius-sbi)
                            天平：稳定重量，单位 g（或当前重量）、去皮、置零、
                            标识信息；超载或欠载时退出码为 4，
                            规定时间内无稳定读数时为 3
  audit verify              检查审计追踪的哈希链；如有损坏，退出码为 6，
                            并指出第一个损坏的条目
  audit show [--since ISO8601] [--json]
                            输出审计追踪
  records list [--json]     列出运行记录及其封存状态（已验证、已更改……）
  records verify RUN        根据封存校验记录；如已更改，退出码为 6
  records export RUN --csv FILE
                            将记录的采样数据写入 CSV 文件
  calibrate --balance-port B --balance-model mt-sics|sartorius-sbi
            [--rpm 20,60] [--seconds S | --revolutions N] [--replicates N]
            [--temperature C | --density G_PER_ML] [--tolerance PCT] [--verify]
            [--head H] [--tubing T] [--write-to-pump]
                            称量法校准泵的每转体积（mL/rev）；结果存入校准
                            历史和审计追踪；超出允差时退出码为 7
            注射泵：[--syringe S] --volume ML [--rate ML_PER_MIN]
                            注射器核查：每次重复定量分液 ML，由天平称量；
                            得出实际内径，--write-to-pump 将其设入泵并读回
  calibrations list [--json]
                            列出校准历史，含证书编号和到期日期
  users token create USER   为 USER 的远程命令新建 API 令牌，仅输出这一次
                            （只保存其 SHA-256）
  users token revoke USER [TOKEN-ID]
                            吊销一个令牌，或吊销 USER 的全部令牌
  users token list USER [--json]
                            列出 USER 的令牌编号和日期
                            （创建和吊销：一旦存在管理员，需 --user ADMIN）

更改泵的命令会写入审计追踪（位于图形界面的数据文件夹中）；
在受控模式下，这些命令需要 --user NAME 和密码（从终端输入或通过
PUMPSTUDIO_PASSWORD 提供），若角色无此权限则拒绝执行（退出码 4）。
串口设置默认采用型号的设置。退出码：0 成功，2 用法错误，3 无应答，
4 被泵拒绝、超出范围或不允许（未发送任何命令），5 输入文件有误，
6 审计追踪损坏或运行记录已更改，7 校准超出允差。</translation>
    </message>
    <message>
        <source>The syringe id: check and run default to the profile&apos;s, calibrate to the model&apos;s; other commands set its diameter in the pump only when it is given.</source>
        <translation>注射器 id：check 和 run 默认取程序中的，calibrate 默认取型号的默认注射器；其他命令仅在给出此项时才将其内径设入泵。</translation>
    </message>
    <message>
        <source>calibrate (syringe pumps): the volume each replicate dispenses, in mL.</source>
        <translation>calibrate（注射泵）：每次重复定量分液的体积，单位 mL。</translation>
    </message>
    <message>
        <source>--volume must be more than 0 and at most 1000 mL, not %1.</source>
        <translation>--volume 必须大于 0 且不超过 1000 mL，当前为 %1。</translation>
    </message>
</context>
<context>
    <name>pumpsim</name>
    <message>
        <source>Try &apos;pumpsim --help&apos;.</source>
        <translation>请尝试“pumpsim --help”。</translation>
    </message>
    <message>
        <source>--sensor-link needs both a pump and a pressure transmitter (--model pressure-modbus).</source>
        <translation>--sensor-link 需要同时有泵和压力变送器（--model pressure-modbus）。</translation>
    </message>
    <message>
        <source>Unknown balance model &quot;%1&quot; (mt-sics or sartorius-sbi).</source>
        <translation>未知的天平型号“%1”（应为 mt-sics 或 sartorius-sbi）。</translation>
    </message>
</context>
</TS>
