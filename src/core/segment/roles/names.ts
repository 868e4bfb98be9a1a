// Person names in credits: jieba does not tag them (see docs/segmenter.md), so bylines use a surname list and length.

/** Common single-character Chinese surnames (the ~300 most frequent cover nearly every reporter's name). */
const SINGLE_SURNAMES = new Set([...
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由'
]);

/**
 * Less frequent surnames that still sign news reports (洪, 暨, 赖 …). Kept apart from the list above and limited to
 * characters that rarely open an ordinary word, so a bracketed word such as `（山东省）` is not taken for a name.
 */
const RARER_SURNAMES = [...'洪暨赖阎邴汲荀糜钮宓郗逄璩濮郦庾蒯訾厍乜殳隗缑佴笪妫钭羿郏宦夔莘蓟'];
for (const surname of RARER_SURNAMES) SINGLE_SURNAMES.add(surname);

/** Two-character surnames. */
const DOUBLE_SURNAMES = new Set(['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '轩辕', '令狐', '端木', '西门', '南宫', '独孤', '澹台', '万俟', '闻人', '呼延', '钟离', '申屠', '赫连']);

/** Whether `text` looks like a Chinese personal name: 2–4 Han characters starting with a known surname. */
export function looksLikeName(text: string): boolean {
  if (!/^[\u4e00-\u9fff]{2,4}$/.test(text)) return false;
  if (DOUBLE_SURNAMES.has(text.slice(0, 2))) return text.length >= 3;
  return SINGLE_SURNAMES.has(text[0]);
}

/** Whether `text` is a name with a middle dot, as transliterated minority or foreign names are written (艾力更·依明巴海). */
export function looksLikeDottedName(text: string): boolean {
  return /^[\u4e00-\u9fff]{1,6}[·•][\u4e00-\u9fff]{1,8}$/.test(text);
}

/** Whether a name starts with a two-character surname (欧阳洁, 司马光). */
export function isDoubleSurnameName(text: string): boolean {
  return text.length >= 3 && DOUBLE_SURNAMES.has(text.slice(0, 2));
}
