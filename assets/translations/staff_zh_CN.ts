<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BoardSettingsPanel</name>
    <message>
        <location filename="../../kiosk/ui/staff/board_settings.py" line="40"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/board_settings.py" line="43"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/board_settings.py" line="45"/>
        <source>Chinese</source>
        <translation>只显示中文</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/board_settings.py" line="45"/>
        <source>Chinese with English below</source>
        <translation>中文下方加英文</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/board_settings.py" line="48"/>
        <source>One notice per line: training sessions, job fairs, policy</source>
        <translation>每行一条通知：培训、招聘会、政策等</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/board_settings.py" line="52"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/board_settings.py" line="56"/>
        <source>Seconds per page</source>
        <translation>每页停留</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/board_settings.py" line="57"/>
        <source>Dim the screen at night from</source>
        <translation>夜间调暗，从</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/board_settings.py" line="58"/>
        <source>until</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/board_settings.py" line="59"/>
        <source>Show “offline” when the last sync is older than</source>
        <translation>多久没同步就显示“离线”</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/board_settings.py" line="60"/>
        <source>Language on the board</source>
        <translation>大屏语言</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/board_settings.py" line="62"/>
        <source>Announcements</source>
        <translation>滚动通知</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/board_settings.py" line="68"/>
        <source>Kinds of work shown (none chosen: all)</source>
        <translation>显示哪些工种（都不选则全部显示）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/board_settings.py" line="105"/>
        <source>Could not save: %1</source>
        <translation>保存失败：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/board_settings.py" line="108"/>
        <source>Saved. The wall board shows the change within a few seconds.</source>
        <translation>已保存，大屏几秒内就会更新。</translation>
    </message>
</context>
<context>
    <name>CallListScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/call_list.py" line="109"/>
        <source>No open jobs. Post an order first.</source>
        <translation>没有在招的岗位。请先发布急单。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/call_list.py" line="113"/>
        <source>Tap a job on the left to see who fits it.</source>
        <translation>点左边的岗位，看看哪些工友合适。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/call_list.py" line="118"/>
        <source>Open jobs</source>
        <translation>在招岗位</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/staff/call_list.py" line="171"/>
        <source>%n registered worker(s) fit this job, best first.</source>
        <translation>
            <numerusform>有 %n 位登记工友适合这个岗位，最合适的在前。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/call_list.py" line="172"/>
        <source>Nobody registered fits this job yet (or all were called).</source>
        <translation>暂时没有合适的登记工友（或都已回访过）。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/call_list.py" line="191"/>
        <source>The result was not saved because of a fault. Please try again.</source>
        <translation>出了故障，回访结果没有保存。请再试一次。</translation>
    </message>
</context>
<context>
    <name>CandidateCard</name>
    <message>
        <location filename="../../kiosk/ui/staff/call_list.py" line="45"/>
        <source>Phone on file</source>
        <translation>已登记电话</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/call_list.py" line="45"/>
        <source>No phone on file</source>
        <translation>没有登记电话</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/call_list.py" line="46"/>
        <source>Show phone number</source>
        <translation>显示电话号码</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/call_list.py" line="80"/>
        <source>%1 (family member: %2)</source>
        <translation>%1（家属：%2）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/call_list.py" line="88"/>
        <source>That did not work because of a fault. Please try again.</source>
        <translation>出了故障，没有办成。请再试一次。</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../../kiosk/ui/staff/register_pages.py" line="167"/>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register_pages.py" line="177"/>
        <source>Save the changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register_pages.py" line="177"/>
        <source>Save and print the card</source>
        <translation>保存并打印工作证</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register_pages.py" line="181"/>
        <source>Before saving: tell the person what we keep</source>
        <translation>保存前：请告诉本人我们会保存哪些信息</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register_pages.py" line="188"/>
        <source>Check with the person</source>
        <translation>请与本人核对</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register_pages.py" line="196"/>
        <source>The person has heard this and agrees</source>
        <translation>本人已听过以上内容并同意</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register_pages.py" line="197"/>
        <source>Tap here once the person has heard this and agrees</source>
        <translation>本人听过以上内容并同意后，请点这里</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register_pages.py" line="201"/>
        <source>We keep your name, ID number, phone number, the work you do and want, and when you can work.</source>
        <translation>我们会保存您的姓名、身份证号、电话、会做和想做的工作，以及您有空的时间。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register_pages.py" line="202"/>
        <source>We use them only to find work for you and to call you about jobs; employers do not see your ID number or phone number.</source>
        <translation>这些信息只用来为您找工作、打电话通知您岗位；用工单位看不到您的身份证号和电话。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register_pages.py" line="204"/>
        <source>The numbers are stored encrypted. The station sends counts without names to the human-resources bureau.</source>
        <translation>身份证号和电话加密保存。驿站只向人社部门报送不含姓名的统计数字。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register_pages.py" line="206"/>
        <source>You can ask staff at any time to see, correct or delete your record.</source>
        <translation>您随时可以请工作人员查看、更正或删除您的档案。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register_pages.py" line="221"/>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register_pages.py" line="222"/>
        <location filename="../../kiosk/ui/staff/register_pages.py" line="227"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register_pages.py" line="224"/>
        <source>%1 (family: %2)</source>
        <translation>%1（家属：%2）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register_pages.py" line="226"/>
        <source>Name: %1</source>
        <translation>姓名：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register_pages.py" line="227"/>
        <source>ID number: %1</source>
        <translation>身份证号：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register_pages.py" line="228"/>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register_pages.py" line="229"/>
        <source>Can do: %1</source>
        <translation>会做：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register_pages.py" line="230"/>
        <source>Wants: %1</source>
        <translation>想做：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register_pages.py" line="231"/>
        <source>the same</source>
        <translation>同上</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register_pages.py" line="232"/>
        <source>Days: %1</source>
        <translation>哪天有空：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register_pages.py" line="233"/>
        <source>any day</source>
        <translation>每天都行</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register_pages.py" line="234"/>
        <source>Shifts: %1</source>
        <translation>班次：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register_pages.py" line="235"/>
        <source>any shift</source>
        <translation>什么班都行</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register_pages.py" line="236"/>
        <source>Pay per day: %1 yuan</source>
        <translation>期望日薪：%1 元</translation>
    </message>
</context>
<context>
    <name>DayReportScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/day_report.py" line="35"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/day_report.py" line="35"/>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/day_report.py" line="35"/>
        <source>2 days ago</source>
        <translation>前天</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/day_report.py" line="43"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/day_report.py" line="43"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/day_report.py" line="48"/>
        <source>Export CSV for the bureau</source>
        <translation>导出报人社部门的 CSV</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/day_report.py" line="52"/>
        <location filename="../../kiosk/ui/staff/day_report.py" line="102"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/day_report.py" line="79"/>
        <source>Job seekers registered</source>
        <translation>新登记求职者</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/day_report.py" line="79"/>
        <source>Jobs posted</source>
        <translation>发布岗位数</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/day_report.py" line="80"/>
        <source>People wanted</source>
        <translation>招聘人数</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/day_report.py" line="80"/>
        <source>Jobs filled</source>
        <translation>已招满岗位</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/day_report.py" line="81"/>
        <source>Sign-ups</source>
        <translation>报名人次</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/day_report.py" line="81"/>
        <source>Sign-ups on a waiting list</source>
        <translation>候补人次</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/day_report.py" line="82"/>
        <source>Check-ins</source>
        <translation>上班打卡人次</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/day_report.py" line="82"/>
        <source>Check-outs</source>
        <translation>下班打卡人次</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/day_report.py" line="83"/>
        <source>Hours worked</source>
        <translation>工作总时长（小时）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/day_report.py" line="83"/>
        <source>Pay due (yuan)</source>
        <translation>应付工钱（元）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/day_report.py" line="86"/>
        <source>Registered: %1</source>
        <translation>新登记-%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/day_report.py" line="108"/>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/day_report.py" line="114"/>
        <source>The export failed (is the disk full?). Nothing was lost; please try again.</source>
        <translation>导出失败（磁盘满了吗？）。数据没有丢失，请再试一次。</translation>
    </message>
</context>
<context>
    <name>JobPostScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/job_post.py" line="48"/>
        <source>Business licence checked (verified employer)</source>
        <translation>已核验营业执照（认证用工单位）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/job_post.py" line="56"/>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/job_post.py" line="67"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/job_post.py" line="67"/>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/job_post.py" line="67"/>
        <source>Day after tomorrow</source>
        <translation>后天</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/job_post.py" line="71"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/job_post.py" line="81"/>
        <source>Post the order</source>
        <translation>发布急单</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/job_post.py" line="82"/>
        <source>Find workers to call</source>
        <translation>找工友回访</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/job_post.py" line="89"/>
        <source>Employer</source>
        <translation>用工单位</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/job_post.py" line="90"/>
        <source>Kind of work</source>
        <translation>工种</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/job_post.py" line="93"/>
        <source>Job title (shown on the board)</source>
        <translation>岗位名称（显示在大屏上）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/job_post.py" line="94"/>
        <source>Place</source>
        <translation>工作地点</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/job_post.py" line="96"/>
        <source>Pay is counted per</source>
        <translation>计薪方式</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/job_post.py" line="97"/>
        <source>Start</source>
        <translation>开工时间</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/job_post.py" line="98"/>
        <source>How long</source>
        <translation>干多久</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/job_post.py" line="99"/>
        <source>Distance from the station</source>
        <translation>离驿站多远</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/job_post.py" line="100"/>
        <source>Requirements (optional)</source>
        <translation>要求（可不填）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/job_post.py" line="104"/>
        <source>How many people</source>
        <translation>招几个人</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/job_post.py" line="105"/>
        <source>Pay (yuan)</source>
        <translation>工钱（元）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/job_post.py" line="142"/>
        <source>Tap the start hour.</source>
        <translation>请点开工的钟点。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/job_post.py" line="145"/>
        <source>From %1 to %2</source>
        <translation>从 %1 到 %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/job_post.py" line="151"/>
        <source>Tap the kind of work first.</source>
        <translation>请先点选工种。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/job_post.py" line="154"/>
        <source>Tap the hour the work starts.</source>
        <translation>请点选开工的钟点。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/job_post.py" line="157"/>
        <source>That time is already over. Pick a later start or another day.</source>
        <translation>这个时间已经过去了。请选晚一点的钟点或别的日子。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/job_post.py" line="194"/>
        <source>The order could not be saved because of a fault. Please try again.</source>
        <translation>出了故障，急单没有保存。请再试一次。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/job_post.py" line="203"/>
        <source>It is on the wall board now.</source>
        <translation>已经显示在大屏上了。</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../kiosk/ui/staff/person_page.py" line="43"/>
        <source>Their own mobile</source>
        <translation>本人手机</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/person_page.py" line="44"/>
        <source>A family member&apos;s phone</source>
        <translation>家属电话</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/person_page.py" line="51"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/person_page.py" line="51"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/person_page.py" line="55"/>
        <location filename="../../kiosk/ui/staff/person_page.py" line="58"/>
        <source>On file: %1 (type only to change)</source>
        <translation>已登记：%1（要改才输入）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/person_page.py" line="61"/>
        <source>Family member&apos;s name</source>
        <translation>家属姓名</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/person_page.py" line="62"/>
        <source>Without an ID number, ask the year of birth and gender.</source>
        <translation>没有身份证号时，请问清出生年份和性别。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/person_page.py" line="65"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/person_page.py" line="65"/>
        <source>Type on the keyboard, as on the ID card.</source>
        <translation>用键盘输入，与身份证上一致。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/person_page.py" line="66"/>
        <source>ID card number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/person_page.py" line="67"/>
        <source>Use the keypad; X only as the last character.</source>
        <translation>用右边的数字键输入；X 只能是最后一位。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/person_page.py" line="71"/>
        <source>Phone number</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/person_page.py" line="75"/>
        <source>Birth year</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/person_page.py" line="76"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/person_page.py" line="130"/>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/person_page.py" line="130"/>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/person_page.py" line="131"/>
        <source>The ID number is valid: born %1, %2.</source>
        <translation>身份证号有效：%1 出生，%2。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/staff/person_page.py" line="135"/>
        <source>%n more character(s) to type.</source>
        <translation>
            <numerusform>还差 %n 位。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/pin_screen.py" line="73"/>
        <source>Staff sign-in</source>
        <translation>工作人员登录</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_screen.py" line="74"/>
        <source>1. Tap your name</source>
        <translation>1. 点您的名字</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_screen.py" line="75"/>
        <source>2. Type your PIN (4 to 8 digits) and tap Enter</source>
        <translation>2. 输入密码（4 到 8 位数字），再点“进入”</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_screen.py" line="76"/>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_screen.py" line="77"/>
        <source>Enter</source>
        <translation>进入</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_screen.py" line="78"/>
        <source>Back to the worker screens</source>
        <translation>返回工友界面</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_screen.py" line="79"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_screen.py" line="108"/>
        <source>No staff account yet. On the station computer, run: kiosk staff add NAME</source>
        <translation>还没有工作人员账号。请在驿站电脑上运行：kiosk staff add 姓名</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_screen.py" line="125"/>
        <source>Tap your name first.</source>
        <translation>请先点您的名字。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_screen.py" line="129"/>
        <source>Type your PIN first.</source>
        <translation>请先输入密码。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_screen.py" line="148"/>
        <source>Something went wrong while checking the PIN. Please try again.</source>
        <translation>核对密码时出了故障。请再试一次。</translation>
    </message>
</context>
<context>
    <name>ProfileScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/profile.py" line="54"/>
        <source>Number, name, ID or phone</source>
        <translation>编号、姓名、身份证号或电话</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/profile.py" line="57"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/profile.py" line="60"/>
        <source>Recently registered or changed</source>
        <translation>最近登记或修改的工友</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/profile.py" line="66"/>
        <source>Edit the profile</source>
        <translation>修改档案</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/profile.py" line="67"/>
        <source>Print the card again</source>
        <translation>补打工作证</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/profile.py" line="68"/>
        <location filename="../../kiosk/ui/staff/profile.py" line="189"/>
        <source>New card (lost or damaged)</source>
        <translation>换新卡（丢失或损坏）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/profile.py" line="70"/>
        <location filename="../../kiosk/ui/staff/profile.py" line="262"/>
        <source>Stop the card</source>
        <translation>停用此卡</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/profile.py" line="75"/>
        <source>Start</source>
        <translation>开工时间</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/profile.py" line="75"/>
        <source>Job</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/profile.py" line="75"/>
        <source>Employer</source>
        <translation>用工单位</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/profile.py" line="76"/>
        <source>Sign-up</source>
        <translation>报名</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/profile.py" line="76"/>
        <source>Days worked</source>
        <translation>出工天数</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/profile.py" line="76"/>
        <source>Pay due</source>
        <translation>应得工钱</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/profile.py" line="102"/>
        <source>Sign-ups and days worked</source>
        <translation>报名和出工记录</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/profile.py" line="105"/>
        <source>Find a worker on the left, or tap one of the recent ones.</source>
        <translation>请在左边查找工友，或点最近登记的工友。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/profile.py" line="140"/>
        <source>Found for “%1”</source>
        <translation>“%1”的查找结果</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/profile.py" line="160"/>
        <source>Nobody found. Try the worker number or part of the name.</source>
        <translation>没有找到。请试试工友编号或名字中的一个字。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/profile.py" line="189"/>
        <source>Make a card</source>
        <translation>制作工作证</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/profile.py" line="196"/>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/profile.py" line="196"/>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/profile.py" line="197"/>
        <location filename="../../kiosk/ui/staff/profile.py" line="201"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/profile.py" line="199"/>
        <source>%1 (family member: %2)</source>
        <translation>%1（家属：%2）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/profile.py" line="201"/>
        <source>ID number: %1 · Born: %2 · %3</source>
        <translation>身份证号：%1 · 出生：%2 · %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/profile.py" line="202"/>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/profile.py" line="203"/>
        <source>Can do: %1 · Wants: %2</source>
        <translation>会做：%1 · 想做：%2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/profile.py" line="204"/>
        <source>Days: %1 · Shifts: %2</source>
        <translation>有空：%1 · 班次：%2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/profile.py" line="206"/>
        <source>Pay per day: %1 yuan · Travels up to %2 km</source>
        <translation>期望日薪：%1 元 · 最远去 %2 公里</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/profile.py" line="208"/>
        <source>Priority groups: %1 · Notes: %2</source>
        <translation>重点人群：%1 · 备注：%2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/profile.py" line="209"/>
        <source>Agreed on %1 · registered %2</source>
        <translation>%1 本人同意 · %2 登记</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/profile.py" line="216"/>
        <source>No worker card yet.</source>
        <translation>还没有工作证。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/profile.py" line="218"/>
        <source>Card no. %1 works: issued %2, valid until %3.</source>
        <translation>第 %1 张卡有效：%2 发证，有效期到 %3。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/profile.py" line="220"/>
        <source>Card no. %1 has been stopped. Make a new card if the worker needs one.</source>
        <translation>第 %1 张卡已停用。工友需要的话请制作新卡。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/profile.py" line="224"/>
        <source>booked</source>
        <translation>已报名</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/profile.py" line="224"/>
        <source>waiting list</source>
        <translation>候补</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/profile.py" line="225"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/profile.py" line="232"/>
        <source>%1 day(s) worked, %2 hours, %3 yuan due in all.</source>
        <translation>共出工 %1 天，%2 小时，应得 %3 元。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/profile.py" line="237"/>
        <source>Printing the worker card…</source>
        <translation>正在打印工作证…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/profile.py" line="254"/>
        <source>Tap again to stop the card</source>
        <translation>再点一次确认停用</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/profile.py" line="271"/>
        <source>That did not work because of a fault. Please try again.</source>
        <translation>出了故障，没有办成。请再试一次。</translation>
    </message>
</context>
<context>
    <name>RegistrationScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/register.py" line="43"/>
        <source>1 Person</source>
        <translation>1 本人信息</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register.py" line="43"/>
        <source>2 Work</source>
        <translation>2 工种</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register.py" line="43"/>
        <source>3 Days and pay</source>
        <translation>3 时间和工钱</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register.py" line="43"/>
        <source>4 Consent and save</source>
        <translation>4 同意并保存</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register.py" line="53"/>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register.py" line="54"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register.py" line="74"/>
        <source>Cancel the changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register.py" line="159"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register.py" line="170"/>
        <source>Saving failed because of a fault. Nothing was saved; please try again.</source>
        <translation>出了故障，没有保存。请再试一次。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register.py" line="181"/>
        <source>Making the worker card…</source>
        <translation>正在制作工作证…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register.py" line="190"/>
        <source>Worker number: %1</source>
        <translation>工友编号：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register.py" line="196"/>
        <source>Printing the worker card…</source>
        <translation>正在打印工作证…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register.py" line="203"/>
        <source>The card could not be made: %1 Make it later from the profile.</source>
        <translation>工作证没有做成：%1 可以稍后在档案里制作。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register.py" line="204"/>
        <source>an unexpected error.</source>
        <translation>意外故障。</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../kiosk/ui/staff/register_pages.py" line="256"/>
        <source>Registered</source>
        <translation>登记成功</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register_pages.py" line="260"/>
        <source>Print the card again</source>
        <translation>补打工作证</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register_pages.py" line="261"/>
        <source>Open the profile</source>
        <translation>打开档案</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register_pages.py" line="262"/>
        <source>Register the next person</source>
        <translation>登记下一位</translation>
    </message>
</context>
<context>
    <name>StaffCallsScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/staff_calls.py" line="20"/>
        <source>Nobody is waiting for help.</source>
        <translation>现在没有人在等候帮助。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/staff_calls.py" line="27"/>
        <source>Go to the worker at the screen, then tap “Answered”.</source>
        <translation>请到屏幕前帮助工友，然后点“已处理”。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/staff_calls.py" line="47"/>
        <source>A worker (not signed in)</source>
        <translation>一位工友（未刷卡）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/staff_calls.py" line="51"/>
        <source>%1 · waiting since %2 (%3 min)</source>
        <translation>%1 · %2 起等候（%3 分钟）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/staff_calls.py" line="53"/>
        <source>Answered</source>
        <translation>已处理</translation>
    </message>
</context>
<context>
    <name>StaffCardPrinting</name>
    <message>
        <location filename="../../kiosk/ui/staff/card_print.py" line="16"/>
        <source>The card was not printed. %1</source>
        <translation>工作证没有打印出来。%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/card_print.py" line="20"/>
        <source>An unexpected fault. The card is saved: print it later from the worker&apos;s profile.</source>
        <translation>出了意外故障。工作证已保存，可稍后在工友档案里补打。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/card_print.py" line="66"/>
        <source>No card printer is set up at this station. The card is saved: print it later from the worker&apos;s profile.</source>
        <translation>本站没有设置打印机。工作证已保存，可稍后在工友档案里补打。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/card_print.py" line="75"/>
        <source>The card has been sent to the printer. Give it to the worker.</source>
        <translation>工作证已送去打印，请交给工友。</translation>
    </message>
</context>
<context>
    <name>StaffHome</name>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="85"/>
        <source>%1 · staff mode</source>
        <translation>%1 · 工作人员模式</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="86"/>
        <source>Signed in: %1</source>
        <translation>已登录：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="87"/>
        <source>Leave staff mode</source>
        <translation>退出工作人员模式</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="97"/>
        <source>Register a job seeker</source>
        <translation>登记求职者</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="97"/>
        <source>Post an urgent order</source>
        <translation>发布急单</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="98"/>
        <source>Call list</source>
        <translation>电话回访</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="98"/>
        <source>Worker profiles</source>
        <translation>工友档案</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="99"/>
        <source>Help requests</source>
        <translation>呼叫请求</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="99"/>
        <source>Sync status</source>
        <translation>同步状态</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="99"/>
        <source>Day report</source>
        <translation>日报</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="100"/>
        <source>Wall board</source>
        <translation>大屏设置</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/staff/home.py" line="186"/>
        <source>%n worker(s) pressed “call staff” and are waiting. See Help requests.</source>
        <translation>
            <numerusform>有 %n 位工友按了“呼叫工作人员”，正在等候。请看“呼叫请求”。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffKeypad</name>
    <message>
        <location filename="../../kiosk/ui/staff/widgets.py" line="232"/>
        <source>Letter X (last character of some ID numbers)</source>
        <translation>字母 X（有些身份证号的最后一位）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/widgets.py" line="233"/>
        <source>Delete the last character</source>
        <translation>删掉最后一个字符</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/widgets.py" line="234"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/widgets.py" line="235"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../kiosk/ui/staff/sync_panel.py" line="39"/>
        <source>Central server</source>
        <translation>中心服务器</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_panel.py" line="39"/>
        <source>Waiting to be sent</source>
        <translation>待上传</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_panel.py" line="40"/>
        <source>Oldest waiting since</source>
        <translation>最早待传时间</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_panel.py" line="40"/>
        <source>Sent</source>
        <translation>已上传</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_panel.py" line="41"/>
        <source>Last successful sync</source>
        <translation>上次同步成功</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_panel.py" line="41"/>
        <source>Last problem</source>
        <translation>上次出错</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_panel.py" line="42"/>
        <source>Needs attention</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_panel.py" line="53"/>
        <source>Made at</source>
        <translation>产生时间</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_panel.py" line="53"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_panel.py" line="53"/>
        <source>Server&apos;s answer</source>
        <translation>服务器答复</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_panel.py" line="54"/>
        <source>Tries</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_panel.py" line="60"/>
        <source>Send the chosen ones again</source>
        <translation>重传选中的</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_panel.py" line="62"/>
        <source>Send all again</source>
        <translation>全部重传</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_panel.py" line="68"/>
        <source>Refused by the server (kept here, never dropped)</source>
        <translation>服务器拒收的记录（保存在这里，不会丢）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_panel.py" line="70"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_panel.py" line="96"/>
        <source>%1 h %2 min ago</source>
        <translation>%1 小时 %2 分钟前</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_panel.py" line="96"/>
        <source>%1 min ago</source>
        <translation>%1 分钟前</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_panel.py" line="104"/>
        <source>Not set up: this station works on its own.</source>
        <translation>未设置：本站单机工作。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_panel.py" line="106"/>
        <source>%1 (not enrolled yet)</source>
        <translation>%1（尚未注册本站）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_panel.py" line="110"/>
        <source>nothing waiting</source>
        <translation>没有待传的</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_panel.py" line="112"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_panel.py" line="113"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_panel.py" line="133"/>
        <source>Tap the lines to send again first.</source>
        <translation>请先点选要重传的行。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/staff/sync_panel.py" line="144"/>
        <source>%n item(s) will be sent again at the next sync.</source>
        <translation>
            <numerusform>%n 条记录将在下次同步时重传。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sync_panel.py" line="155"/>
        <source>Syncing now. The figures above update when it is done.</source>
        <translation>正在同步，完成后上面的数字会更新。</translation>
    </message>
</context>
<context>
    <name>TimePage</name>
    <message>
        <location filename="../../kiosk/ui/staff/register_pages.py" line="89"/>
        <source>Every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register_pages.py" line="90"/>
        <source>Mon to Fri</source>
        <translation>周一到周五</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register_pages.py" line="91"/>
        <source>Weekends</source>
        <translation>周末</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register_pages.py" line="97"/>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register_pages.py" line="114"/>
        <source>Days they can work</source>
        <translation>哪几天有空</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register_pages.py" line="122"/>
        <source>Shifts</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register_pages.py" line="123"/>
        <source>How far they will travel</source>
        <translation>最远去多远</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register_pages.py" line="125"/>
        <source>Priority groups (tap all that apply)</source>
        <translation>重点人群（符合的都点上）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register_pages.py" line="129"/>
        <source>Pay per day (yuan)</source>
        <translation>期望日薪（元）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register_pages.py" line="131"/>
        <source>Notes (optional)</source>
        <translation>备注（可不填）</translation>
    </message>
</context>
<context>
    <name>WorkPage</name>
    <message>
        <location filename="../../kiosk/ui/staff/register_pages.py" line="59"/>
        <source>Tap every kind of work they can do. Tap again to undo.</source>
        <translation>把会做的工种都点上，再点一次取消。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register_pages.py" line="60"/>
        <source>Tap the work they would like to do (leave empty if the same as above).</source>
        <translation>点想做的工作（和会做的一样就不用点）。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register_pages.py" line="64"/>
        <source>Work they can do (%1)</source>
        <translation>会做的工种（%1）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/register_pages.py" line="65"/>
        <source>Work they want (%1)</source>
        <translation>想做的工作（%1）</translation>
    </message>
</context>
</TS>
