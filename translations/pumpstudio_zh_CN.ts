<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>Unknown log level "%1"; use trace, debug, info, warning, error, critical or off.</source>
        <translation>未知的日志级别“%1”；请使用 trace、debug、info、warning、error、critical 或 off。</translation>
    </message>
    <message>
        <source>Unknown language "%1"; use %2.</source>
        <translation>未知的语言“%1”；请使用 %2。</translation>
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
    <name>PumpStudio::AboutDialog</name>
    <message>
        <source>About PumpStudio</source>
        <translation>关于 PumpStudio</translation>
    </message>
    <message>
        <source>&lt;p&gt;Configure and monitor laboratory pumps: dosing profiles, live flow and pressure, run records, calibration and the accessory catalog.&lt;/p&gt;&lt;p&gt;Accessories from Changzhou Yuanwang Fluid Technology Co., Ltd., &lt;a href="https://www.ywfluid.com"&gt;www.ywfluid.com&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;配置和监控实验室泵：加液程序、实时流量与压力、运行记录、校准以及配件目录。&lt;/p&gt;&lt;p&gt;配件来自常州远望流体科技有限公司，&lt;a href="https://www.ywfluid.com"&gt;www.ywfluid.com&lt;/a&gt;。&lt;/p&gt;</translation>
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
    <name>PumpStudio::MainWindow</name>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Serial ports and the pumps on them: add a pump by model and address, scan a port, connect and disconnect, and see each link's state and statistics.</source>
        <translation>串口及其上的泵：按型号和地址添加泵、扫描端口、连接与断开，并查看每条链路的状态和统计。</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>监控</translation>
    </message>
    <message>
        <source>One control panel per connected pump with live speed, flow, dispensed volume and pressure, charts against time, alarms and run records.</source>
        <translation>每台已连接的泵一个控制面板：实时转速、流量、已分配体积和压力，随时间变化的曲线、报警和运行记录。</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>程序</translation>
    </message>
    <message>
        <source>Dosing programs: write steps, check them against the pump's limits, dry-run them on a simulated pump and run them.</source>
        <translation>加液程序：编写步骤，按泵的限值检查，在模拟泵上试运行，然后正式运行。</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <source>Guided gravimetric calibration of flow per revolution, with history and due dates.</source>
        <translation>引导式称重校准每转流量，并记录校准历史和到期日期。</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>配件目录</translation>
    </message>
    <message>
        <source>Pump heads, tubing, pipe joints, capsule filters and other accessories from Changzhou Yuanwang Fluid Technology Co., Ltd., with order requests.</source>
        <translation>常州远望流体科技有限公司的泵头、软管、管接头、囊式过滤器等配件，可直接提交订购申请。</translation>
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
        <source>PumpStudio</source>
        <translation>PumpStudio</translation>
    </message>
    <message>
        <source>No pumps connected</source>
        <translation>未连接泵</translation>
    </message>
    <message numerus="yes">
        <source>%n pump(s) connected</source>
        <translation><numerusform>已连接 %n 台泵</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n pump(s) connected, %1 link(s) lost</source>
        <translation><numerusform>已连接 %n 台泵，%1 条链路中断</numerusform></translation>
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
    <name>main</name>
    <message>
        <source>Try 'pumpstudio --help'.</source>
        <translation>请尝试“pumpstudio --help”。</translation>
    </message>
</context>
<context>
    <name>pumpctl</name>
    <message>
        <source>pumpctl: talk to laboratory pumps from scripts and the shell.</source>
        <translation>pumpctl：从脚本和命令行控制实验室泵。</translation>
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
        <source>Try 'pumpctl --help'.</source>
        <translation>请尝试“pumpctl --help”。</translation>
    </message>
    <message>
        <source>No command given. Try 'pumpctl --help'.</source>
        <translation>未指定命令。请尝试“pumpctl --help”。</translation>
    </message>
</context>
</TS>