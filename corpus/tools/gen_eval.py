"""Deterministic builder for corpus/portal/train_eval1.jsonl (the first eval split, retired into train).

Eval is written independently of train: its own fragments (below, written fresh for eval with
different wording and sentence frames) plus hand-written complete messages (eval_handwritten.py).
Nothing here imports the train fragments. The eval split is never used for training or tuning.

    python corpus/tools/gen_eval.py
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from eval_handwritten import HANDWRITTEN  # noqa: E402
from textkey import norm_key  # noqa: E402

SEED = 90210
OUT = Path(__file__).resolve().parents[1] / "portal" / "train_eval1.jsonl"

# --- maintenance: (fault, where) pairs; "where" may be empty --------------------------------
FAULTS_EN = [
    ("tub faucet won't shut off all the way", "in the upstairs bathroom"), ("grout is falling out", "around the tub"),
    ("drain smells like sewer gas, no backup just a smell", "in the laundry room"),
    ("the stopper is stuck", "in the bathroom vanity"), ("switch plate is cracked", "next to the front door"),
    ("range won't get past 200 degrees", ""), ("bottom drawer of the fridge is cracked", ""),
    ("hinge snapped on the pantry door", ""), ("the vent rattles every time the heat kicks on", "in the den"),
    ("baseboard is pulling away from the wall", "in the dining area"), ("there's a soft spot in the floor", "by the dishwasher"),
    ("deadbolt doesnt line up with the frame anymore", ""), ("washer shows error code E21", ""),
    ("the fan light flickers", "in the nursery"), ("there's a musty smell and some black spots", "behind the toilet"),
    ("drywall has a water stain about the size of a plate", "on the hallway ceiling"),
    ("handle on the fridge came loose", ""), ("the heat pump is frozen over", "on the patio"),
    ("toilet bowl fills really slowly", ""), ("shower valve is stiff and hard to turn", "in the guest bath"),
    ("sink sprayer hose is cracked", ""), ("there's a wasp nest", "over the balcony door"),
    ("silverfish all over", "in the bathroom"), ("bed bugs i think, bites every morning", "in the bedroom"),
    ("a ceiling tile is stained and sagging a little", "in the laundry nook"),
    ("window won't stay up, slams down", "in the office"), ("GFCI keeps popping", "in the bathroom"),
    ("three burners work but the big one doesn't", ""), ("the condensate line is dripping", "in the attic hatch"),
    ("thermostat reads 82 but the air is set to 70", ""), ("door jamb is cracked", "at the entry"),
    ("the tub surround is separating from the wall", ""), ("tap water tastes like metal", ""),
    ("drain in the floor is backed up with leaves", "on the patio"), ("dishwasher leaves dishes dirty and gritty", ""),
    ("the peephole fell out", "in my front door"), ("the storm door closer is broken", ""),
    ("pilot light keeps going out on the water heater, no smell", ""), ("mirror is coming off the wall", "in the powder room"),
]
FAULTS_ES = [
    ("la llave de la tina no cierra bien", "en el baño de arriba"), ("la coladera huele a caño, no se regresa nada, solo el olor", "en el cuarto de lavado"),
    ("el apagador esta quebrado", "junto a la puerta"), ("el horno no pasa de 200 grados", ""),
    ("se rompio la bisagra de la alacena", ""), ("la ventila hace ruido cuando prende la calefaccion", "en el comedor"),
    ("el zoclo se esta despegando", "en la sala"), ("el piso se siente flojo", "junto al lavaplatos"),
    ("la chapa ya no cierra bien", ""), ("la lavadora marca error E21", ""),
    ("hay manchas negras y huele a humedad", "atras del escusado"), ("hay una mancha de agua en el plafon", "en el pasillo"),
    ("se cayo la manija del refrigerador", ""), ("el tanque del baño se llena muy despacio", ""),
    ("hay un panal de avispas", "arriba de la puerta del balcon"), ("creo que hay chinches, amanecemos con piquetes", "en la recamara"),
    ("la ventana no se queda arriba", "en el cuarto chico"), ("el contacto GFCI se bota a cada rato", "en el baño"),
    ("el agua sabe a metal", ""), ("el espejo se esta despegando", "en el medio baño"),
    ("el piloto del boiler se apaga, no huele a nada", ""), ("la mosquitera de la puerta esta rota", ""),
]
EMERG_EN = [
    "the whole hallway smells like gas and my neighbor says it's been like that for an hour",
    "our co2 alarm... i mean the carbon monoxide one is going off and my son threw up",
    "rotten egg smell is really strong near the water heater",
    "my outlet literally caught fire for a second, i put it out, there's black smoke marks",
    "the light fixture is buzzing and smoking",
    "water is running down the walls from the unit above and it's reaching the outlets",
    "toilet backed up and now brown water is coming out of the floor drain too",
    "drywall in the ceiling is bubbling with water and cracking",
    "we got robbed, back window smashed and they got in",
    "my neighbor is trapped in the elevator, the alarm button doesn't do anything",
    "heat has been out 2 days, it's 38 degrees inside, my dad is on oxygen",
    "there's an electrical burning smell coming from the panel",
    "my bathroom is filling with water from the toilet and it won't stop running over",
    "smells like someone left the gas on but it's not our stove",
]
EMERG_ES = [
    "todo el pasillo huele a gas y mi vecina dice que lleva una hora asi",
    "suena la alarma de monoxido y mi hijo vomito",
    "huele muy fuerte a huevo podrido junto al boiler",
    "el contacto se prendio en llamas, lo apague pero hay humo negro",
    "el agua del de arriba esta bajando por las paredes y ya llego a los contactos",
    "el techo del cuarto se esta inflando con agua y se esta cuarteando",
    "nos robaron, rompieron la ventana de atras",
    "mi vecino esta encerrado en el elevador y el boton de alarma no sirve",
    "lleva 2 dias sin calefaccion, hace 3 grados adentro y mi papa usa oxigeno",
]
URG_EN = ["at your earliest convenience", "this one's kind of a priority for us", "no hurry at all",
          "it can wait a few days", "would love it done by tomorrow", "it's spreading", "pretty pressing",
          "really need this handled quickly", "low key urgent", "whenever is easiest for the team"]
URG_ES = ["cuando se pueda no hay apuro", "es algo urgente", "de preferencia hoy mismo", "va empeorando",
          "puede esperar unos dias", "lo mas pronto que se pueda"]
ENTRY_EN = ["the team has my ok to let themselves in", "entering without me is fine", "i'd rather be there when anyone comes in",
            "please only come in if i'm present", "spare key is with the office, go ahead", "come in even if nobody answers"]
ENTRY_ES = ["pueden meterse aunque no haya nadie", "prefiero estar yo cuando entren", "tienen mi autorizacion para pasar",
            "no quiero que entren sin que yo este"]
AVAIL_EN = ["i'm around wednesday from noon on", "weekends are best for me", "home most mornings till 10",
            "any day but tuesday", "after 5:30 on weekdays", "i'm working from home all week", "friday between 1 and 4"]
AVAIL_ES = ["el miercoles despues del mediodia", "los fines de semana estoy", "en las mañanas hasta las 10",
            "cualquier dia menos el martes", "despues de las 6 entre semana", "esta semana trabajo desde casa"]
FRAMES_EN = ["{f} {w}", "{w_cap} the {f_bare}", "Reporting that the {f_bare} {w}", "so the {f_bare} {w}", "{f} {w}, can someone take a look"]
FRAMES_ES = ["{f} {w}", "les aviso que {f} {w}", "{f} {w}, pueden mandar a alguien", "fijense que {f} {w}"]

# --- other topics: fresh sentences, label-bearing on their own ---------------------------------
TOPICS = {
    ("billing", None): (
        ["which line on my statement is the sewer charge", "is there a convenience fee for ACH", "need last year's payment history for a mortgage application",
         "can autopay be set for the 3rd instead of the 1st", "what's 'concession reversal' on my account?", "do you guys take cashier's checks",
         "my card expired, how do i update it for recurring payments", "why is electric billed through you now", "can i prepay two months",
         "what's my current balance", "need a paid-in-full letter for the month of april", "is pet rent charged monthly or once"],
        ["cual renglon de mi estado de cuenta es el drenaje", "cobran comision por pagar con ACH", "necesito el historial de pagos para un credito",
         "puedo adelantar dos meses de renta", "cuanto es mi saldo ahorita", "la renta de la mascota es mensual o una vez"]),
    ("billing", "dispute"): (
        ["the pest fee is on there again even though you said it would be removed, I'm not paying it",
         "that $90 lockout charge is bogus, I was at work that day", "refund the duplicate ACH pull please, I can see both in my bank",
         "your records are wrong, my $1,100 payment cleared on the 1st"],
        ["ese cobro de $90 por cerradura no es mio, yo estaba trabajando", "me jalaron dos veces por ACH, quiero mi reembolso"]),
    ("delinquency", None): (
        ["money will be there thursday", "short $200 this month, will cover it on payday the 14th", "can you hold off on the late fee, paying wednesday",
         "ok i see i'm behind, what's the full amount to get current", "i'd like to split what i owe into 3 payments", "sending the balance via the portal in an hour",
         "rent coming monday morning promise", "just so you know i'll be 2 days late"],
        ["el jueves deposito", "me faltan $200, los completo el 14 que me pagan", "quiero dividir lo que debo en 3 pagos",
         "el lunes en la mañana sale la renta", "les aviso que voy a llegar 2 dias tarde"]),
    ("delinquency", "hardship"): (
        ["the restaurant closed and i'm out of work, i can't cover rent", "had a baby early and i'm on unpaid leave, money is really tight",
         "i'm a caregiver and my client passed away so i have no income right now", "got evicted from my second job.. i mean let go. can't make rent this month"],
        ["cerraron el restaurante y me quede sin chamba, no completo la renta", "naci mi bebe antes y estoy sin sueldo, no me alcanza"]),
    ("lease", None): (
        ["can i see what the renewal terms look like before i decide", "can a 10 month term work for my renewal", "are fish tanks over 20 gallons ok",
         "my mom wants to move in with me, how do we add her", "what's the process to transfer my lease to my roommate", "are rabbits considered pets"],
        ["puedo ver los terminos de renovacion antes de decidir", "mi mama se quiere venir a vivir conmigo, como la agrego", "se permiten peceras grandes",
         "como le paso el contrato a mi roomie"]),
    ("lease", "accommodation"): (
        ["I have epilepsy and my seizure-alert dog needs to live with me, please advise", "due to my MS i need a unit near the elevator at renewal"],
        ["tengo epilepsia y mi perro de alerta tiene que vivir conmigo"]),
    ("move", None): (
        ["final day in the unit will be the 28th, consider this my notice", "is there a fee if the keys come back a day late",
         "do you want the mailbox key back too when i move out", "when does the move out inspection usually happen",
         "can my movers use the loading dock sunday", "where's the deposit refund sent, mail or direct deposit"],
        ["mi ultimo dia en el departamento es el 28, este es mi aviso", "tambien regreso la llave del buzon cuando me vaya?",
         "el deposito lo mandan por correo o deposito directo", "pueden usar el anden de carga los de la mudanza el domingo"]),
    ("access", None): (
        ["fob reader at the side entrance just blinks red for me", "need a replacement key for the storage cage", "the parking gate clicker died",
         "can't get into the package locker, code is invalid", "how do i get my visitors on the callbox directory", "locked my keys in the apartment, anyone in the office?"],
        ["el lector del fob de la entrada lateral solo parpadea rojo", "el control del estacionamiento se murio", "el locker de paquetes dice codigo invalido",
         "deje las llaves adentro, hay alguien en la oficina?"]),
    ("status_update", None): (
        ["whats happening with the leak ticket", "did the vendor confirm a day for my repair", "the appointment window passed, is the tech running late",
         "is my request still open?", "anyone assigned to my bathroom fan yet", "following up on the fridge — still warm, still waiting"],
        ["que paso con el ticket de la fuga", "ya confirmaron dia para mi reparacion", "ya se paso la cita, se retraso el muchacho que iba a venir?",
         "sigue abierta mi solicitud?"]),
    ("general", None): (
        ["box from ups got left at the leasing office?", "is the sauna back open", "can i get a visitor tag for the weekend", "when's the next resident mixer",
         "is there a place to wash my dog on site", "where's the closest EV charger on property", "ty for the welcome basket!!", "what day do they collect compost"],
        ["me dejaron una caja de ups en la oficina?", "ya abrio el sauna", "me dan un pase de visita para el fin de semana", "gracias por la canasta de bienvenida!!",
         "hay donde bañar al perro aqui"]),
}

QUOTAS = [
    ("maintenance", None, 190), ("maintenance", "emergency", 28),
    ("billing", None, 50), ("billing", "dispute", 10), ("delinquency", None, 45), ("delinquency", "hardship", 10),
    ("lease", None, 38), ("lease", "accommodation", 5), ("move", None, 38), ("access", None, 36),
    ("status_update", None, 45), ("general", None, 45),
]

PRE_EN = ["Hey there,", "Good afternoon.", "Hi office -", "Evening!", "hello hello", "Hi, resident in {u} here.", "It's {n} ({u}).", ""]
POST_EN = ["Cheers", "Thanks so much", "tia", "Best, {n}", "much appreciated", "", "🙏", "thank you kindly"]
PRE_ES = ["Buenas,", "Hola que tal,", "Buen dia señores,", "Hola, les escribe {n} del {u}.", "Oiga disculpe,", ""]
POST_ES = ["Saludos cordiales", "Dios los bendiga", "Muchas gracias!", "atte {n}", "", "quedo pendiente"]
N_EN = ["Gabe", "Mei", "Fatima", "Ron", "Yolanda", "Chris P.", "Anil", "Deb"]
N_ES = ["Araceli", "Chuy", "Mari", "Don Beto", "Ximena", "Arturo"]


def unit(r: random.Random, es: bool) -> str:
    n = r.randint(100, 940)
    return r.choice([f"Unit {n}", f"#{n}", f"apt {n}", f"{r.randint(1, 30)}{r.choice('GHJK')}"]) if not es else r.choice([f"depa {n}", f"#{n}", f"apto {n}"])


def scramble(text: str, r: random.Random, es: bool) -> str:
    """Eval's own noise: casing, dropped apostrophes, doubled letters, missing spaces, emoji."""
    x = r.random()
    if x < 0.3:
        text = text.lower()
    elif x < 0.36:
        text = text.upper()
    if r.random() < 0.4:
        text = text.replace("'", "")
    if r.random() < 0.15:
        m = list(re.finditer(r"\b[a-z]{6,}\b", text))
        if m:
            w = r.choice(m)
            i = r.randrange(2, len(w.group()) - 1)
            text = text[: w.start() + i] + text[w.start() + i - 1] + text[w.start() + i:]  # doubled letter
    if es and r.random() < 0.5:
        text = text.replace("á", "a").replace("é", "e").replace("í", "i").replace("ó", "o").replace("ú", "u")
    if r.random() < 0.1:
        text += r.choice([" 😩", " 🙏", " 🙃"])
    return re.sub(r"\s+", " ", text).strip()


def compose_maint(r: random.Random, es: bool, emergency: bool) -> tuple[str, list[str]]:
    given: list[str] = []
    if emergency:
        body = r.choice(EMERG_ES if es else EMERG_EN)
        where_words = ("pasillo", "boiler", "paredes", "cuarto", "ventana", "hallway", "water heater", "walls", "ceiling", "panel", "bathroom", "floor drain", "back window")
        if any(w in body for w in where_words):
            given.append("location")
        given.append("description")
        extra = [r.choice(["please hurry", "help", "we're outside now", "can someone come"]) if not es else r.choice(["ayuda", "ya nos salimos", "manden a alguien"])]
        body = body + ". " + extra[0]
        if "hurry" in extra[0]:
            given.append("urgency")
        return body, given
    fault, where = r.choice(FAULTS_ES if es else FAULTS_EN)
    use_where = bool(where) and r.random() < 0.6
    w = where if use_where else ""
    frames = FRAMES_ES if es else FRAMES_EN
    if not fault.startswith("the "):
        frames = [f for f in frames if "f_bare" not in f]
    frame = r.choice(frames)
    if "{w_cap}" in frame and not w:
        frame = "{f} {w}"
    bare = fault[4:] if fault.startswith("the ") else fault
    text = frame.format(f=fault, w=w, w_cap=w[:1].upper() + w[1:], f_bare=bare)
    text = re.sub(r"\s+", " ", text).strip().replace(" ,", ",")
    given += (["location"] if use_where else []) + ["description"]
    extras = []
    pools = [("urgency", URG_ES if es else URG_EN), ("entry_permission", ENTRY_ES if es else ENTRY_EN),
             ("availability", AVAIL_ES if es else AVAIL_EN)]
    for key, pool in r.sample(pools, r.choice([0, 0, 1, 1, 2, 2, 3])):
        extras.append(r.choice(pool))
        given.append(key)
    r.shuffle(extras)
    return " — ".join([text] + extras) if r.random() < 0.3 else ". ".join([text] + extras), given


def wrap(body: str, r: random.Random, es: bool) -> str:
    pre = r.choice(PRE_ES if es else PRE_EN) if r.random() < 0.5 else ""
    post = r.choice(POST_ES if es else POST_EN) if r.random() < 0.35 else ""
    n = r.choice(N_ES if es else N_EN)
    u = unit(r, es)
    return " ".join(p for p in (pre.format(n=n, u=u), body, post.format(n=n)) if p)


def build() -> list[dict]:
    r = random.Random(SEED)
    rows: list[dict] = []
    seen: set[str] = set()
    for text, lang, cat, esc, given in HANDWRITTEN:
        k = norm_key(text)
        if k in seen:
            raise SystemExit(f"duplicate hand-written eval text: {text!r}")
        seen.add(k)
        rows.append({"text": text, "lang": lang, "category": cat, "escalation": esc, "given": given})
    for cat, esc, n in QUOTAS:
        made = tries = 0
        while made < n and tries < 80 * n:
            tries += 1
            es = r.random() < 0.3
            if cat == "maintenance":
                body, given = compose_maint(r, es, esc == "emergency")
            else:
                body, given = r.choice(TOPICS[(cat, esc)][1 if es else 0]), []
            text = scramble(wrap(body, r, es), r, es)
            k = norm_key(text)
            if k in seen:
                continue
            seen.add(k)
            order = ["location", "description", "urgency", "entry_permission", "availability"]
            rows.append({"text": text, "lang": "es" if es else "en", "category": cat, "escalation": esc,
                         "given": [g for g in order if g in given]})
            made += 1
        if made < n:
            print(f"warning: only {made}/{n} for {cat}|{esc}", file=sys.stderr)
    r.shuffle(rows)
    return [{"id": f"e{i:04d}", **row} for i, row in enumerate(rows, 1)]


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
