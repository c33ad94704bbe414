"""Deterministic generator for corpus/portal/train.jsonl.

Composes messages from the hand-written TRAIN fragments (train_fragments_*.py) and appends the
hand-written complete TRAIN messages (train_handwritten.py). Labels follow from the fragments.
Eval is written separately (gen_eval.py + eval_handwritten.py) and shares nothing with this file.

    python corpus/tools/gen_train.py      # rewrites corpus/portal/train.jsonl
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from train_fragments_maint import (  # noqa: E402
    AVAIL_EN, AVAIL_ES, EMERGENCY_EN, EMERGENCY_ES, ENTRY_EN, ENTRY_ES, PROBLEMS_EN, PROBLEMS_ES,
    URGENCY_EN, URGENCY_EN_EMERG, URGENCY_ES, URGENCY_ES_EMERG,
)
from train_fragments_topics import CORES, MAINT_ESC  # noqa: E402
from train_handwritten import HANDWRITTEN  # noqa: E402
from textkey import norm_key  # noqa: E402

SEED = 1729
OUT = Path(__file__).resolve().parents[1] / "portal" / "train.jsonl"
ES_SHARE = 0.30

# (category, escalation or "-", how many to compose)
QUOTAS = [
    ("maintenance", "-", 560), ("maintenance", "emergency", 122), ("maintenance", "legal", 18),
    ("maintenance", "accommodation", 18), ("maintenance", "complaint", 12), ("maintenance", "fair_housing", 8),
    ("billing", "-", 185), ("billing", "dispute", 45), ("billing", "complaint", 5),
    ("delinquency", "-", 170), ("delinquency", "dispute", 15), ("delinquency", "hardship", 52),
    ("delinquency", "legal", 18),
    ("lease", "-", 128), ("lease", "accommodation", 22), ("lease", "legal", 12), ("lease", "hardship", 6),
    ("lease", "fair_housing", 20),
    ("move", "-", 118), ("move", "legal", 10), ("move", "hardship", 5), ("move", "dispute", 6),
    ("access", "-", 112), ("access", "emergency", 8), ("access", "accommodation", 10),
    ("access", "complaint", 5), ("access", "fair_housing", 5),
    ("status_update", "-", 150), ("status_update", "complaint", 16),
    ("general", "-", 185), ("general", "emergency", 12), ("general", "accommodation", 14),
    ("general", "complaint", 24), ("general", "fair_housing", 20), ("general", "unclear", 31),
]

NAMES_EN = ["Carlos", "Tasha", "Mike", "Priya", "Jen", "Dmitri", "Keisha", "Tom", "Aisha", "Luis", "Brenda",
            "Kevin", "Sam", "Olga", "Marcus", "Linh", "Rachel", "DeShawn"]
NAMES_ES = ["Maria", "Jose", "Guadalupe", "Luis", "Rosa", "Juan", "Carmen", "Miguel", "Ana", "Pedro",
            "Yesenia", "Ramon", "Lupita", "Hector"]


def unit_en(r: random.Random) -> str:
    n = r.randint(1, 24)
    fmt = r.choice(["unit {n}{l}", "apt {n}", "#{n}0{d}", "Apt. {n}{l}", "bldg {b} unit {n}0{d}",
                    "unit {n}{d}", "apartment {n}{l}", "APT {n}{l}"])
    return fmt.format(n=n, l=r.choice("ABCDEF"), d=r.randint(1, 9), b=r.randint(1, 9))


def unit_es(r: random.Random) -> str:
    n = r.randint(1, 24)
    fmt = r.choice(["depto {n}", "apartamento {n}{l}", "unidad {n}{l}", "apto {n}0{d}", "{n}{l}", "#{n}0{d}",
                    "dpto {n}"])
    return fmt.format(n=n, l=r.choice("ABCDEF"), d=r.randint(1, 9))


OPENERS_EN = ["Hi", "Hello,", "hey", "Good morning", "Hi there", "Hello management", "Hi this is {name}",
              "Hey its {name} in {unit}", "To whom it may concern,", "Hi, hope you're well.", "ugh",
              "Sorry to bother you", "Quick question", "FYI", "so", "Good evening", "hi, {name} from {unit}",
              "Hello again", "yo", "Hi team", "Morning!"]
IDENT_EN = ["this is {unit}", "{unit} here", "im in {unit}", "from {unit}", "re: {unit}", "({unit})", "{unit}"]
CLOSERS_EN = ["thanks", "thx", "Thank you!", "ty", "please let me know", "pls advise", "appreciate it",
              "thanks in advance", "- {name}", "Sent from my iPhone", "thank u", "let me know", "thanks, {name}",
              "have a good day", "Regards, {name}", "ok thanks", "tysm"]
OPENERS_ES = ["Hola", "Buenas tardes", "Buenos dias", "Hola buenas", "Disculpe", "Buenas noches",
              "Hola soy {name} del {unit}", "Que tal", "Oigan", "Hola una pregunta", "Hola buenas tardes",
              "Perdon la molestia", "hola hola", "Buen dia"]
IDENT_ES = ["soy del {unit}", "del {unit}", "vivo en el {unit}", "{unit}", "aqui del {unit}"]
CLOSERS_ES = ["gracias", "muchas gracias", "graciass", "saludos", "bendiciones", "quedo atenta",
              "espero su respuesta", "gracias de antemano", "- {name}", "mil gracias", "ok gracias", "thank you"]

# Optional second ROUTINE topic appended to a message (never carries an escalation).
SECOND_EN = ["also is there a package for me", "also whats the gate code again", "and when is rent due",
             "btw can i get a guest parking pass", "also the pool hours?", "also can u send my ledger",
             "oh and when does my lease end", "also my fob is acting up", "and is the gym open late"]
SECOND_ES = ["y tambien hay paquete para mi?", "y cual es el codigo del porton", "y cuando se paga la renta",
             "otra cosa, a que hora abre la alberca", "y me mandan mi estado de cuenta porfa"]


def parse_loc(frag: str, keep_loc: bool) -> tuple[str, bool, bool]:
    """Return (text, location_given, description_given) for the location mini-syntax."""
    desc = True
    always = False
    if frag.startswith("?"):
        desc, frag = False, frag[1:]
    if frag.startswith("@"):
        always, frag = True, frag[1:]
    has_opt = "{" in frag
    if has_opt and keep_loc:
        text = frag.replace("{", "").replace("}", "")
    else:
        text = re.sub(r"\{[^}]*\}", "", frag)
    return text, always or (has_opt and keep_loc), desc


def fill(t: str, r: random.Random, lang: str) -> str:
    names = NAMES_ES if lang == "es" else NAMES_EN
    unit = unit_es(r) if lang == "es" else unit_en(r)
    return t.replace("{name}", r.choice(names)).replace("{unit}", unit)


SHORT_EN = [(r"\bplease\b", ["pls", "plz", "pls"]), (r"\bthanks\b", ["thx", "tx"]), (r"\byou\b", ["u"]),
            (r"\byour\b", ["ur"]), (r"\bbecause\b", ["bc", "cuz"]), (r"\bright now\b", ["rn"]),
            (r"\btomorrow\b", ["tmrw", "tmr", "tomorow"]), (r"\bapartment\b", ["apt"]),
            (r"\bmaintenance\b", ["maint", "maintenence"]), (r"\bdon't\b", ["dont"]), (r"\bI'm\b", ["im", "Im"]),
            (r"\bcan't\b", ["cant"]), (r"\bwith\b", ["w/"]), (r"\bthe\b", ["teh", "the"]), (r"\bare\b", ["r"])]
SHORT_ES = [(r"\bque\b", ["q", "k"]), (r"\bporque\b", ["xq", "porq"]), (r"\bpor favor\b", ["porfa", "xfa", "x favor"]),
            (r"\btambien\b", ["tmb"]), (r"\bpara\b", ["pa"]), (r"\bestoy\b", ["toy"]), (r"\bmañana\b", ["manana"]),
            (r"\bdepartamento\b", ["depa", "dpto"])]


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn" or c == "\u0303")


def typo(word: str, r: random.Random) -> str:
    i = r.randrange(1, len(word) - 1)
    op = r.choice(["swap", "drop", "double"])
    if op == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if op == "drop":
        return word[:i] + word[i + 1:]
    return word[:i] + word[i] + word[i:]


def noise(text: str, r: random.Random, lang: str, shouty: bool) -> str:
    if lang == "es":
        if r.random() < 0.6:
            text = unicodedata.normalize("NFC", strip_accents(text)).replace("ñ", "ñ" if r.random() < 0.7 else "n")
        for pat, subs in SHORT_ES:
            if r.random() < 0.35:
                text = re.sub(pat, r.choice(subs), text)
    else:
        for pat, subs in SHORT_EN:
            if r.random() < (0.12 if pat == r"\bthe\b" else 0.35):
                text = re.sub(pat, r.choice(subs), text, flags=re.I)
    if r.random() < 0.22:
        words = text.split(" ")
        idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
        for i in r.sample(idx, min(len(idx), r.choice([1, 1, 2]))):
            words[i] = typo(words[i], r)
        text = " ".join(words)
    x = r.random()
    if x < (0.25 if shouty else 0.05):
        text = text.upper()
    elif x < 0.45:
        text = text.lower()
    else:
        text = text[:1].upper() + text[1:]
    y = r.random()
    if y < 0.25:
        text = re.sub(r"[.,;:]", "", text)
    elif y < 0.35:
        text = text.rstrip(".") + r.choice(["!!", "!!!", "??", "...", " !!"])
    if lang == "es" and r.random() < 0.7:
        text = text.replace("¿", "").replace("¡", "")
    return re.sub(r"\s+", " ", text).strip()


def join(parts: list[str], r: random.Random) -> str:
    parts = [p for p in parts if p]
    parts = [p.rstrip(".,") for p in parts[:-1]] + parts[-1:]
    style = r.random()
    if style < 0.45:
        return ". ".join(p.rstrip(".") for p in parts) + r.choice([".", "", ""])
    if style < 0.7:
        return ", ".join(parts)
    if style < 0.85:
        return " ".join(parts)
    if style < 0.93:
        return parts[0] + " " + " and ".join(parts[1:]) if len(parts) > 1 else parts[0]
    return "\n".join(parts)


def opening(r: random.Random, lang: str, p_open: float, p_ident: float) -> list[str]:
    """Greeting and/or unit identification; never two unit mentions."""
    es = lang == "es"
    parts = []
    if r.random() < p_open:
        parts.append(fill(r.choice(OPENERS_ES if es else OPENERS_EN), r, lang))
    unit_words = ("unit", "apt", "#", "bldg", "apartment", "depto", "dpto", "apartamento", "unidad", "apto", " del ")
    has_unit = bool(parts) and any(u in parts[0].lower() for u in unit_words)
    if not has_unit and r.random() < p_ident:
        parts.append(fill(r.choice(IDENT_ES if es else IDENT_EN), r, lang))
    return parts


def compose_maintenance(r: random.Random, lang: str, esc: str) -> tuple[str, list[str]]:
    es = lang == "es"
    if esc == "emergency":
        frag = r.choice(EMERGENCY_ES if es else EMERGENCY_EN)
        tier = r.choice(["bare", "bare", "some"])
    elif esc == "-":
        frag = r.choice(PROBLEMS_ES if es else PROBLEMS_EN)
        tier = r.choice(["bare", "some", "rich"])
    else:
        frag = r.choice(MAINT_ESC[esc]["es" if es else "en"])
        tier = r.choice(["bare", "some"])
    text, loc, desc = parse_loc(frag, keep_loc=r.random() < (0.75 if tier == "rich" else 0.5))
    given = (["location"] if loc else []) + (["description"] if desc else [])
    details = []
    if tier != "bare":
        pool = ["urgency", "entry_permission", "availability"]
        k = 3 if tier == "rich" and r.random() < 0.5 else (2 if tier == "rich" else r.choice([1, 1, 2]))
        if esc == "emergency":
            pool = ["urgency", "urgency", "availability"]
            k = 1
        for d in sorted(set(r.sample(pool, min(k, len(pool)))), key=pool.index):
            if d == "urgency":
                src = (URGENCY_ES_EMERG if es else URGENCY_EN_EMERG) if esc == "emergency" else (URGENCY_ES if es else URGENCY_EN)
            elif d == "entry_permission":
                src = ENTRY_ES if es else ENTRY_EN
            else:
                src = AVAIL_ES if es else AVAIL_EN
            details.append(r.choice(src))
            given.append(d)
        r.shuffle(details)
    parts = opening(r, lang, 0.55, 0.45)
    parts.append(text)
    parts.extend(details)
    if esc == "-" and r.random() < 0.06:
        parts.append(r.choice(SECOND_ES if es else SECOND_EN))
    if r.random() < (0.12 if esc == "emergency" else 0.4):
        parts.append(fill(r.choice(CLOSERS_ES if es else CLOSERS_EN), r, lang))
    order = ["location", "description", "urgency", "entry_permission", "availability"]
    return join(parts, r), [g for g in order if g in set(given)]


def compose_topic(r: random.Random, lang: str, cat: str, esc: str) -> str:
    es = lang == "es"
    pool = CORES[f"{cat}|{esc}"]["es" if es else "en"]
    core = r.choice(pool)
    if esc == "unclear":
        return core
    parts = opening(r, lang, 0.5, 0.35)
    parts.append(core)
    if r.random() < 0.08 and esc == "-" and cat != "general":
        parts.append(r.choice(SECOND_ES if es else SECOND_EN))
    if r.random() < 0.4:
        parts.append(fill(r.choice(CLOSERS_ES if es else CLOSERS_EN), r, lang))
    return join(parts, r)


def unclear_variant(text: str, r: random.Random) -> str:
    v = r.choice([text, text.upper(), text.lower(), text + "?", text + "!!", text + "..", text.capitalize()])
    return v


def build() -> list[dict]:
    r = random.Random(SEED)
    seen: set[str] = set()
    rows: list[dict] = []

    def add(text: str, lang: str, cat: str, esc: str | None, given: list[str]) -> bool:
        key = norm_key(text)
        if key in seen or not text.strip():
            return False
        seen.add(key)
        rows.append({"text": text, "lang": lang, "category": cat, "escalation": esc, "given": given})
        return True

    for text, lang, cat, esc, given in HANDWRITTEN:
        if not add(text, lang, cat, esc, given):
            raise SystemExit(f"duplicate hand-written train text: {text!r}")

    for cat, esc, n in QUOTAS:
        made, tries = 0, 0
        while made < n and tries < n * 60:
            tries += 1
            lang = "es" if r.random() < ES_SHARE else "en"
            shouty = esc in ("emergency", "complaint")
            if cat == "maintenance":
                text, given = compose_maintenance(r, lang, esc)
            else:
                text, given = compose_topic(r, lang, cat, esc), []
            text = unclear_variant(text, r) if esc == "unclear" else noise(text, r, lang, shouty)
            if add(text, lang, cat, None if esc == "-" else esc, given):
                made += 1
        if made < n:
            print(f"warning: only {made}/{n} unique for {cat}|{esc}", file=sys.stderr)

    r.shuffle(rows)
    return [{"id": f"t{i:04d}", **row} for i, row in enumerate(rows, 1)]


def main() -> None:
    rows = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
