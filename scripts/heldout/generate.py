#!/usr/bin/python3
"""Held-out page generator for newsdump.

Makes new page dumps the way the dev pages (../shared/corpus/dev) were made: clean People's Daily articles
(../shared/corpus/clean) are typeset into 4-7 justified newspaper columns on a PDF page (CJK font, one of three
paper styles), the PDF is extracted by a real extractor (pdfminer, `pdftotext`, `pdftotext -raw`), and a gold
file in the dev shape is written beside each dump.

The clean articles have no titles, so titles are made from the article's own clauses; datelines and bylines
come from the article when it has them and are invented (names from syllable lists) when it has none.
Articles that share long passages with the dev gold are skipped, so nothing here was tuned on.

usage: generate.py --seed 1 --count 45 --out /tmp/heldout/pages [--keep-pdf]
Needs /usr/bin/python3 with reportlab and pdfminer, poppler-utils and fonts-wqy-zenhei (see README.md).
"""
import argparse
import glob
import json
import os
import random
import re
import subprocess
import sys

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, '..', '..', '..', 'shared'))
FONT_PATH = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc'
FONT = 'ZH'

NO_START = set('，。、；：？！）》」』”’…％%·,.;:?!)]') | {'——', '……'}
NO_END = set('（《「『“‘([')
SENT_END = set('。！？”…')

# ---------------------------------------------------------------- invented vocabulary (not from the dev pages)
SURNAMES = list('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤')
GIVEN = list('伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰萍红娟建文辉力峰雪琳晶晓宇鹏飞彬婷颖晨欣怡涵博宁昊然凯旭东亮健松海波丹岚蕾瑶璐琪楠鑫洁倩哲锋浩源思远嘉')
PLACES = ['北京', '上海', '广州', '成都', '杭州', '南京', '西安', '武汉', '长沙', '郑州', '济南', '福州', '昆明', '南宁',
          '兰州', '合肥', '太原', '哈尔滨', '长春', '沈阳', '呼和浩特', '乌鲁木齐', '拉萨', '银川', '西宁', '海口', '贵阳',
          '南昌', '石家庄', '天津', '重庆', '深圳', '厦门', '青岛', '大连', '宁波', '东京', '巴黎', '柏林', '伦敦', '开罗',
          '曼谷', '新德里', '莫斯科', '布鲁塞尔', '内罗毕', '华盛顿', '日内瓦', '首尔', '河内']
RUBRICS = ['一线调查', '记者观察', '新春走基层', '经济视点', '基层故事', '深度观察', '民生关注', '文化视点', '环球走笔',
           '现场直击', '科技前沿', '走进乡村', '热点解读', '今日谈', '声音', '特稿', '纵横', '社会观察', '国际观察']
SECTIONS = ['要闻', '国际', '经济', '社会', '文化', '地方', '综合', '民生', '体育', '视点']
PAPERS_EVENING = ['江城晚报', '滨海晚报', '南国都市报', '北方晨报', '东方时报', '西部商报', '中原晚报']
SLOGANS = ['扫码关注看新闻', '新闻线索请拨打热线', '读报看端更精彩', '下载客户端看直播', '民生热线96188']
ADS = ['诚招合作伙伴', '本版广告位招租', '广告热线：0531-6677889', '订报热线：400-600-7788', '优质房源火热认购', '品牌家电以旧换新']
AGENCIES = ['人民视觉', '影像中国', '新华社发', '本报记者摄']
WEEK = '一二三四五六日'
CN_NUM = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六',
          '十七', '十八', '十九', '二十', '二十一', '二十二', '二十三', '二十四']


def name(rng):
    return rng.choice(SURNAMES) + ''.join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2, 2])))


def squash(s):
    return re.sub(r'\s+', '', s)


# ---------------------------------------------------------------- clean articles
DATELINE_RE = re.compile(r'^(据)?(本报|新华社)([^\d电讯（(]{0,12}?)(\d{1,2}月\d{1,2}日)?(电|讯)\s*')
BYLINE_RE = re.compile(r'^[（(]([^（）()]{1,60})[）)]\s*')
TAIL_RE = re.compile(r'^[（(](据)?(本报|新华社)([^\d电讯]{0,12}?)(\d{1,2}月\d{1,2}日)?(电|讯)\s*(记者[^（）()]*)?[）)]$')


def parse_credit(inner):
    """'记者 张三 李四 通讯员 王五' -> (reporters, correspondents, authors) or None when it is no plain credit."""
    inner = inner.strip()
    if re.search(r'[，。：；]|作者|供稿|摄|整理|单位', inner):
        return None
    rep, cor, aut = [], [], []
    cur = aut
    for tok in re.split(r'[\s、，]+', inner):
        if not tok:
            continue
        m = re.match(r'^(本报)?(记者|通讯员)(.*)$', tok)
        if m:
            cur = rep if m.group(2) == '记者' else cor
            tok = m.group(3)
            if not tok:
                continue
        if not re.fullmatch(r'[\u4e00-\u9fff·]{2,5}', tok):
            return None
        cur.append(tok)
    if not (rep or cor or aut):
        return None
    return rep, cor, aut


def load_articles(dev_grams):
    arts = []
    for path in sorted(glob.glob(os.path.join(SHARED, 'corpus', 'clean', '*.txt'))):
        paras = [p.strip() for p in open(path, encoding='utf-8').read().split('\n') if p.strip()]
        if not paras:
            continue
        text = squash(''.join(paras))
        grams = {text[i:i + 8] for i in range(0, max(0, len(text) - 8), 4)}
        if grams and len(grams & dev_grams) / len(grams) > 0.03:
            continue  # shares passages with a dev page: not held out
        art = {'file': os.path.basename(path), 'date': None, 'dateline': None, 'credit': None, 'tail': None,
               'paras': paras}
        m = DATELINE_RE.match(paras[0])
        if m and len(paras[0]) > len(m.group(0)) + 10:
            place = m.group(3) or None
            art['dateline'] = {'text': squash(m.group(0)), 'place': place, 'date': m.group(4)}
            rest = paras[0][m.end():]
            b = BYLINE_RE.match(rest)
            if b:
                cred = parse_credit(b.group(1))
                if cred is None:
                    art['dateline'] = None  # keep the article as it stands
                    rest = None
                else:
                    art['credit'] = {'text': b.group(0).strip(), 'names': cred}
                    rest = rest[b.end():]
            if rest is not None:
                paras = [rest] + paras[1:]
        t = TAIL_RE.match(paras[-1])
        if t and not art['dateline']:
            cred = parse_credit(t.group(6)) if t.group(6) else ([], [], [])
            if cred is not None:
                art['dateline'] = {'text': squash((t.group(1) or '') + t.group(2) + (t.group(3) or '') + (t.group(4) or '') + t.group(5)),
                                   'place': t.group(3) or None, 'date': t.group(4)}
                art['tail'] = {'text': paras[-1], 'names': cred}
                paras = paras[:-1]
        elif re.fullmatch(r'[（(](本报记者)?[\s\u4e00-\u9fff、·]{2,40}[）)]', paras[-1]):
            cred = parse_credit(paras[-1][1:-1])
            if cred is not None:
                art['tail'] = {'text': paras[-1], 'names': cred}
                paras = paras[:-1]
        if any(DATELINE_RE.match(q) for q in paras[1:]):
            continue  # a dateline inside the text (after a lead-in): the gold would be ambiguous
        art['paras'] = paras
        art['date'] = re.match(r'(\d{4})(\d\d)(\d\d)', art['file']).groups()
        if paras and sum(len(p) for p in paras) >= 60:
            arts.append(art)
    return arts


def dev_gram_set():
    grams = set()
    for path in glob.glob(os.path.join(SHARED, 'corpus', 'dev', '*.gold.json')):
        for a in json.load(open(path, encoding='utf-8'))['articles']:
            s = squash(''.join(a['body']))
            grams |= {s[i:i + 8] for i in range(len(s) - 8)}
    return grams


# ---------------------------------------------------------------- titles from the article's own clauses
def balanced(s):
    pairs = ['“”', '《》', '（）', '‘’', '()']
    return all(s.count(a) == s.count(b) for a, b in pairs) and not re.search(r'^[”’）》、，]', s)


# clause shapes that read as a sentence fragment rather than a title (a title is a statement or a phrase)
FRAGMENT_START = re.compile(r'^(今年|去年|近日|目前|日前|当前|近年来|据|但|而|在|从|对|为了|如果|因为|所以|同时|此外|其中|他|她|我|这|那|记者|——)')
FRAGMENT_END = re.compile(r'(的|了|是|在|说|表示|介绍|指出|认为|告诉|和|与|及|等|后|时|中|上)$')


def clauses(paras, lo, hi):
    out = []
    for p in paras[:4]:
        for c in re.split(r'[，。；！？：]', p):
            c = c.strip('“”‘’ ')
            if lo <= len(c) <= hi and balanced(c) and re.search(r'[\u4e00-\u9fff]{3}', c) and not re.match(r'^\d', c) \
                    and not FRAGMENT_START.search(c) and not FRAGMENT_END.search(c):
                out.append(c)
    return out


def make_titles(rng, paras):
    cands = clauses(paras, 6, 18) or [re.sub(r'[，。；！？：].*', '', paras[0])[:14] or paras[0][:10]]
    head = rng.choice(cands)
    shorts = clauses(paras, 4, 7)
    if len(shorts) >= 2 and rng.random() < 0.15:
        a, b = rng.sample(shorts, 2)
        head = a + ' ' + b
    if rng.random() < 0.3:
        head += '（' + rng.choice(RUBRICS) + '）'
    kicker = sub = None
    rest = [c for c in clauses(paras, 8, 26) if c not in head]
    r = rng.random()
    if rest and r < 0.35:
        kicker = rng.choice(rest) + ('——' if rng.random() < 0.3 else '')
    elif rest and r < 0.55:
        sub = ('——' if rng.random() < 0.5 else '') + rng.choice(rest)
    return head, kicker, sub


# ---------------------------------------------------------------- typesetting
WIDTH_CACHE = {}


COMPRESSED = set('，。、；：！？')


def cw(ch):
    """Layout advance in em: the font's advance, but the CJK marks are set half-width (标点挤压): the glyph keeps
    its full advance in the PDF, so its box overlaps the next character's (the extractors then print no gap
    after it, as on the dev pages)."""
    w = WIDTH_CACHE.get(ch)
    if w is None:
        w = WIDTH_CACHE[ch] = 0.5 if ch in COMPRESSED else pdfmetrics.stringWidth(ch, FONT, 1.0)
    return w


def tokens(text):
    # a Latin word or number, a doubled dash or ellipsis (never split across lines), or one character
    return re.findall(r'[A-Za-z0-9][A-Za-z0-9.%]*|——|……|.', text)


def tw(tok, fs):
    return sum(cw(c) for c in tok) * fs


def break_lines(text, width, fs, indent_em, policy):
    """Justified lines: [(text, x_offset, char_space)]. policy 'pull' moves a char down to keep a no-start
    mark off the next line (the line gets letter-spaced); 'hang' squeezes the mark into the line."""
    toks = []
    for t in tokens(text):
        if tw(t, fs) > width * 0.8:
            toks.extend(list(t))
        else:
            toks.append(t)
    lines, cur, w = [], [], indent_em * fs
    first = True
    i = 0
    while i < len(toks):
        t = toks[i]
        twid = tw(t, fs)
        if w + twid <= width + 0.01 or not cur:
            cur.append(t)
            w += twid
            i += 1
            continue
        # t does not fit
        if t in NO_START:
            if policy == 'hang' and w + twid <= width + 0.6 * fs:
                cur.append(t)
                i += 1
                if i < len(toks) and toks[i] in NO_START and w + twid + tw(toks[i], fs) <= width + 1.1 * fs:
                    cur.append(toks[i])
                    i += 1
            else:
                # pull the last char down with it (repeat while the new line would still start badly)
                while len(cur) > 1 and (toks[i] in NO_START):
                    i -= 1
                    cur.pop()
                    if toks[i] not in NO_START:
                        break
        while len(cur) > 1 and cur[-1] in NO_END:
            cur.pop()
            i -= 1
        lines.append((''.join(cur), indent_em * fs if first else 0.0))
        first = False
        cur, w = [], 0.0
        if i >= len(toks):
            break
    if cur:
        lines.append((''.join(cur), indent_em * fs if first else 0.0))
    lines = [(s.lstrip(' \u3000') if n else s, off) for n, (s, off) in enumerate(lines)]
    lines = [(s, off) for s, off in lines if s]
    out = []
    for n, (s, off) in enumerate(lines):
        last = n == len(lines) - 1
        nat = sum(cw(c) for c in s) * fs
        cs = 0.0 if last or len(s) < 2 else (width - off - nat) / (len(s) - 1)
        out.append((s, off, cs))
    return out


def center_lines(text, width, fs, balance=False):
    """Title lines wrapped at the width; balance=True splits a title into lines of even length (as a
    compositor would) instead of leaving one or two characters on the last line."""
    if balance and tw(text, fs) > width:
        n = int(tw(text, fs) // width) + 1
        per = -(-len(text) // n)
        return [text[i:i + per] for i in range(0, len(text), per)]
    out, cur = [], ''
    for ch in text:
        if tw(cur + ch, fs) > width and cur:
            out.append(cur)
            cur = ''
        cur += ch
    if cur:
        out.append(cur)
    return out


class Page:
    def __init__(self, rng, ncols, fs, cpl):
        self.rng = rng
        self.ncols = ncols
        self.fs = fs
        self.colw = cpl * fs
        self.gutter = round(fs * rng.uniform(1.6, 2.4), 1)
        self.margin = 36
        self.width = 2 * self.margin + ncols * self.colw + (ncols - 1) * self.gutter
        self.pitch = fs * rng.choice([1.3, 1.35, 1.4, 1.45])
        self.pgap = rng.choice([0.0, 0.0, 0.25]) * fs  # extra space between paragraphs
        self.ops = []  # drawing operations in top-down coordinates
        self.sky = [0.0] * ncols

    def colx(self, c):
        return self.margin + c * (self.colw + self.gutter)

    layer = 'body'  # what the next drawing operations belong to: 'furniture', 'title' or 'body'
    article = 0

    def text(self, x, y, s, fs, cs=0.0):
        self.ops.append((self.layer, self.article, 't', x, y, s, fs, cs))

    def rule(self, x0, y, x1):
        self.ops.append((self.layer, self.article, 'l', x0, y, x1))

    def rect(self, x, y, w, h):
        self.ops.append((self.layer, self.article, 'r', x, y, w, h))

    def render(self, path, height, order):
        """order decides the content-stream order, which `pdftotext -raw` keeps: 'title-first' (each
        article's titles, then its body), 'title-after' (body, then titles) or 'titles-last' (all bodies, then
        all titles); the page furniture comes first or last."""
        furn_last = self.rng.random() < 0.5
        rank_layer = {'title-first': {'title': 0, 'body': 1}, 'title-after': {'title': 1, 'body': 0},
                      'titles-last': {'title': 1, 'body': 0}}[order]

        def key(op):
            layer, art = op[0], op[1]
            if layer == 'furniture':
                return (1 if furn_last else -1, 0, 0)
            if order == 'titles-last':
                return (0, rank_layer[layer], art)
            return (0, art, rank_layer[layer])
        c = canvas.Canvas(path, pagesize=(self.width, height))
        for op in sorted(self.ops, key=key):
            op = op[2:]
            if op[0] == 't':
                _, x, y, s, fs, cs = op
                t = c.beginText()
                t.setFont(FONT, fs)
                for ch in s:
                    t.setTextOrigin(x, height - y)
                    if ch in COMPRESSED:  # a half-width mark: its box must not run into the next character
                        t.setHorizScale(50)
                        t.textOut(ch)
                        t.setHorizScale(100)
                    else:
                        t.textOut(ch)
                    x += cw(ch) * fs + cs
                c.drawText(t)
            elif op[0] == 'l':
                _, x0, y, x1 = op
                c.setLineWidth(0.5)
                c.line(x0, height - y, x1, height - y)
            else:
                _, x, y, w, h = op
                c.setFillGray(0.85)
                c.rect(x, height - y - h, w, h, stroke=0, fill=1)
                c.setFillGray(0)
        c.showPage()
        c.save()


def body_items(page, art, style):
    """The article body as a list of column items: ('line', text, off, cs, fs) and ('gap', h)."""
    fs, colw, rng = page.fs, page.colw, page.rng
    items = []
    paras = list(art['print_paras'])
    first = True
    for p in paras:
        if page.pgap and not first:
            items.append(('gap', page.pgap))
        is_sub = len(p) <= 22 and p[-1] not in SENT_END and not re.search(r'[，。]', p) and not first
        if is_sub:
            items.append(('gap', page.pitch * 0.5))
            for s in center_lines(p, colw, fs * 1.1):
                items.append(('line', s, 0.0, 0.0, fs * 1.1))
            first = False
            continue
        if first and art.get('print_dateline'):
            dl, cred = art['print_dateline'], art.get('print_credit') or ''
            if style['dateline'] == 'inline':
                p = dl + rng.choice(['', ' ', '\u3000']) + cred + p
            else:
                # dateline on its own line, spread over the column or left as it is
                nat = tw(dl, fs)
                cs = (colw - nat) / max(1, len(dl) - 1) if style['dateline'] == 'spread' and nat < colw else 0.0
                items.append(('line', dl, 0.0, cs, fs))
                p = cred + p
                for s, off, cs2 in break_lines(p, colw, fs, 0, style['policy']):
                    items.append(('line', s, off, cs2, fs))
                first = False
                continue
        for s, off, cs in break_lines(p, colw, fs, 2, style['policy']):
            items.append(('line', s, off, cs, fs))
        first = False
    for extra in art.get('print_after', []):
        for s in center_lines(extra, colw, fs):
            items.append(('line', s, max(0.0, colw - tw(s, fs)), 0.0, fs))
    return items


def item_h(page, it):
    return it[1] if it[0] == 'gap' else page.pitch * (it[4] / page.fs)


def title_items(page, art, width):
    """Title block lines: (text, fs, align) for kicker, headline and subheadline."""
    fs = page.fs
    out = []
    if art['kicker']:
        for s in center_lines(art['kicker'], width, fs * 1.3):
            out.append((s, fs * 1.3))
    hs = page.rng.choice([2.6, 2.3, 2.0]) if width > page.colw * 1.5 else page.rng.choice([1.8, 1.6])
    while tw(art['headline'], fs * hs) > width * 2 and hs > 1.3:
        hs -= 0.2
    for s in center_lines(art['headline'], width, fs * hs, balance=True):
        out.append((s, fs * hs))
    if art['subheadline']:
        for s in center_lines(art['subheadline'], width, fs * 1.2):
            out.append((s, fs * 1.2))
    return out


def place_article(page, art, span, style):
    rng = page.rng
    ncols = page.ncols
    # lowest place for the span
    best = min(range(ncols - span + 1), key=lambda c: (max(page.sky[c:c + span]), c))
    y0 = max(page.sky[best:best + span])
    c0 = best
    items = body_items(page, art, style)
    layout = 'top'
    if span >= 3 and rng.random() < 0.3:
        layout = 'right'  # the first column runs beside the title, as on many front pages
    tcols = span - 1 if layout == 'right' else span
    tx0 = page.colx(c0 + (1 if layout == 'right' else 0))
    twidth = tcols * page.colw + (tcols - 1) * page.gutter
    tlines = title_items(page, art, twidth)
    y = y0 + page.fs * 0.8
    page.layer = 'title'
    for s, f in tlines:
        y += f * 1.25
        x = tx0 + max(0.0, (twidth - tw(s, f)) / 2)
        page.text(x, y, s, f)
    page.layer = 'body'
    y += page.fs * 1.2
    title_h = y - y0
    total = sum(item_h(page, it) for it in items)
    # pull quote: one of the middle columns gets a boxed sentence in a larger size
    quote = art.get('quote')
    qh = 0.0
    qlines = []
    if quote:
        qfs = page.fs * 1.25
        qlines = center_lines(quote, page.colw, qfs)
        qh = len(qlines) * qfs * 1.4 + page.fs * 1.6
    extra = title_h if layout == 'right' else 0.0
    per = (total + extra + qh) / span + page.pitch
    cols = []
    col, h = [], 0.0
    for it in items:
        limit = per + (0 if cols or layout != 'right' else 0) - (qh if len(cols) == span // 2 and quote else 0)
        if h + item_h(page, it) > limit and len(cols) < span - 1 and col:
            cols.append(col)
            col, h = [], 0.0
        col.append(it)
        h += item_h(page, it)
    cols.append(col)
    bottom = y0
    for k, col in enumerate(cols):
        cx = page.colx(c0 + k)
        yy = y0 + page.fs if (layout == 'right' and k == 0) else y0 + title_h
        qat = len(col) // 2 if (quote and k == span // 2) else -1
        for n, it in enumerate(col):
            if n == qat:
                yy += page.fs * 0.8
                page.rule(cx, yy - page.fs * 0.2, cx + page.colw)
                for s in qlines:
                    yy += page.fs * 1.25 * 1.4
                    page.text(cx + max(0.0, (page.colw - tw(s, page.fs * 1.25)) / 2), yy, s, page.fs * 1.25)
                yy += page.fs * 0.8
                page.rule(cx, yy, cx + page.colw)
                yy += page.fs * 0.2
            if it[0] == 'gap':
                yy += it[1]
                continue
            _, s, off, cs, f = it
            yy += page.pitch * (f / page.fs)
            page.text(cx + off, yy, s, f, cs)
        bottom = max(bottom, yy)
    if art.get('jump'):
        cx = page.colx(c0 + len(cols) - 1)
        bottom += page.pitch
        page.text(cx + page.colw - tw(art['jump'], page.fs), bottom, art['jump'], page.fs)
    bottom += page.fs * 1.8
    page.rule(page.colx(c0), bottom - page.fs * 0.6, page.colx(c0 + span - 1) + page.colw)
    for c in range(c0, c0 + span):
        page.sky[c] = bottom


def place_photo(page, item, span):
    best = min(range(page.ncols - span + 1), key=lambda c: (max(page.sky[c:c + span]), c))
    y = max(page.sky[best:best + span])
    x0 = page.colx(best)
    width = span * page.colw + (span - 1) * page.gutter
    f = page.fs * 1.6
    ph = page.fs * page.rng.uniform(9, 16)
    if page.rng.random() < 0.5:
        y += f * 1.3
        page.layer = 'title'
        page.text(x0 + (width - tw(item['headline'], f)) / 2, y, item['headline'], f)
        page.layer = 'body'
        y += page.fs * 0.6
        page.rect(x0, y, width, ph)
        y += ph
    else:
        page.rect(x0, y + page.fs * 0.5, width, ph)
        y += ph + page.fs * 0.5 + f * 1.3
        page.layer = 'title'
        page.text(x0, y, item['headline'], f)
        page.layer = 'body'
    y += page.fs * 0.4
    for p in item['print_paras']:
        for s, off, cs in break_lines(p, width, page.fs, 2, 'pull'):
            y += page.pitch
            page.text(x0 + off, y, s, page.fs, cs)
    for extra in item['print_after']:
        y += page.pitch
        page.text(x0 + width - tw(extra, page.fs), y, extra, page.fs)
    y += page.fs * 1.8
    page.rule(x0, y - page.fs * 0.6, x0 + width)
    for c in range(best, best + span):
        page.sky[c] = y


# ---------------------------------------------------------------- one page
def credit_text(rng, names, form):
    rep, cor, aut = names
    if form == 'tail':
        parts = []
        if rep:
            parts.append('本报记者 ' + ' '.join(rep))
        if cor:
            parts.append('通讯员 ' + ' '.join(cor))
        if aut and not parts:
            return '（' + ' '.join(aut) + '）'
        return '（' + ' '.join(parts) + '）'
    sep = rng.choice(['', ' '])
    nsep = '、' if sep == '' else ' '
    parts = []
    if rep:
        parts.append('记者' + sep + nsep.join(rep))
    if cor:
        parts.append('通讯员' + sep + nsep.join(cor))
    if aut and not parts:
        parts.append(nsep.join(aut))
    return '（' + ' '.join(parts) + '）'


def prepare_article(rng, art, budget):
    paras = []
    n = 0
    for p in art['paras']:
        if paras and n + len(p) > budget:
            break
        paras.append(p)
        n += len(p)
    truncated = len(paras) < len(art['paras'])
    head, kicker, sub = make_titles(rng, paras)
    a = {'headline': head, 'kicker': kicker, 'subheadline': sub, 'dateline': None, 'reporters': [],
         'correspondents': [], 'authors': [], 'captions': [], 'body': list(paras), 'print_paras': list(paras),
         'print_after': []}
    month, day = int(art['date'][1]), int(art['date'][2])
    dl = art['dateline']
    names = None
    if dl and art['credit'] is not None and not truncated or (dl and not art['tail']):
        a['dateline'] = dict(dl)
        a['print_dateline'] = dl['text']
        if art['credit']:
            names = art['credit']['names']
            a['print_credit'] = credit_text(rng, names, 'head') if rng.random() < 0.5 else art['credit']['text']
    elif art['tail'] and not truncated:
        names = art['tail']['names']
        if dl:
            a['dateline'] = dict(dl)
        a['print_after'].append(art['tail']['text'])
    elif rng.random() < 0.55:
        # the web text lacked a dateline: add one the way the page would print it
        place = rng.choice(PLACES)
        date = f'{month}月{max(1, day - 1)}日'
        kind = rng.random()
        if kind < 0.15:
            text, place, date = rng.choice(['本报电', '据新华社电']), None, None
        else:
            text = rng.choice(['本报', '本报', '本报', '新华社', '据新华社']) + place + date + (
                rng.choice(['电', '讯']) if kind < 0.8 else '电')
        a['dateline'] = {'text': text, 'place': place, 'date': date}
        a['print_dateline'] = text
        if rng.random() < 0.85:
            rep = [name(rng) for _ in range(rng.choice([1, 1, 1, 2, 2, 3]))]
            cor = [name(rng) for _ in range(rng.choice([0, 0, 0, 1, 2]))]
            names = (rep, cor, [])
            a['print_credit'] = credit_text(rng, names, 'head')
    elif rng.random() < 0.5 and not truncated:
        # a trailing credit: (本报记者 张三) or an author alone (李四)
        if rng.random() < 0.5:
            names = ([name(rng) for _ in range(rng.choice([1, 2]))], [], [])
        else:
            names = ([], [], [name(rng)])
        a['print_after'].append(credit_text(rng, names, 'tail'))
    if names:
        a['reporters'], a['correspondents'], a['authors'] = [list(x) for x in names]
    return a


def make_page(rng, pool, stem, extractor, workdir, keep_pdf):
    style_kind = rng.choice(['pd', 'metro', 'evening'])
    ncols = rng.choice([4, 5, 5, 6, 6, 7])
    fs = rng.choice([9.0, 9.5, 10.0])
    cpl = rng.choice([12, 13, 13, 14, 14, 15])
    page = Page(rng, ncols, fs, cpl)
    page.layer = 'furniture'
    style = {'dateline': rng.choice(['inline', 'own', 'spread']), 'policy': rng.choice(['pull', 'pull', 'pull', 'hang'])}
    noise = []
    year, month, day = pool[0]['date']
    y, m, d = int(year), int(month), int(day)
    wd = WEEK[rng.randrange(7)]
    pageno = rng.randint(2, 20)
    section = rng.choice(SECTIONS) if rng.random() < 0.7 else None
    editors = [name(rng) for _ in range(3)]
    top = 40.0
    if style_kind == 'pd':
        header = rng.choice([f'人民日报 {y}年{m}月{d}日 星期{wd} 第{CN_NUM[pageno]}版', f'{pageno} 人民日报 {y}年{m}月{d}日 星期{wd}',
                             f'人民日报 {y}年{m}月{d}日 第{pageno}版'])
        footer = rng.choice([f'本版编辑：{editors[0]} 美编：{editors[1]}', f'责任编辑：{editors[0]} 版式设计：{editors[1]}'])
    elif style_kind == 'metro':
        header = f'A{pageno:02d} {y}.{m}.{d} 星期{wd} 责编：{editors[0]} 组版：{editors[1]} 校对：{editors[2]}'
        footer = None
    else:
        paper = rng.choice(PAPERS_EVENING)
        header = rng.choice([f'{paper} {y}年{m}月{d}日 星期{wd} A{pageno}', f'A{pageno:02d} {paper} {y}.{m:02d}.{d:02d} 星期{wd}',
                             f'{y}年{m}月{d}日 星期{wd} {paper} 今日{rng.choice(PLACES[:12])}'])
        footer = f'责任编辑：{editors[0]} 版式设计：{editors[1]}' if rng.random() < 0.5 else None
    # header line: its parts spread over the page width
    parts = header.split(' ')
    x = page.margin
    gap = (page.width - 2 * page.margin - sum(tw(p, fs) for p in parts)) / max(1, len(parts) - 1)
    for p in parts:
        page.text(x, top, p, fs)
        x += tw(p, fs) + min(gap, fs * rng.choice([0.5, 0.8, 1.0]))  # one printed line, as on the dev pages
    noise.append({'text': squash(header), 'kind': 'page-header'})
    page.rule(page.margin, top + fs * 0.6, page.width - page.margin)
    top += fs * 1.5
    if rng.random() < 0.35:
        slogan = rng.choice(SLOGANS)
        spaced = rng.random() < 0.5
        cs = fs * 0.4 if spaced else 0.0  # a letter-spaced slogan: the extractors print it with gaps
        sw = tw(slogan, fs * 1.2) + cs * (len(slogan) - 1)
        page.text(page.width - page.margin - sw, top + fs * 1.2, slogan, fs * 1.2, cs)
        noise.append({'text': squash(slogan), 'kind': 'masthead'})
    if section:
        page.text(page.margin, top + fs * 2.2, section, fs * 2.2)
        top += fs * 3.0
    page.sky = [top] * ncols
    # articles
    arts = []
    budget = rng.randint(2500, 6500)
    spent = 0
    for i, src in enumerate(pool):
        if spent > budget and len(arts) >= 3:
            break
        limit = 3800 if i == 0 else rng.choice([600, 1200, 2000])
        a = prepare_article(rng, src, limit)
        n = sum(len(p) for p in a['body'])
        spent += n
        arts.append(a)
    photo = None
    if rng.random() < 0.4 and len(pool) > len(arts):
        src = pool[len(arts)]
        first = re.split(r'(?<=。)', src['paras'][0])
        text = ''.join(first[:2])[:110]
        if not text.endswith('。'):
            text = first[0]
        heads = clauses([text], 4, 8) or [text[:4]]
        credit = name(rng) + '摄（' + rng.choice(AGENCIES[:2]) + '）' if rng.random() < 0.8 else name(rng) + '摄'
        photo = {'headline': rng.choice(heads), 'kicker': None, 'subheadline': None, 'dateline': None,
                 'reporters': [], 'correspondents': [], 'authors': [],
                 'captions': [{'text': credit, 'kind': 'photo-credit'}], 'body': [text], 'print_paras': [text],
                 'print_after': [credit]}
        if rng.random() < 0.35:
            names = [name(rng), name(rng)]
            photo['reporters'] = names
            photo['print_after'].append('（本报记者 ' + ' '.join(names) + '）')
    # pull quotes and jump lines
    for a in arts:
        n = sum(len(p) for p in a['body'])
        if n > 1100 and rng.random() < 0.3:
            sents = [s for p in a['body'] for s in re.findall(r'[^。！？]*[。！？]', p) if 14 <= len(s) <= 34 and balanced(s)]
            if sents:
                a['quote'] = rng.choice(sents)
                a['captions'].append({'text': a['quote']})
    jump = None
    if rng.random() < 0.25:
        jump = rng.choice([f'（下转第{rng.randint(2, 20)}版）', f'(下转A{rng.randint(2, 20):02d}版)'])
        arts[0]['jump'] = jump
        noise.append({'text': squash(jump), 'kind': 'jump'})
    # spans: the lead article gets most of the page
    order = list(range(len(arts)))
    for k in order:
        page.article = k
        a = arts[k]
        n = sum(len(p) for p in a['body'])
        if k == 0:
            span = rng.choice([ncols, ncols - 1, max(2, ncols - 2)])
        else:
            span = max(1, min(ncols, round(n / (cpl * rng.uniform(28, 45)))))
        place_article(page, a, span, style)
    if photo:
        page.article = len(arts)
        place_photo(page, photo, rng.choice([1, 2]))
        arts.insert(rng.randrange(len(arts) + 1), photo)
    # bottom furniture
    page.layer = 'furniture'
    bottom = max(page.sky) + fs
    if rng.random() < 0.3:
        ad_lines = rng.sample(ADS, rng.choice([1, 2]))
        span = rng.choice([1, 2])
        c0 = min(range(ncols - span + 1), key=lambda c: max(page.sky[c:c + span]))
        yy = max(page.sky[c0:c0 + span]) + fs
        page.rect(page.colx(c0), yy, span * page.colw, fs * 0.3)
        for s in ad_lines:
            yy += fs * 2.2
            page.text(page.colx(c0) + fs, yy, s, fs * 1.4)
            noise.append({'text': squash(s), 'kind': 'ad'})
        bottom = max(bottom, yy + fs)
    if footer:
        bottom += fs * 1.5
        fparts = footer.split(' ')
        x = page.width - page.margin - sum(tw(p, fs * 0.9) for p in fparts) - fs * (len(fparts) - 1)
        for p in fparts:
            page.text(x, bottom, p, fs * 0.9)
            x += tw(p, fs * 0.9) + fs
        noise.append({'text': squash(footer), 'kind': 'page-header'})
    height = bottom + 40
    pdf = os.path.join(workdir, stem + '.pdf')
    page.render(pdf, height, rng.choice(['title-first', 'title-after', 'titles-last']))
    text = extract(pdf, extractor)
    if not keep_pdf:
        os.remove(pdf)
    gold = {'source': stem + '.txt', 'extractor': extractor, 'section': {'text': section} if section else None,
            'noise': noise, 'articles': []}
    for a in arts:
        gold['articles'].append({k: a[k] for k in ('headline', 'kicker', 'subheadline', 'dateline', 'reporters',
                                                    'correspondents', 'authors', 'captions', 'body')})
    return text, gold, len(arts) + (1 if photo else 0)


def extract(pdf, extractor):
    if extractor == 'pdfminer':
        code = 'import sys\nfrom pdfminer.high_level import extract_text\nsys.stdout.write(extract_text(sys.argv[1]))'
        out = subprocess.run(['/usr/bin/python3', '-c', code, pdf], check=True, capture_output=True).stdout
    elif extractor == 'pdftotext':
        out = subprocess.run(['pdftotext', '-enc', 'UTF-8', pdf, '-'], check=True, capture_output=True).stdout
    else:
        out = subprocess.run(['pdftotext', '-raw', '-enc', 'UTF-8', pdf, '-'], check=True, capture_output=True).stdout
    text = out.decode('utf-8').replace('\f', '\n')
    lines = [l.rstrip() for l in text.split('\n')]
    if extractor == 'pdftotext-raw':
        lines = [l for l in lines if l]
    text = re.sub(r'\n{3,}', '\n\n', '\n'.join(lines)).strip('\n') + '\n'
    return text


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--count', type=int, default=45)
    ap.add_argument('--out', default='/tmp/heldout/pages')
    ap.add_argument('--keep-pdf', action='store_true')
    args = ap.parse_args()
    pdfmetrics.registerFont(TTFont(FONT, FONT_PATH, subfontIndex=0))
    os.makedirs(args.out, exist_ok=True)
    for old in glob.glob(os.path.join(args.out, 'ho*')):
        os.remove(old)
    articles = load_articles(dev_gram_set())
    rng = random.Random(args.seed)
    extractors = ['pdfminer', 'pdftotext', 'pdftotext-raw']
    order = list(range(len(articles)))
    rng.shuffle(order)
    pos = 0
    for i in range(args.count):
        prng = random.Random(f'{args.seed}/{i}')
        take = []
        for _ in range(8):
            take.append(articles[order[pos % len(order)]])
            pos += 1
        # the lead article is the longest of the first few; the rest keep their order
        lead = max(range(3), key=lambda k: sum(len(p) for p in take[k]['paras']))
        take.insert(0, take.pop(lead))
        stem = f'ho{args.seed:02d}-{i + 1:03d}'
        extractor = extractors[i % 3]
        text, gold, used = make_page(prng, take, stem, extractor, args.out, args.keep_pdf)
        pos -= len(take) - used  # the articles this page did not print go to the next page
        with open(os.path.join(args.out, stem + '.txt'), 'w', encoding='utf-8') as f:
            f.write(text)
        with open(os.path.join(args.out, stem + '.gold.json'), 'w', encoding='utf-8') as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
    print(f'{args.count} pages from {len(articles)} held-out articles -> {args.out}', file=sys.stderr)


if __name__ == '__main__':
    main()
