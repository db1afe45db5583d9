<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Board</name>
    <message>
        <location filename="../../kiosk/ui/board/words.py" line="12"/>
        <source>Today&apos;s urgent orders</source>
        <translation>今日急单</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/board/words.py" line="13"/>
        <source>Updated {time}</source>
        <translation>更新于 {time}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/board/words.py" line="14"/>
        <source>Offline · last sync {time}</source>
        <translation>离线 · 上次同步 {time}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/board/words.py" line="15"/>
        <source>Offline · never synced</source>
        <translation>离线 · 尚未同步</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/board/words.py" line="16"/>
        <source>{month}/{day} {weekday}</source>
        <translation>{month}月{day}日 {weekday}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/board/words.py" line="17"/>
        <source>Urgent</source>
        <translation>急招</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/board/words.py" line="18"/>
        <source>Verified</source>
        <translation>认证企业</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/board/words.py" line="19"/>
        <source>{n} wanted · {left} still needed</source>
        <translation>招{n}人&#x3000;还差{left}人</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/board/words.py" line="20"/>
        <source>Full</source>
        <translation>已招满</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/board/words.py" line="21"/>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/board/words.py" line="22"/>
        <source>Almost full</source>
        <translation>快招满</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/board/words.py" line="23"/>
        <source>Just posted</source>
        <translation>刚发布</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/board/words.py" line="24"/>
        <source>Starts today {time}</source>
        <translation>今天 {time} 开工</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/board/words.py" line="25"/>
        <source>Starts tomorrow {time}</source>
        <translation>明天 {time} 开工</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/board/words.py" line="26"/>
        <source>Starts {weekday} {time}</source>
        <translation>{weekday} {time} 开工</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/board/words.py" line="27"/>
        <source>Starts {month}/{day} {time}</source>
        <translation>{month}月{day}日 {time}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/board/words.py" line="28"/>
        <source>Working now, until {time}</source>
        <translation>已开工 干到{time}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/board/words.py" line="29"/>
        <source>{km} km</source>
        <translation>{km}公里</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/board/words.py" line="30"/>
        <source>Scan a QR code to see the job · No phone? Sign up at the kiosk</source>
        <translation>手机扫码看详情&#x3000;没有手机请到自助机报名</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/board/words.py" line="31"/>
        <source>Page {page}/{pages}</source>
        <translation>第{page}/{pages}页</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/board/words.py" line="32"/>
        <source>{n} orders</source>
        <translation>共{n}单</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/board/words.py" line="33"/>
        <source>No urgent orders right now</source>
        <translation>现在暂时没有急单</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/board/words.py" line="34"/>
        <source>New orders appear here as soon as they are posted</source>
        <translation>有新订单会马上显示在这里</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/board/words.py" line="35"/>
        <source>Open {hours}</source>
        <translation>开放时间 {hours}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/board/words.py" line="36"/>
        <source>Phone {phone}</source>
        <translation>咨询电话 {phone}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/board/words.py" line="37"/>
        <source>Register at the station kiosk and we will call you when work fits you</source>
        <translation>请到驿站自助机登记求职意向，有合适的工作我们会通知您</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/board/words.py" line="38"/>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
</context>
</TS>
