<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>must be a positive number</source>
        <translation>必须是正数</translation>
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
        <translation>版本 %1 高于本程序可读取的版本（%2）；请更新 PumpStudio</translation>
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
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>CatalogStore</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The distributor catalog was not used: %1</source>
        <translation>未使用经销商目录：%1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PumpStudio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder holding logs, run records and your model files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturer &amp;Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About PumpStudio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderHistory</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not an order history file</source>
        <translation>%1 不是订单历史文件</translation>
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
        <source>price &quot;%1&quot; is not a number of at least 0</source>
        <translation>价格“%1”不是不小于 0 的数字</translation>
    </message>
    <message>
        <source>currency &quot;%1&quot; is not a three-letter code such as CNY</source>
        <translation>货币“%1”不是三个字母的代码（例如 CNY）</translation>
    </message>
    <message>
        <source>stock &quot;%1&quot; is not a whole number of at least 0</source>
        <translation>库存“%1”不是不小于 0 的整数</translation>
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
        <source>%1: an entry has no SKU</source>
        <translation>%1：有条目缺少 SKU</translation>
    </message>
</context>
<context>
    <name>PumpStudio</name>
    <message>
        <source>PumpStudio: configure and monitor laboratory pumps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show version and build information and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log level: trace, debug, info, warning, error, critical or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language: en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start simulated pumps (no hardware needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the main window, process events and exit (for CI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown log level &quot;%1&quot;; use trace, debug, info, warning, error, critical or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PumpStudio::AboutDialog</name>
    <message>
        <source>About PumpStudio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Configure and monitor laboratory pumps: dosing profiles, live flow and pressure, run records, calibration and the accessory catalog.&lt;/p&gt;&lt;p&gt;Accessories from Changzhou Yuanwang Fluid Technology Co., Ltd., &lt;a href=&quot;https://www.ywfluid.com&quot;&gt;www.ywfluid.com&lt;/a&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Build Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compiler: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt: built with %1, running %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
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
        <source>C&amp;ontact:</source>
        <translation>联系人(&amp;O)：</translation>
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
</context>
<context>
    <name>PumpStudio::CatalogDetailPane</name>
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
        <source>3-stop %1 mm</source>
        <translation>三卡扣 %1 mm</translation>
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
        <source>Distributor</source>
        <translation>经销商</translation>
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
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>…… 另有 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Import price list</source>
        <translation>导入价目表</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) imported and kept.</source>
        <translation>
            <numerusform>已导入并保存 %n 个价格。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) were rejected and not imported.</source>
        <translation>
            <numerusform>%n 行被拒绝，未导入。</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>Catalog with %n item(s) loaded.</source>
        <translation>
            <numerusform>已加载包含 %n 项产品的目录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundled catalog</source>
        <translation>内置目录</translation>
    </message>
    <message>
        <source>Remove the distributor&apos;s catalog file and price list and go back to the bundled catalog?</source>
        <translation>删除经销商的目录文件和价目表，并恢复内置目录吗？</translation>
    </message>
</context>
<context>
    <name>PumpStudio::CatalogTableModel</name>
    <message>
        <source>Peristaltic pump heads</source>
        <translation>蠕动泵泵头</translation>
    </message>
    <message>
        <source>Pump heads</source>
        <translation>泵头</translation>
    </message>
    <message>
        <source>PP pipe joints</source>
        <translation>PP 管接头</translation>
    </message>
    <message>
        <source>Capsule filters</source>
        <translation>囊式过滤器</translation>
    </message>
    <message>
        <source>Refill ink bottles</source>
        <translation>补充墨水瓶</translation>
    </message>
    <message>
        <source>Tubing</source>
        <translation>软管</translation>
    </message>
    <message>
        <source>Other accessories</source>
        <translation>其他配件</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>医药</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>实验室</translation>
    </message>
    <message>
        <source>Environmental protection</source>
        <translation>环保</translation>
    </message>
    <message>
        <source>Gas analysis</source>
        <translation>气体分析</translation>
    </message>
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
    <name>PumpStudio::LogModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subsystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PumpStudio::LogPage</name>
    <message>
        <source>Trace and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search messages and subsystems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow new lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected lines, or all visible lines when none is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear this view; the log file keeps everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Log Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging to a file is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PumpStudio::MainWindow</name>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial ports and the pumps on them: add a pump by model and address, scan a port, connect and disconnect, and see each link&apos;s state and statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One control panel per connected pump with live speed, flow, dispensed volume and pressure, charts against time, alarms and run records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dosing programs: write steps, check them against the pump&apos;s limits, dry-run them on a simulated pump and run them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided gravimetric calibration of flow per revolution, with history and due dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: simulated pumps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PumpStudio (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PumpStudio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pumps connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pump(s) connected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pump(s) connected, %1 link(s) lost</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
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
    <name>PumpStudio::PlaceholderPage</name>
    <message>
        <source>This area is being built and arrives in a coming release.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try &apos;pumpstudio --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
