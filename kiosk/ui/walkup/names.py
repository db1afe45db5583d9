"""How the kiosk greets a worker: surname + 师傅 in Chinese, 'Master Wang' in English (no Qt here)."""

from __future__ import annotations

COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 令狐 端木 独孤 南宫 西门 澹台 轩辕 "
    "呼延 申屠 太史 钟离 闻人 赫连 万俟 司空 百里 东郭 第五".split()
)

# Pinyin of the common surnames (a name's reading depends on the person; these are the usual ones).
_PINYIN = dict(pair.split(":") for pair in (
    "王:Wang 李:Li 张:Zhang 刘:Liu 陈:Chen 杨:Yang 黄:Huang 赵:Zhao 吴:Wu 周:Zhou 徐:Xu 孙:Sun 马:Ma 朱:Zhu "
    "胡:Hu 郭:Guo 何:He 高:Gao 林:Lin 罗:Luo 郑:Zheng 梁:Liang 谢:Xie 宋:Song 唐:Tang 许:Xu 韩:Han 冯:Feng "
    "邓:Deng 曹:Cao 彭:Peng 曾:Zeng 肖:Xiao 田:Tian 董:Dong 袁:Yuan 潘:Pan 于:Yu 蒋:Jiang 蔡:Cai 余:Yu 杜:Du "
    "叶:Ye 程:Cheng 苏:Su 魏:Wei 吕:Lü 丁:Ding 任:Ren 沈:Shen 姚:Yao 卢:Lu 姜:Jiang 崔:Cui 钟:Zhong 谭:Tan "
    "陆:Lu 汪:Wang 范:Fan 金:Jin 石:Shi 廖:Liao 贾:Jia 夏:Xia 韦:Wei 付:Fu 方:Fang 白:Bai 邹:Zou 孟:Meng "
    "熊:Xiong 秦:Qin 邱:Qiu 江:Jiang 尹:Yin 薛:Xue 闫:Yan 段:Duan 雷:Lei 侯:Hou 龙:Long 史:Shi 陶:Tao 黎:Li "
    "贺:He 顾:Gu 毛:Mao 郝:Hao 龚:Gong 邵:Shao 万:Wan 钱:Qian 严:Yan 覃:Qin 武:Wu 戴:Dai 莫:Mo 孔:Kong "
    "向:Xiang 汤:Tang 常:Chang 温:Wen 康:Kang 施:Shi 文:Wen 牛:Niu 樊:Fan 葛:Ge 邢:Xing 安:An 齐:Qi 易:Yi "
    "乔:Qiao 伍:Wu 庞:Pang 颜:Yan 倪:Ni 庄:Zhuang 聂:Nie 章:Zhang 鲁:Lu 岳:Yue 翟:Zhai 殷:Yin 詹:Zhan 申:Shen "
    "欧:Ou 耿:Geng 关:Guan 兰:Lan 焦:Jiao 俞:Yu 左:Zuo 柳:Liu 甘:Gan 祝:Zhu 包:Bao 宁:Ning 尚:Shang 符:Fu "
    "舒:Shu 阮:Ruan 柯:Ke 纪:Ji 梅:Mei 童:Tong 凌:Ling 毕:Bi 单:Shan 季:Ji 裴:Pei 霍:Huo 涂:Tu 成:Cheng "
    "苗:Miao 谷:Gu 盛:Sheng 曲:Qu 翁:Weng 冉:Ran 骆:Luo 蓝:Lan 路:Lu 游:You 辛:Xin 靳:Jin 管:Guan 柴:Chai "
    "蒙:Meng 鲍:Bao 华:Hua 喻:Yu 祁:Qi 房:Fang 滕:Teng 屈:Qu 饶:Rao 解:Xie 牟:Mou 艾:Ai 尤:You 阳:Yang "
    "时:Shi 穆:Mu 农:Nong 司:Si 卓:Zhuo 古:Gu 吉:Ji 缪:Miao 简:Jian 车:Che 项:Xiang 连:Lian 芦:Lu 麦:Mai "
    "褚:Chu 娄:Lou 窦:Dou 戚:Qi 岑:Cen 景:Jing 党:Dang 宫:Gong 费:Fei 卜:Bu 冷:Leng 晏:Yan 席:Xi 卫:Wei "
    "米:Mi 柏:Bai 宗:Zong 瞿:Qu 桂:Gui 全:Quan 佟:Tong 应:Ying 臧:Zang 闵:Min 苟:Gou 邬:Wu 边:Bian 卞:Bian "
    "姬:Ji 师:Shi 和:He 仇:Qiu 栾:Luan 隋:Sui 商:Shang 刁:Diao 沙:Sha 荣:Rong 巫:Wu 寇:Kou 桑:Sang 郎:Lang "
    "甄:Zhen 丛:Cong 仲:Zhong 虞:Yu 敖:Ao 巩:Gong 明:Ming 佘:She 池:Chi 查:Zha 麻:Ma 苑:Yuan 迟:Chi 邝:Kuang "
    "欧阳:Ouyang 司马:Sima 诸葛:Zhuge 上官:Shangguan 东方:Dongfang 皇甫:Huangfu 尉迟:Yuchi 公孙:Gongsun "
    "慕容:Murong 长孙:Zhangsun 宇文:Yuwen 司徒:Situ 夏侯:Xiahou 令狐:Linghu 端木:Duanmu 独孤:Dugu 南宫:Nangong "
    "西门:Ximen 轩辕:Xuanyuan 呼延:Huyan 钟离:Zhongli 赫连:Helian"
).split())


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def surname(name: str) -> str | None:
    """The family name of a Chinese name (compound surnames included); None for other names."""
    name = name.strip()
    if len(name) < 2 or not all(_is_han(ch) for ch in name):
        return None  # e.g. 阿依古丽·买买提 or a Latin name: greet by the whole name
    if len(name) >= 3 and name[:2] in COMPOUND_SURNAMES:
        return name[:2]
    return name[0]


def surname_pinyin(name: str) -> str | None:
    s = surname(name)
    return _PINYIN.get(s) if s else None
