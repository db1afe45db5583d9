<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Board</name>
    <message>
        <source>Today's urgent orders</source>
        <translation>今日急单</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation>更新于 {time}</translation>
    </message>
    <message>
        <source>Offline · last sync {time}</source>
        <translation>离线 · 上次同步 {time}</translation>
    </message>
    <message>
        <source>Offline · never synced</source>
        <translation>离线 · 尚未同步</translation>
    </message>
    <message>
        <source>{month}/{day} {weekday}</source>
        <translation>{month}月{day}日 {weekday}</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>急招</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>认证企业</translation>
    </message>
    <message>
        <source>{n} wanted · {left} still needed</source>
        <translation>招{n}人　还差{left}人</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>已招满</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Almost full</source>
        <translation>快招满</translation>
    </message>
    <message>
        <source>Just posted</source>
        <translation>刚发布</translation>
    </message>
    <message>
        <source>Starts today {time}</source>
        <translation>今天 {time} 开工</translation>
    </message>
    <message>
        <source>Starts tomorrow {time}</source>
        <translation>明天 {time} 开工</translation>
    </message>
    <message>
        <source>Starts {weekday} {time}</source>
        <translation>{weekday} {time} 开工</translation>
    </message>
    <message>
        <source>Starts {month}/{day} {time}</source>
        <translation>{month}月{day}日 {time}</translation>
    </message>
    <message>
        <source>Working now, until {time}</source>
        <translation>已开工 干到{time}</translation>
    </message>
    <message>
        <source>{km} km</source>
        <translation>{km}公里</translation>
    </message>
    <message>
        <source>Scan a QR code to see the job · No phone? Sign up at the kiosk</source>
        <translation>手机扫码看详情　没有手机请到自助机报名</translation>
    </message>
    <message>
        <source>Page {page}/{pages}</source>
        <translation>第{page}/{pages}页</translation>
    </message>
    <message>
        <source>{n} orders</source>
        <translation>共{n}单</translation>
    </message>
    <message>
        <source>No urgent orders right now</source>
        <translation>现在暂时没有急单</translation>
    </message>
    <message>
        <source>New orders appear here as soon as they are posted</source>
        <translation>有新订单会马上显示在这里</translation>
    </message>
    <message>
        <source>Open {hours}</source>
        <translation>开放时间 {hours}</translation>
    </message>
    <message>
        <source>Phone {phone}</source>
        <translation>咨询电话 {phone}</translation>
    </message>
    <message>
        <source>Register at the station kiosk and we will call you when work fits you</source>
        <translation>请到驿站自助机登记求职意向，有合适的工作我们会通知您</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
</context>
<context>
    <name>BoardSettingsPanel</name>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Show English under the Chinese</source>
        <translation>中文下方显示英文</translation>
    </message>
    <message>
        <source>One notice per line: training sessions, job fairs, policy</source>
        <translation>每行一条通知：培训、招聘会、政策等</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Seconds per page</source>
        <translation>每页停留</translation>
    </message>
    <message>
        <source>Dim the screen at night</source>
        <translation>夜间调暗时段</translation>
    </message>
    <message>
        <source>Offline badge after</source>
        <translation>多久未同步显示离线</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>滚动通知</translation>
    </message>
    <message>
        <source>Kinds of work shown (none ticked: all)</source>
        <translation>显示的工种（都不勾选则全部显示）</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>保存失败：{error}</translation>
    </message>
    <message>
        <source>Saved. The wall board shows the change within a few seconds.</source>
        <translation>已保存，大屏几秒内就会更新。</translation>
    </message>
</context>
</TS>