<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgreementScreen</name>
    <message>
        <location filename="../../kiosk/ui/walkup/agreement.py" line="69"/>
        <source>Work agreement</source>
        <translation>用工协议</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/agreement.py" line="70"/>
        <source>Before your first check-in on this job, please read the terms and sign.</source>
        <translation>这个活第一次上班打卡前，请看一下协议内容并签名。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/agreement.py" line="71"/>
        <source>Sign with your finger in the box</source>
        <translation>请用手指在框里签名</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/agreement.py" line="72"/>
        <source>Sign again</source>
        <translation>擦掉重签</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/agreement.py" line="73"/>
        <source>I agree and sign</source>
        <translation>同意并签名</translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message>
        <location filename="../../kiosk/ui/walkup/notice.py" line="94"/>
        <source>Please confirm</source>
        <translation>请确认</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/notice.py" line="98"/>
        <source>No, go back</source>
        <translation>不，返回</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../kiosk/ui/walkup/formatting.py" line="45"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/formatting.py" line="47"/>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/formatting.py" line="61"/>
        <source>{km} km away</source>
        <translation>离这里 {km} 公里</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/formatting.py" line="67"/>
        <source>{name} (verified employer)</source>
        <translation>{name}（已认证雇主）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/formatting.py" line="68"/>
        <source>{name} (not verified yet: take care)</source>
        <translation>{name}（未认证，请多留意）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/formatting.py" line="73"/>
        <source>Full: you can join the waiting list</source>
        <translation>已招满，可以排队候补</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/formatting.py" line="74"/>
        <source>{left} of {total} places left</source>
        <translation>还差 {left} 人（共招 {total} 人）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/formatting.py" line="78"/>
        <source>Worked {hours} hours, {pay} yuan due</source>
        <translation>工作 {hours} 小时，应得 {pay} 元</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/walkup/home.py" line="101"/>
        <source>Gig station</source>
        <translation>零工驿站</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/home.py" line="102"/>
        <source>Show your worker card QR code to the camera</source>
        <translation>请把工作证二维码对准摄像头</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/home.py" line="103"/>
        <source>See today&apos;s jobs</source>
        <translation>看今天的活</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/home.py" line="104"/>
        <source>Call staff for help</source>
        <translation>呼叫工作人员</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/home.py" line="107"/>
        <source>Normal text</source>
        <translation>正常字号</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/home.py" line="107"/>
        <source>Larger text</source>
        <translation>大字</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/home.py" line="108"/>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/home.py" line="112"/>
        <source>The camera is not working.</source>
        <translation>摄像头现在不能用。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/home.py" line="113"/>
        <source>You can still see today&apos;s jobs, or call staff for help.</source>
        <translation>您仍然可以看今天的活，或呼叫工作人员帮忙。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/home.py" line="121"/>
        <source>Or press a button: {a}; {b}.</source>
        <translation>也可以按按钮：{a}；{b}。</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../../kiosk/ui/walkup/idle.py" line="99"/>
        <source>Do you need more time?</source>
        <translation>还需要时间吗？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/idle.py" line="100"/>
        <source>In {n} seconds this screen goes back to the start and your details are cleared.</source>
        <translation>{n} 秒后回到首页，您的信息会从屏幕上清除。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/idle.py" line="102"/>
        <source>Yes, I need more time</source>
        <translation>需要，我还要用</translation>
    </message>
</context>
<context>
    <name>JobCard</name>
    <message>
        <location filename="../../kiosk/ui/walkup/job_card.py" line="79"/>
        <source>Urgent. </source>
        <translation>急招。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/job_card.py" line="80"/>
        <source>When: {when}</source>
        <translation>时间：{when}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/job_card.py" line="81"/>
        <source>Where: {place}, {distance}</source>
        <translation>地点：{place}，{distance}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/job_card.py" line="83"/>
        <source>Employer: {employer}</source>
        <translation>雇主：{employer}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/job_card.py" line="85"/>
        <source>See details, sign up</source>
        <translation>查看详情、报名</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/job_card.py" line="85"/>
        <source>See details</source>
        <translation>查看详情</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/job_card.py" line="87"/>
        <source>Why for you: {reasons}</source>
        <translation>推荐理由：{reasons}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/job_card.py" line="88"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/job_card.py" line="96"/>
        <source>. </source>
        <translation>。</translation>
    </message>
</context>
<context>
    <name>JobDetailScreen</name>
    <message>
        <location filename="../../kiosk/ui/walkup/job_detail.py" line="52"/>
        <source>{pay}, {settlement}</source>
        <translation>{pay}，{settlement}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/job_detail.py" line="54"/>
        <source>Ask staff</source>
        <translation>请问工作人员</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/job_detail.py" line="56"/>
        <source>Work</source>
        <translation>工作内容</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/job_detail.py" line="57"/>
        <source>Hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/job_detail.py" line="58"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/job_detail.py" line="59"/>
        <source>Requirements</source>
        <translation>要求</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/job_detail.py" line="59"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/job_detail.py" line="60"/>
        <source>Employer</source>
        <translation>雇主</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/job_detail.py" line="61"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/job_detail.py" line="62"/>
        <source>Places</source>
        <translation>名额</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/job_detail.py" line="69"/>
        <source>Join the waiting list</source>
        <translation>排队候补</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/job_detail.py" line="69"/>
        <source>Sign up for this job</source>
        <translation>报名这个活</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/job_detail.py" line="70"/>
        <source>Print these details</source>
        <translation>打印这张单子</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/job_detail.py" line="71"/>
        <source>Report a problem with this job</source>
        <translation>举报这个活有问题</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/job_detail.py" line="76"/>
        <source>You are on the waiting list: number {n}.</source>
        <translation>您在候补名单第 {n} 位。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/job_detail.py" line="77"/>
        <source>You are signed up for this job.</source>
        <translation>您已报名这个活。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/job_detail.py" line="79"/>
        <source>This job takes no more sign-ups.</source>
        <translation>这个活已停止报名。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/job_detail.py" line="81"/>
        <source>To sign up, show your worker card QR code to the camera.</source>
        <translation>要报名，请先把工作证二维码对准摄像头。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/job_detail.py" line="83"/>
        <source>This job is full. You can join the waiting list; staff call you if a place frees up.</source>
        <translation>这个活已招满。可以排队候补，有空位时工作人员会通知您。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/job_detail.py" line="84"/>
        <source>One tap to sign up. You will be asked to confirm.</source>
        <translation>按一下就能报名，之后会请您确认。</translation>
    </message>
</context>
<context>
    <name>JobListScreen</name>
    <message>
        <location filename="../../kiosk/ui/walkup/job_list.py" line="33"/>
        <source>Today&apos;s jobs</source>
        <translation>今天的活</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/job_list.py" line="35"/>
        <source>To sign up for a job, show your worker card QR code to the camera first.</source>
        <translation>想报名，请先把工作证二维码对准摄像头。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/job_list.py" line="37"/>
        <source>Tap a job to see everything about it and to sign up.</source>
        <translation>点一个活，可以看详细情况并报名。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/job_list.py" line="38"/>
        <source>No jobs are open right now. Please come back later or ask staff.</source>
        <translation>现在没有招人的活。请稍后再来，或问工作人员。</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="78"/>
        <location filename="../../kiosk/ui/main_window.py" line="158"/>
        <source>Card read. One moment, please...</source>
        <translation>已读到卡，请稍等……</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="112"/>
        <source>Staff mode is not installed on this station.</source>
        <translation>本机没有安装工作人员模式。</translation>
    </message>
</context>
<context>
    <name>NoticeScreen</name>
    <message>
        <location filename="../../kiosk/ui/walkup/notice.py" line="70"/>
        <source>Please note</source>
        <translation>请注意</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/notice.py" line="70"/>
        <source>Done</source>
        <translation>办好了</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/notice.py" line="73"/>
        <source>If you are not sure what to do, staff are happy to help.</source>
        <translation>不知道怎么办，可以请工作人员帮忙。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/notice.py" line="77"/>
        <source>Call staff for help</source>
        <translation>呼叫工作人员</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/notice.py" line="78"/>
        <source>OK</source>
        <translation>知道了</translation>
    </message>
</context>
<context>
    <name>PiecesScreen</name>
    <message>
        <location filename="../../kiosk/ui/walkup/pieces.py" line="47"/>
        <source>Check out: {title}</source>
        <translation>下班打卡：{title}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/pieces.py" line="48"/>
        <source>This job pays {pay}. How many pieces did you finish today?</source>
        <translation>这个活按件算钱（{pay}）。您今天做了多少件？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/pieces.py" line="50"/>
        <source>{n} pieces</source>
        <translation>{n} 件</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/pieces.py" line="51"/>
        <source>That is {pay} yuan.</source>
        <translation>合计 {pay} 元。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/pieces.py" line="52"/>
        <source>Check out with {n} pieces</source>
        <translation>按 {n} 件下班打卡</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/pieces.py" line="54"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ReportScreen</name>
    <message>
        <location filename="../../kiosk/ui/walkup/report.py" line="39"/>
        <source>Report a problem</source>
        <translation>举报问题</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/report.py" line="40"/>
        <source>What is wrong with &quot;{job}&quot;? Tap one.</source>
        <translation>“{job}”有什么问题？请点一项。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/report.py" line="42"/>
        <source>Fake job: the work does not exist</source>
        <translation>虚假招工：根本没有这个活</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/report.py" line="43"/>
        <source>Pay is not as promised</source>
        <translation>工钱和说好的不一样</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/report.py" line="44"/>
        <source>The work is unsafe</source>
        <translation>干活不安全</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/report.py" line="45"/>
        <source>Something else</source>
        <translation>其他问题</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <location filename="../../kiosk/ui/walkup/screen.py" line="71"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/screen.py" line="72"/>
        <source>Read aloud</source>
        <translation>读给我听</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/screen.py" line="73"/>
        <source>Finish</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/screen.py" line="73"/>
        <source>Start page</source>
        <translation>回首页</translation>
    </message>
</context>
<context>
    <name>SignupPanel</name>
    <message>
        <location filename="../../kiosk/ui/walkup/worker.py" line="71"/>
        <source>{when}. {place}. {pay}</source>
        <translation>{when}。{place}。{pay}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/worker.py" line="74"/>
        <source>Checked out at {time}. {hours_pay}</source>
        <translation>{time} 已下班打卡。{hours_pay}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/worker.py" line="77"/>
        <source>Checked in at {time}. Check out when you finish.</source>
        <translation>{time} 已上班打卡。干完活记得打下班卡。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/worker.py" line="79"/>
        <source>Check-in opens 2 hours before the start.</source>
        <translation>开工前 2 小时起可以打上班卡。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/worker.py" line="81"/>
        <source>Check in when you arrive at work.</source>
        <translation>到了干活的地方就打上班卡。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/worker.py" line="83"/>
        <source>On the waiting list: number {n}.</source>
        <translation>候补第 {n} 位。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/worker.py" line="85"/>
        <source>Signed up. Your place is kept.</source>
        <translation>已报名，名额给您留着。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/worker.py" line="89"/>
        <source>Check in (start work)</source>
        <translation>打卡上班</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/worker.py" line="91"/>
        <source>Check out (finish work)</source>
        <translation>打卡下班</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/worker.py" line="93"/>
        <source>Cancel this sign-up</source>
        <translation>取消报名</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/worker.py" line="95"/>
        <source>Report a problem with this job</source>
        <translation>举报这个活有问题</translation>
    </message>
</context>
<context>
    <name>WalkupActions</name>
    <message>
        <location filename="../../kiosk/ui/walkup/actions.py" line="44"/>
        <source>Sorry, something went wrong. Please try again, or call staff for help.</source>
        <translation>对不起，出了点问题。请再试一次，或呼叫工作人员帮忙。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/actions.py" line="107"/>
        <source>Sign up for {title}? {when}, {pay}.</source>
        <translation>报名“{title}”吗？{when}，{pay}。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/actions.py" line="111"/>
        <source>Yes, put me on the waiting list</source>
        <translation>是的，帮我排候补</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/actions.py" line="112"/>
        <source>Yes, sign me up</source>
        <translation>是的，我要报名</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/actions.py" line="122"/>
        <source>Cancel your sign-up for {title}?</source>
        <translation>取消“{title}”的报名吗？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/actions.py" line="126"/>
        <source>Yes, cancel it</source>
        <translation>是的，取消报名</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/actions.py" line="127"/>
        <source>No, keep it</source>
        <translation>不取消，保留报名</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/actions.py" line="166"/>
        <source>Finish work now and check out at {time}?</source>
        <translation>现在下班，在 {time} 打下班卡吗？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/actions.py" line="168"/>
        <source>Yes, check me out</source>
        <translation>是的，打卡下班</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/actions.py" line="207"/>
        <source>Pay: {pay}, {settlement}</source>
        <translation>工钱：{pay}，{settlement}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/actions.py" line="209"/>
        <source>Hours: {when}</source>
        <translation>时间：{when}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/actions.py" line="210"/>
        <source>Place: {place} ({distance})</source>
        <translation>地点：{place}（{distance}）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/actions.py" line="212"/>
        <source>Employer: {employer}</source>
        <translation>雇主：{employer}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/actions.py" line="213"/>
        <source>Contact: {contact}</source>
        <translation>联系人：{contact}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/actions.py" line="214"/>
        <source>Requirements: {requirements}</source>
        <translation>要求：{requirements}</translation>
    </message>
</context>
<context>
    <name>WalkupFlow</name>
    <message>
        <location filename="../../kiosk/ui/walkup/flow.py" line="153"/>
        <source>Sorry, this station cannot read aloud. Staff can read it to you.</source>
        <translation>对不起，这台机器不能朗读。工作人员可以读给您听。</translation>
    </message>
</context>
<context>
    <name>WorkerScreen</name>
    <message>
        <location filename="../../kiosk/ui/walkup/worker.py" line="23"/>
        <source>Hello, {name}</source>
        <translation>{name}，您好</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/worker.py" line="26"/>
        <source>Hello, Master {surname}</source>
        <translation>{surname}师傅，您好</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/worker.py" line="27"/>
        <source>Hello, Master {pinyin}</source>
        <translation>{surname}师傅，您好</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/worker.py" line="152"/>
        <source>Today&apos;s work</source>
        <translation>今天的活</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/worker.py" line="153"/>
        <source>You have no work booked for today. The jobs on the right fit you.</source>
        <translation>您今天还没有报名的活。右边是适合您的活。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/worker.py" line="154"/>
        <source>Your sign-ups</source>
        <translation>已报名的活</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/worker.py" line="155"/>
        <source>Jobs for you</source>
        <translation>为您推荐</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/worker.py" line="156"/>
        <source>No jobs fit you right now. See all of today&apos;s jobs:</source>
        <translation>现在没有特别适合您的活。可以看看今天所有的活：</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/walkup/worker.py" line="157"/>
        <source>See all of today&apos;s jobs</source>
        <translation>看今天所有的活</translation>
    </message>
</context>
</TS>
