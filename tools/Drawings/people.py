"""The people of assets/drawings: whole figures in front view, in the flat emoji look.

Emoji draws most people as a head or a bust (farmer, cook, prince, ...); a painting needs the whole figure standing
on the ground. Every figure here is one standing body (adult, child or baby) dressed for its role, so all of them
share proportions, colours and face. Run from assets/drawings:

    python3 ../../tools/Drawings/people.py            # every people drawing
    python3 ../../tools/Drawings/people.py "old man"  # only the named ones

"man X" and "woman X" (the emoji's gendered variants of a role) differ from "X" by hair, as in emoji.
"""
import sys

SKIN, SKIN_D = "#FFC83D", "#F1A11E"
EYE = "#402A32"
VARIANT = None  # "man" or "woman" for the gendered variants of a role

def svg(body):
    body = body.strip().replace('/><', '/>\n<').replace('"><', '">\n<').replace('</g><', '</g>\n<')
    return '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">\n' + body + '\n</svg>\n'

def face(cx, cy, r, smile=True, brows=None):
    s = f'<ellipse cx="{cx-r*0.36:.1f}" cy="{cy:.1f}" rx="{r*0.1:.1f}" ry="{r*0.14:.1f}" fill="{EYE}"/>'
    s += f'<ellipse cx="{cx+r*0.36:.1f}" cy="{cy:.1f}" rx="{r*0.1:.1f}" ry="{r*0.14:.1f}" fill="{EYE}"/>'
    if smile:
        s += f'<path fill="#990839" d="M{cx-r*0.28:.1f} {cy+r*0.34:.1f}h{r*0.56:.1f}c0 {r*0.22:.1f}-{r*0.12:.1f} {r*0.34:.1f}-{r*0.28:.1f} {r*0.34:.1f}s-{r*0.28:.1f}-{r*0.12:.1f}-{r*0.28:.1f}-{r*0.34:.1f}z"/>'
    if brows:
        s += f'<path fill="{brows}" d="M{cx-r*0.56:.1f} {cy-r*0.3:.1f}h{r*0.36:.1f}v{r*0.1:.1f}h-{r*0.36:.1f}zM{cx+r*0.2:.1f} {cy-r*0.3:.1f}h{r*0.36:.1f}v{r*0.1:.1f}h-{r*0.36:.1f}z"/>'
    return s

def old_man():
    return svg(f'''
<rect x="30" y="60" width="3" height="62" rx="1.5" fill="#6D4534"/>
<path fill="#6D4534" d="M30 62c0-6 4-8 8-8v3c-3 0-5 2-5 5z"/>
<path fill="#7D7D7D" d="M64 82h16l-2 34H66z"/>
<path fill="#9B9B9B" d="M48 82h16l-2 34H50z"/>
<path fill="#533566" d="M48 114h14v8H44c-2 0-2-3 0-4zM66 114h14l4 4c2 1 2 4 0 4H66z"/>
<path fill="#A56953" d="M44 46c0-4 4-6 8-6h24c4 0 8 2 8 6l2 40H42z"/>
<path fill="#F4F4F4" d="M58 40h12l-6 10z"/>
<path fill="#8C5543" d="M64 50v36h-2V50zM70 40l-6 10v36h22l-2-40c0-4-4-6-8-6z" fill-opacity="0.35"/>
<g fill="#FFB02E"><circle cx="61" cy="58" r="1.6"/><circle cx="61" cy="68" r="1.6"/><circle cx="61" cy="78" r="1.6"/></g>
<path fill="#A56953" d="M44 46c-6 2-8 6-8 12v8h6l2-12z"/>
<path fill="#8C5543" d="M84 46c6 2 8 6 8 12v22h-7l-1-22z"/>
<path fill="{SKIN}" d="M34 60c0-2 2-4 4-4s4 2 4 4v4c0 2-2 4-4 4s-4-2-4-4z"/>
<path fill="{SKIN}" d="M86 78h6v6c0 2-1 3-3 3s-3-1-3-3z"/>
<path fill="{SKIN_D}" d="M60 34h8v8h-8z"/>
<circle cx="64" cy="22" r="15" fill="{SKIN}"/>
<path fill="{SKIN}" d="M48 22c-3 0-4 2-4 4s2 4 4 4zM80 22c3 0 4 2 4 4s-2 4-4 4z"/>
<path fill="#D3D3D3" d="M48 24c-1-6 0-10 4-12c-2 4-1 8 0 12zM80 24c1-6 0-10-4-12c2 4 1 8 0 12z"/>
<path fill="{SKIN_D}" d="M58 12h12v2H58zM60 9h8v1.6h-8z"/>
{face(64, 22, 15, smile=False, brows="#9B9B9B")}
<path fill="#D3D3D3" d="M56 30c2-2 6-2 8 0c2-2 6-2 8 0c0 2-2 3-4 3h-8c-2 0-4-1-4-3z"/>
<path fill="{SKIN_D}" d="M62 24h4l-2 4z"/>
''')

def old_woman():
    return svg(f'''
<rect x="94" y="60" width="3" height="62" rx="1.5" fill="#6D4534"/>
<path fill="#6D4534" d="M97 62c0-6-4-8-8-8v3c3 0 5 2 5 5z"/>
<path fill="#533566" d="M50 112h12v10H46c-2 0-2-3 0-4zM66 112h12l4 6c2 1 2 4 0 4H66z"/>
<path fill="{SKIN_D}" d="M52 104h8v10h-8zM68 104h8v10h-8z"/>
<path fill="#8B62BF" d="M46 70h36l8 38H38z"/>
<path fill="#6B4A9A" d="M70 70h12l8 38H74z"/>
<path fill="#F8312F" d="M46 46c0-4 4-6 8-6h20c4 0 8 2 8 6v28H46z"/>
<path fill="#C9211F" d="M70 40h4c4 0 8 2 8 6v28H70z"/>
<path fill="#F4F4F4" d="M58 40h12l-6 8z"/>
<path fill="#F8312F" d="M46 46c-6 2-8 6-8 12v14h6z"/>
<path fill="#C9211F" d="M82 46c6 2 8 6 8 12v2h-6z"/>
<path fill="{SKIN}" d="M38 72h6v6c0 2-1 3-3 3s-3-1-3-3zM86 58c0-2 2-4 4-4s4 2 4 4v4c0 2-2 4-4 4s-4-2-4-4z"/>
<path fill="{SKIN_D}" d="M60 34h8v8h-8z"/>
<circle cx="64" cy="10" r="8" fill="#9B9B9B"/>
<circle cx="64" cy="24" r="14" fill="{SKIN}"/>
<path fill="#9B9B9B" d="M49 26c-2-10 4-18 15-18s17 8 15 18c-2-4-4-8-8-8c-4 2-10 2-14 0c-4 0-6 4-8 8z"/>
<path fill="{SKIN}" d="M48 24c-3 0-4 2-4 4s2 4 4 4zM80 24c3 0 4 2 4 4s-2 4-4 4z"/>
{face(64, 26, 14, smile=True, brows="#9B9B9B")}
<g fill="none" stroke="#636363" stroke-width="1.4"><circle cx="59" cy="26" r="4"/><circle cx="69" cy="26" r="4"/><path d="M63 26h2"/></g>
''')

def child():
    return svg(f'''
<path fill="#533566" d="M46 114h14v8H42c-2 0-2-3 0-4zM68 114h14l4 4c2 1 2 4 0 4H68z"/>
<path fill="{SKIN}" d="M48 92h12v24H48zM68 92h12v24H68z"/>
<path fill="{SKIN_D}" d="M74 92h6v24h-6z"/>
<path fill="#00A6ED" d="M44 78h40v18H68l-4-6l-4 6H44z"/>
<path fill="#0084CE" d="M72 78h12v18H72z"/>
<path fill="#FF6723" d="M44 60c0-4 4-6 8-6h24c4 0 8 2 8 6v22H44z"/>
<path fill="#E24E14" d="M72 54h4c4 0 8 2 8 6v22H72z"/>
<path fill="#FF6723" d="M44 60c-6 2-8 4-10 8l-2 6l8 2l4-8zM84 60c6 2 8 4 10 8l2 6l-8 2l-4-8z"/>
<path fill="{SKIN}" d="M32 74l8 2l-2 10c-1 2-3 3-5 2c-2-1-3-3-2-5zM96 74l-8 2l2 10c1 2 3 3 5 2c2-1 3-3 2-5z"/>
<path fill="{SKIN_D}" d="M59 48h10v8H59z"/>
<circle cx="64" cy="30" r="22" fill="{SKIN}"/>
<path fill="{SKIN}" d="M42 30c-4 0-5 3-5 5s2 5 5 5zM86 30c4 0 5 3 5 5s-2 5-5 5z"/>
<path fill="#D67D00" d="M42 30c-2-16 8-24 22-24s24 8 22 24c-4-6-8-10-14-10c-8 0-12 4-20 4c-4 0-8 2-10 6z"/>
{face(64, 34, 20, smile=True)}
''')

def baby():
    return svg(f'''
<path fill="{SKIN}" d="M30 108c0-8 6-12 14-12h10v16H36c-4 0-6-2-6-4zM98 108c0-8-6-12-14-12H74v16h18c4 0 6-2 6-4z"/>
<path fill="{SKIN}" d="M26 110c0-4 2-6 6-6h6c2 0 3 2 3 4v8c0 2-1 4-4 4h-7c-3 0-4-2-4-4zM102 110c0-4-2-6-6-6h-6c-2 0-3 2-3 4v8c0 2 1 4 4 4h7c3 0 4-2 4-4z"/>
<path fill="{SKIN_D}" d="M30 120h8c2 0 3-2 3-4v-2c-2 2-6 3-11 3zM98 120h-8c-2 0-3-2-3-4v-2c2 2 6 3 11 3z"/>
<path fill="#F4F4F4" d="M42 94c0-8 10-12 22-12s22 4 22 12v12c0 8-10 14-22 14s-22-6-22-14z"/>
<path fill="#D3D3D3" d="M72 84c8 2 14 6 14 10v12c0 8-8 14-18 14c6-4 8-10 8-16c0-8-2-16-4-20z"/>
<path fill="#83CBFF" d="M44 62c0-6 8-10 20-10s20 4 20 10v28H44z"/>
<path fill="#5CB6F5" d="M72 53c8 2 12 5 12 9v28H72z"/>
<path fill="{SKIN}" d="M44 62c-6 2-10 8-12 14l-2 6c0 3 2 5 5 5s5-2 5-4l4-8zM84 62c6 2 10 8 12 14l2 6c0 3-2 5-5 5s-5-2-5-4l-4-8z"/>
<circle cx="64" cy="32" r="26" fill="{SKIN}"/>
<path fill="{SKIN}" d="M38 32c-5 0-6 3-6 6s2 6 6 6zM90 32c5 0 6 3 6 6s-2 6-6 6z"/>
<path fill="#D67D00" d="M62 6c-4 0-6 4-4 8c2 3 6 4 8 2c-2 0-4-2-3-4c1-2 4-2 5 0c2-4-2-6-6-6z"/>
{face(64, 36, 22, smile=True)}
<g fill="#FF8687" fill-opacity="0.6"><circle cx="48" cy="44" r="4"/><circle cx="80" cy="44" r="4"/></g>
''')

def santa():
    return svg(f'''
<path fill="#1C1C1C" d="M46 110h16v12H42c-2 0-3-3-1-4l5-3zM66 110h16l5 5c2 1 1 4-1 4v3H66z"/>
<path fill="#F8312F" d="M46 84h36l-2 28H66l-2-8l-2 8H48z"/>
<path fill="#C9211F" d="M70 84h12l-2 28H70z"/>
<path fill="#F8312F" d="M40 54c0-6 6-10 14-10h20c8 0 14 4 14 10v34H40z"/>
<path fill="#C9211F" d="M74 44c8 0 14 4 14 10v34H76z"/>
<path fill="#F4F4F4" d="M60 44h8v44h-8zM40 86h48v6H40z"/>
<path fill="#1C1C1C" d="M40 72h48v8H40z"/>
<rect x="58" y="70" width="12" height="12" rx="2" fill="#FFC83D"/><rect x="61" y="73" width="6" height="6" fill="#1C1C1C"/>
<path fill="#F8312F" d="M40 54c-6 2-8 8-8 14v10h8zM88 54c6 2 8 8 8 14v10h-8z"/>
<path fill="#F4F4F4" d="M30 76h12v6H30zM86 76h12v6H86z"/>
<path fill="#1C1C1C" d="M30 82h12v4c0 3-3 5-6 5s-6-2-6-5zM86 82h12v4c0 3-3 5-6 5s-6-2-6-5z"/>
<circle cx="64" cy="24" r="14" fill="{SKIN}"/>
<path fill="{SKIN}" d="M49 24c-3 0-4 2-4 4s2 4 4 4zM79 24c3 0 4 2 4 4s-2 4-4 4z"/>
<path fill="#F4F4F4" d="M48 26c0 4 2 4 4 4c4 4 8 4 12 4s8 0 12-4c2 0 4 0 4-4c2 10-2 20-16 24c-14-4-18-14-16-24z"/>
<path fill="#D3D3D3" d="M68 48c6-4 10-10 12-18c1 8-2 16-10 20z"/>
<path fill="#D3D3D3" d="M56 32c2-2 6-2 8 0c2-2 6-2 8 0c0 2-2 3-4 3h-8c-2 0-4-1-4-3z"/>
<ellipse cx="59" cy="24" rx="1.5" ry="2" fill="{EYE}"/><ellipse cx="69" cy="24" rx="1.5" ry="2" fill="{EYE}"/>
<path fill="#F8312F" d="M50 16c0-8 6-12 14-12c8 0 14 4 18 10l6 8c2 2 0 4-2 4l-4-2l-2-8z"/>
<circle cx="88" cy="24" r="4" fill="#F4F4F4"/>
<rect x="48" y="12" width="32" height="7" rx="3.5" fill="#F4F4F4"/>
''')

def angel():
    return svg(f'''
<path fill="#E1E1E6" d="M50 50C34 40 16 40 6 48c6 2 10 6 12 10c6 0 14 0 20 4c-6 2-12 6-16 12c10 0 22-4 30-12z"/>
<path fill="#E1E1E6" d="M78 50c16-10 34-10 44-2c-6 2-10 6-12 10c-6 0-14 0-20 4c6 2 12 6 16 12c-10 0-22-4-30-12z"/>
<path fill="#F4F4F4" d="M50 52C36 46 22 46 12 52c8 2 14 6 18 10c8-2 14-2 20-2z"/>
<path fill="#F4F4F4" d="M78 52c14-6 28-6 38 0c-8 2-14 6-18 10c-8-2-14-2-20-2z"/>
<path fill="#F4F4F4" d="M50 48c2-4 6-6 10-6h8c4 0 8 2 10 6l8 68c0 4-4 6-8 6H50c-4 0-8-2-8-6z"/>
<path fill="#D3D3D3" d="M70 42c4 0 6 2 8 6l8 68c0 4-4 6-8 6h-4c2-2 3-4 3-6l-6-68z"/>
<path fill="#FFC83D" d="M54 72h20v4H54z"/>
<path fill="{SKIN}" d="M50 52c-4 4-6 12-6 20l8 4l2-18zM78 52c4 4 6 12 6 20l-8 4l-2-18z"/>
<path fill="{SKIN_D}" d="M60 36h8v8h-8z"/>
<circle cx="64" cy="26" r="13" fill="{SKIN}"/>
<path fill="#FFB02E" d="M51 26c-2-10 4-16 13-16s15 6 13 16c-2-4-6-8-13-8s-11 4-13 8z"/>
{face(64, 28, 13, smile=True)}
<ellipse cx="64" cy="8" rx="14" ry="4" fill="none" stroke="#FFC83D" stroke-width="3"/>
''')

def girl():
    return svg(f'''
<path fill="#533566" d="M46 114h14v8H42c-2 0-2-3 0-4zM68 114h14l4 4c2 1 2 4 0 4H68z"/>
<path fill="{SKIN}" d="M48 92h12v24H48zM68 92h12v24H68z"/>
<path fill="{SKIN_D}" d="M74 92h6v24h-6z"/>
<path fill="#FF6DC6" d="M46 60c0-4 4-6 8-6h20c4 0 8 2 8 6l10 38H36z"/>
<path fill="#E54BA8" d="M72 54h2c4 0 8 2 8 6l10 38H78z"/>
<path fill="#FF6DC6" d="M46 60c-6 2-8 4-10 8l-2 6l8 2l4-8zM82 60c6 2 8 4 10 8l2 6l-8 2l-4-8z"/>
<path fill="{SKIN}" d="M34 74l8 2l-2 10c-1 2-3 3-5 2c-2-1-3-3-2-5zM94 74l-8 2l2 10c1 2 3 3 5 2c2-1 3-3 2-5z"/>
<path fill="{SKIN_D}" d="M59 48h10v8H59z"/>
<path fill="#D67D00" d="M38 26c-8 4-10 14-6 22c2 4 6 6 10 6c-2-6-2-14 2-20zM90 26c8 4 10 14 6 22c-2 4-6 6-10 6c2-6 2-14-2-20z"/>
<circle cx="64" cy="30" r="22" fill="{SKIN}"/>
<path fill="{SKIN}" d="M42 30c-4 0-5 3-5 5s2 5 5 5zM86 30c4 0 5 3 5 5s-2 5-5 5z"/>
<path fill="#D67D00" d="M42 32c-2-18 8-26 22-26s24 8 22 26c-6-4-12-8-18-14c-6 6-16 10-26 14z"/>
<g fill="#F8312F"><circle cx="42" cy="22" r="4"/><circle cx="86" cy="22" r="4"/></g>
{face(64, 34, 20, smile=True)}
''')

def boy():
    return child().replace("#FF6723", "#00D26A").replace("#E24E14", "#00A34F")

def adult(shirt, shirt_d, legs, legs_d, shoes="#533566", hair="#D67D00", long_hair=False, dress=None):
    """A grown-up standing in front view, arms at the sides (the body of the emoji 'person standing')."""
    d = ""
    if VARIANT == "woman" and hair:
        long_hair = True
    elif VARIANT == "man":
        long_hair = False
    if long_hair:
        d += f'<path fill="{hair}" d="M48 20c0-10 6-16 16-16s16 6 16 16v22c0 2-2 4-4 4H52c-2 0-4-2-4-4z"/>'
    d += f'<path fill="{shoes}" d="M48 114h14v8H44c-2 0-2-3 0-4zM66 114h14l4 4c2 1 2 4 0 4H66z"/>'
    if dress:
        d += f'<path fill="{SKIN}" d="M50 96h12v18H50zM66 96h12v18H66z"/><path fill="{SKIN_D}" d="M72 96h6v18h-6z"/>'
        d += f'<path fill="{dress[0]}" d="M48 76h32l8 24H40z"/><path fill="{dress[1]}" d="M70 76h10l8 24H76z"/>'
    else:
        d += f'<path fill="{legs}" d="M50 80h14l-1 34H50zM64 80h14v34H65z"/><path fill="{legs_d}" d="M70 80h8v34h-8z"/>'
    d += f'<path fill="{shirt}" d="M46 48c0-4 4-6 8-6h20c4 0 8 2 8 6v34H46z"/>'
    d += f'<path fill="{shirt_d}" d="M72 42h2c4 0 8 2 8 6v34H72z"/>'
    d += f'<path fill="{shirt}" d="M46 48c-6 1-8 5-8 10v8h8zM82 48c6 1 8 5 8 10v8h-8z"/>'
    d += f'<path fill="{SKIN}" d="M38 66h8v16c0 2-2 4-4 4s-4-2-4-4zM82 66h8v16c0 2-2 4-4 4s-4-2-4-4z"/>'
    d += f'<path fill="{SKIN_D}" d="M60 34h8v9h-8z"/>'
    d += f'<circle cx="64" cy="24" r="14" fill="{SKIN}"/>'
    d += f'<path fill="{SKIN}" d="M49 24c-3 0-4 2-4 4s2 4 4 4zM79 24c3 0 4 2 4 4s-2 4-4 4z"/>'
    if hair:
        d += f'<path fill="{hair}" d="M50 26c-3-12 4-20 14-20s17 8 14 20c-2-4-4-8-8-9c-6 2-12 2-18 0c-1 3-2 6-2 9z"/>'
    d += face(64, 27, 14, smile=True)
    return d

def farmer():
    body = adult("#00A34F", "#008C43", "#3A6FD1", "#2C5AB8", shoes="#6D4534", hair="#6D4534")
    overalls = ('<path fill="#5092FF" d="M52 58h24v24H52z"/><path fill="#3A6FD1" d="M70 58h6v24h-6z"/>'
                '<path fill="#5092FF" d="M50 42h4l2 16h-4zM74 42h4l-2 16h-4z"/>'
                '<g fill="#FFC83D"><circle cx="54" cy="60" r="1.8"/><circle cx="74" cy="60" r="1.8"/></g>')
    hat = ('<ellipse cx="64" cy="16" rx="24" ry="5" fill="#F3C07B"/>'
           '<path fill="#FFDEA7" d="M50 16c0-8 6-12 14-12s14 4 14 12z"/><rect x="50" y="12" width="28" height="3" fill="#F8312F"/>')
    fork = ('<rect x="85" y="24" width="4" height="98" rx="2" fill="#A56953"/>'
            '<path fill="#9B9B9B" d="M78 6h2v14c0 2 2 4 4 4h6c2 0 4-2 4-4V6h2v14c0 4-3 6-6 6h-6c-3 0-6-2-6-6zM86 6h2v18h-2z"/>')
    hand = f'<path fill="{SKIN}" d="M82 70h9c2 0 3 2 3 4v6c0 2-1 4-3 4h-6c-2 0-3-2-3-4z"/>'
    return svg(fork + body + overalls + hat + hand)

def painter():
    body = adult("#F4F4F4", "#D3D3D3", "#636363", "#4A4A4A", shoes="#3F3A47", hair="#6D4534")
    scarf = '<path fill="#F8312F" d="M56 42h16l-8 10z"/><path fill="#F8312F" d="M62 48l-4 12l6-4l6 4l-4-12z"/>'
    beret = '<path fill="#3F3A47" d="M46 14c2-8 10-12 20-10c8 1 14 6 14 12c0 2-2 3-4 3H50c-3 0-5-2-4-5z"/><circle cx="64" cy="4" r="2" fill="#3F3A47"/>'
    palette = ('<path fill="#F3C07B" d="M16 70c0-10 8-16 18-16c8 0 14 4 14 10c0 4-4 4-6 6s0 6 2 8c2 4-2 8-10 8c-10 0-18-6-18-16z"/>'
               '<circle cx="24" cy="66" r="3" fill="#F8312F"/><circle cx="32" cy="62" r="3" fill="#00A6ED"/>'
               '<circle cx="40" cy="62" r="3" fill="#FFC83D"/><circle cx="26" cy="76" r="3" fill="#00D26A"/>')
    brush = ('<path fill="#A56953" d="M90 80l14-40l3 1l-14 40z"/><path fill="#F8312F" d="M104 40l2-8l4 2l-3 7z"/>')
    return svg(body + scarf + beret + palette + brush)

def astronaut():
    W, Wd = "#F4F4F4", "#D3D3D3"
    d = (f'<path fill="#9B9B9B" d="M46 110h16v12H42c-2 0-3-3-1-4l5-3zM66 110h16l5 5c2 1 1 4-1 4v3H66z"/>'
         f'<path fill="{W}" d="M46 78h36l-2 34H66l-2-10l-2 10H48z"/><path fill="{Wd}" d="M72 78h10l-2 34h-8z"/>'
         f'<path fill="{Wd}" d="M40 44h48v8H40z"/>'
         f'<path fill="{W}" d="M42 52c0-6 6-10 12-10h20c6 0 12 4 12 10v30H42z"/><path fill="{Wd}" d="M76 42c6 0 10 4 10 10v30H76z"/>'
         f'<path fill="{W}" d="M42 52c-6 2-10 6-10 12v14h10zM86 52c6 2 10 6 10 12v14H86z"/>'
         f'<path fill="#9B9B9B" d="M32 78h10v6c0 3-2 5-5 5s-5-2-5-5zM86 78h10v6c0 3-2 5-5 5s-5-2-5-5z"/>'
         f'<rect x="54" y="56" width="20" height="12" rx="2" fill="#B4ACBC"/><circle cx="59" cy="62" r="2" fill="#F8312F"/><circle cx="69" cy="62" r="2" fill="#00A6ED"/>'
         f'<rect x="44" y="54" width="8" height="6" fill="#00A6ED"/><rect x="44" y="54" width="4" height="3" fill="#F4F4F4"/>'
         f'<circle cx="64" cy="24" r="20" fill="{W}"/><path fill="{Wd}" d="M76 8c6 4 8 10 8 16c0 12-8 20-20 20c8-4 14-12 14-22c0-6-1-10-2-14z"/>'
         f'<circle cx="64" cy="25" r="14" fill="#3F3A47"/>'
         f'<circle cx="64" cy="27" r="10" fill="{SKIN}"/>'
         f'<path fill="#6D4534" d="M54 26c-1-8 4-12 10-12s11 4 10 12c-2-4-6-6-10-6s-8 2-10 6z"/>'
         + face(64, 28, 10, smile=True) +
         f'<path fill="#FFFFFF" fill-opacity="0.35" d="M54 16c2-3 6-5 10-5v3c-3 0-6 1-8 4z"/>')
    return svg(d)

def family():
    man = adult("#00A6ED", "#0084CE", "#9B9B9B", "#7D7D7D", hair="#6D4534")
    woman = adult("#8B62BF", "#6B4A9A", "", "", hair="#D67D00", long_hair=True, dress=("#8B62BF", "#6B4A9A"))
    kid = child().split('\n', 1)[1].rsplit('</svg>', 1)[0].strip()
    return svg(f'<g transform="translate(-6 2) scale(0.66 0.94)">{man}</g>'
               f'<g transform="translate(49 2) scale(0.66 0.94)">{woman}</g>'
               f'<g transform="translate(37 54) scale(0.42 0.53)">{kid}</g>')

files = {"farmer": farmer, "painter": painter, "astronaut": astronaut, "family": family, "girl": girl, "boy": boy, "old man": old_man, "old woman": old_woman, "child": child, "baby": baby, "santa claus": santa, "angel": angel}

# ---- professions and roles (emoji draws them as busts) ----
GOLD, GOLD_D = "#FFC83D", "#E5A82E"

def crown(cx=64, y=4, w=22, h=10):
    x = cx - w / 2
    return (f'<path fill="{GOLD}" d="M{x} {y+h}l-1-{h}l{w*0.25:.1f} {h*0.5:.1f}l{w*0.25+1:.1f}-{h*0.6:.1f}l{w*0.25+1:.1f} {h*0.6:.1f}l{w*0.25:.1f}-{h*0.5:.1f}l-1 {h}z"/>'
            f'<path fill="{GOLD_D}" d="M{x} {y+h-3}h{w}v3h-{w}z"/><circle cx="{cx}" cy="{y+h-5}" r="1.6" fill="#F8312F"/>')

def beard(color):
    return f'<path fill="{color}" d="M50 28c2 4 4 6 8 6c2 2 4 2 6 2s4 0 6-2c4 0 6-2 8-6c1 10-4 18-14 18s-15-8-14-18z"/><path fill="#990839" d="M61 35h6c0 2-1 3-3 3s-3-1-3-3z"/>'

def king():
    cape = '<path fill="#C9211F" d="M38 48c0-6 8-8 14-8h24c6 0 14 2 14 8l8 74H30z"/><path fill="#A51C1C" d="M84 44c4 1 6 2 6 4l8 74H86z"/>'
    body = adult("#8C42B4", "#6B2F8C", "#6B2F8C", "#52227A", shoes="#3F3A47", hair="#8C5543")
    ermine = '<path fill="#F4F4F4" d="M44 42h40c2 0 4 2 4 4v4H40v-4c0-2 2-4 4-4z"/><g fill="#1C1C1C"><circle cx="48" cy="46" r="1"/><circle cx="58" cy="46" r="1"/><circle cx="70" cy="46" r="1"/><circle cx="80" cy="46" r="1"/></g>'
    belt = f'<rect x="46" y="70" width="36" height="4" fill="{GOLD}"/>'
    sceptre = f'<rect x="90" y="30" width="3" height="58" rx="1.5" fill="{GOLD_D}"/><circle cx="91.5" cy="28" r="5" fill="{GOLD}"/><circle cx="91.5" cy="28" r="2" fill="#F8312F"/>'
    return svg(cape + body + ermine + belt + beard("#8C5543") + crown() + sceptre)

def queen():
    cape = '<path fill="#C9211F" d="M38 48c0-6 8-8 14-8h24c6 0 14 2 14 8l8 74H30z"/><path fill="#A51C1C" d="M84 44c4 1 6 2 6 4l8 74H86z"/>'
    body = adult("#00A6ED", "#0084CE", "", "", hair="#8C5543", long_hair=True, dress=("#00A6ED", "#0084CE"))
    gown = '<path fill="#00A6ED" d="M46 76h36l6 46H40z"/><path fill="#0084CE" d="M72 76h10l6 46H78z"/>'
    ermine = '<path fill="#F4F4F4" d="M44 42h40c2 0 4 2 4 4v4H40v-4c0-2 2-4 4-4z"/><g fill="#1C1C1C"><circle cx="48" cy="46" r="1"/><circle cx="58" cy="46" r="1"/><circle cx="70" cy="46" r="1"/><circle cx="80" cy="46" r="1"/></g>'
    necklace = f'<circle cx="64" cy="52" r="2.4" fill="{GOLD}"/>'
    return svg(cape + body + gown + ermine + necklace + crown())

def prince():
    body = adult("#00A6ED", "#0084CE", "#F4F4F4", "#D3D3D3", shoes="#6D4534", hair="#FFB02E")
    trim = f'<path fill="{GOLD}" d="M46 68h36v4H46zM62 42h4v40h-4z"/><path fill="#F8312F" d="M46 44l36 24v4L46 48z" fill-opacity="0.9"/>'
    return svg(body + trim + crown(64, 2, 18, 8))

def princess():
    body = adult("#FF6DC6", "#E54BA8", "", "", hair="#FFB02E", long_hair=True, dress=("#FF6DC6", "#E54BA8"))
    gown = '<path fill="#FF6DC6" d="M48 72h32l14 50H34z"/><path fill="#E54BA8" d="M72 72h8l14 50H82z"/><path fill="#FFB3E3" d="M38 108h52l2 6H36z"/>'
    return svg(body + gown + crown(64, 3, 16, 7))

def knight():
    steel, steel_d = "#B4BCCB", "#8D96A8"
    body = adult(steel, steel_d, steel, steel_d, shoes="#636363", hair=None)
    helmet = (f'<path fill="{steel}" d="M48 22c0-12 7-18 16-18s16 6 16 18v16c0 2-2 4-4 4H52c-2 0-4-2-4-4z"/>'
              f'<path fill="{steel_d}" d="M70 6c6 2 10 8 10 16v16c0 2-2 4-4 4h-4z"/>'
              '<rect x="52" y="22" width="24" height="4" rx="2" fill="#3F3A47"/><rect x="63" y="26" width="2" height="14" fill="#8D96A8"/>'
              '<path fill="#F8312F" d="M64 4c4-6 12-6 16-2c-6 0-10 2-14 6z"/>')
    belt = '<rect x="46" y="74" width="36" height="5" fill="#6D4534"/>'
    tabard = '<path fill="#F4F4F4" d="M54 46h20v36H54z"/><path fill="#F8312F" d="M62 50h4v24h-4zM56 58h16v4H56z"/>'
    sword = '<rect x="92" y="40" width="4" height="50" rx="1" fill="#D3D3D3"/><rect x="86" y="86" width="16" height="4" rx="2" fill="#FFB02E"/><rect x="92" y="90" width="4" height="12" fill="#6D4534"/>'
    shield = '<path fill="#3A6FD1" d="M20 62h26v18c0 10-6 16-13 20c-7-4-13-10-13-20z"/><path fill="#FFC83D" d="M31 66h4v30h-4zM24 74h18v4H24z"/>'
    return svg(body + tabard + belt + helmet + sword + shield)

def pirate():
    body = adult("#F4F4F4", "#D3D3D3", "#3F3A47", "#2A2630", shoes="#6D4534", hair="#1C1C1C")
    stripes = '<g fill="#F8312F"><rect x="46" y="52" width="36" height="5"/><rect x="46" y="62" width="36" height="5"/><rect x="46" y="72" width="36" height="5"/><rect x="38" y="56" width="8" height="4"/><rect x="82" y="56" width="8" height="4"/></g>'
    sash = '<rect x="46" y="78" width="36" height="6" fill="#C9211F"/>'
    hat = '<path fill="#1C1C1C" d="M40 16c8-2 16-12 24-12s16 10 24 12c-2 4-12 6-24 6s-22-2-24-6z"/><circle cx="64" cy="12" r="3" fill="#F4F4F4"/>'
    patch = '<path fill="#1C1C1C" d="M50 20l28 6v1l-28-5z"/><circle cx="69" cy="27" r="4" fill="#1C1C1C"/>'
    sabre = '<path fill="#D3D3D3" d="M92 86c8-10 12-24 10-40c4 12 2 28-8 42z"/><rect x="86" y="84" width="12" height="4" rx="2" fill="#FFB02E"/>'
    return svg(body + stripes + sash + beard("#1C1C1C") + patch + hat + sabre)

def cowboy():
    body = adult("#F8312F", "#C9211F", "#3A6FD1", "#2C5AB8", shoes="#8C5543", hair="#8C5543")
    checks = '<g fill="#A51C1C"><rect x="46" y="52" width="36" height="3"/><rect x="46" y="62" width="36" height="3"/><rect x="46" y="72" width="36" height="3"/><rect x="54" y="44" width="3" height="38"/><rect x="70" y="44" width="3" height="38"/></g>'
    belt = f'<rect x="46" y="78" width="36" height="5" fill="#6D4534"/><rect x="60" y="77" width="8" height="7" rx="1" fill="{GOLD}"/>'
    scarf = '<path fill="#FFC83D" d="M56 42h16l-8 8z"/>'
    hat = '<path fill="#A56953" d="M36 14c2 4 10 6 28 6s26-2 28-6c2 2 2 6-2 8c-6 2-14 3-26 3s-20-1-26-3c-4-2-4-6-2-8z"/><path fill="#8C5543" d="M48 18c0-10 6-14 16-14s16 4 16 14c-6 1-10 1-16 1s-10 0-16-1z"/><rect x="48" y="14" width="32" height="3" fill="#6D4534"/>'
    return svg(body + checks + belt + scarf + hat)

def chef():
    body = adult("#F4F4F4", "#D3D3D3", "#636363", "#4A4A4A", shoes="#3F3A47", hair="#6D4534")
    buttons = '<g fill="#B4BCCB"><circle cx="58" cy="54" r="1.6"/><circle cx="58" cy="64" r="1.6"/><circle cx="58" cy="74" r="1.6"/><circle cx="70" cy="54" r="1.6"/><circle cx="70" cy="64" r="1.6"/><circle cx="70" cy="74" r="1.6"/></g>'
    scarf = '<path fill="#F8312F" d="M56 42h16l-8 6z"/>'
    apron = '<path fill="#F4F4F4" d="M48 80h32l2 22H46z"/><path fill="#D3D3D3" d="M72 80h8l2 22h-8z"/>'
    hat = '<path fill="#F4F4F4" d="M48 16c-6 0-8-6-4-10c2-2 6-2 8 0c2-4 8-6 12-6s10 2 12 6c2-2 6-2 8 0c4 4 2 10-4 10v4H48z"/><path fill="#D3D3D3" d="M48 16h32v4H48z"/>'
    spoon = '<rect x="90" y="60" width="3" height="30" rx="1.5" fill="#A56953"/><ellipse cx="91.5" cy="58" rx="5" ry="7" fill="#B4BCCB"/>'
    return svg(body + buttons + scarf + apron + hat + spoon)

def coat(color, color_d, open_inner=None):
    """A long coat over the adult body: two front panels leaving the shirt visible in the middle."""
    c = f'<path fill="{color}" d="M46 48c0-4 4-6 8-6h4l2 48H44z"/><path fill="{color}" d="M82 48c0-4-4-6-8-6h-4l-2 48h16z"/><path fill="{color_d}" d="M74 42c4 0 8 2 8 6l2 42h-10z"/>'
    c += f'<path fill="{color}" d="M46 48c-6 1-8 5-8 10v8h8zM82 48c6 1 8 5 8 10v8h-8z"/>'
    c += f'<path fill="{SKIN}" d="M38 66h8v16c0 2-2 4-4 4s-4-2-4-4zM82 66h8v16c0 2-2 4-4 4s-4-2-4-4z"/>'
    return c

def doctor():
    body = adult("#00A6ED", "#0084CE", "#636363", "#4A4A4A", shoes="#3F3A47", hair="#3F3A47")
    steth = '<path fill="none" stroke="#3F3A47" stroke-width="2" d="M56 44v14c0 6 4 8 8 8s8-2 8-8V44"/><circle cx="64" cy="68" r="3" fill="#B4BCCB"/>'
    pocket = '<rect x="72" y="58" width="8" height="8" fill="#E1E1E6"/><rect x="74" y="54" width="2" height="6" fill="#F8312F"/>'
    return svg(body + coat("#F4F4F4", "#D3D3D3") + steth + pocket)

def scientist():
    body = adult("#8B62BF", "#6B4A9A", "#636363", "#4A4A4A", shoes="#3F3A47", hair="#D67D00", long_hair=True)
    goggles = '<g fill="#83CBFF" fill-opacity="0.8"><circle cx="58" cy="26" r="4.5"/><circle cx="70" cy="26" r="4.5"/></g><path fill="#3F3A47" d="M48 25h2v2h-2zM78 25h2v2h-2zM62 25h4v2h-4z"/>'
    flask = '<path fill="#F4F4F4" d="M92 56h8v4h-1v8l8 14c1 3-1 6-4 6H89c-3 0-5-3-4-6l8-14v-8h-1z" fill-opacity="0.9"/><path fill="#00D26A" d="M88 76h20l3 6c1 3-1 6-4 6H89c-3 0-5-3-4-6z"/>'
    return svg(body + coat("#F4F4F4", "#D3D3D3") + goggles + flask)

def nurse():
    body = adult("#83CBFF", "#5CB6F5", "#83CBFF", "#5CB6F5", shoes="#F4F4F4", hair="#8C5543", long_hair=True)
    cap = '<path fill="#F4F4F4" d="M52 8h24l-2 8H54z"/><path fill="#F8312F" d="M63 9h2v6h-2zM61 11h6v2h-6z"/>'
    vneck = f'<path fill="{SKIN}" d="M58 42h12l-6 8z"/><rect x="70" y="56" width="8" height="8" fill="#5CB6F5"/>'
    return svg(body + vneck + cap)

def police_officer():
    navy, navy_d = "#2C3E73", "#1F2D57"
    body = adult(navy, navy_d, "#1F2D57", "#16213F", shoes="#1C1C1C", hair="#3F3A47")
    badge = f'<path fill="{GOLD}" d="M72 52l3 2l3-2v5c0 2-3 4-3 4s-3-2-3-4z"/><rect x="46" y="76" width="36" height="5" fill="#1C1C1C"/><rect x="60" y="76" width="8" height="5" fill="#B4BCCB"/>'
    tie = '<path fill="#1C1C1C" d="M62 42h4l1 14l-3 3l-3-3z"/><path fill="#83CBFF" d="M58 42h4l2 4l2-4h4l-6 2z"/>'
    cap = f'<path fill="{navy}" d="M48 16c0-8 6-12 16-12s16 4 16 12z"/><path fill="#1C1C1C" d="M46 16h36v3c-4 2-10 3-18 3s-14-1-18-3z"/><path fill="{GOLD}" d="M62 8h4v5h-4z"/>'
    return svg(body + badge + tie + cap)

def firefighter():
    tan, tan_d = "#D9A441", "#B8862E"
    body = adult(tan, tan_d, tan, tan_d, shoes="#1C1C1C", hair="#3F3A47")
    stripes = '<g fill="#E6F020"><rect x="46" y="66" width="36" height="4"/><rect x="38" y="60" width="8" height="3"/><rect x="82" y="60" width="8" height="3"/><rect x="50" y="100" width="14" height="3"/><rect x="64" y="100" width="14" height="3"/></g><g fill="#B4BCCB"><rect x="46" y="67" width="36" height="2"/></g>'
    helmet = '<path fill="#F8312F" d="M48 18c0-10 7-16 16-16s16 6 16 16z"/><path fill="#C9211F" d="M44 18h40c2 0 2 4 0 4H44c-2 0-2-4 0-4z"/><path fill="#FFC83D" d="M60 6h8v10h-8z"/>'
    return svg(body + stripes + helmet)

def soldier():
    g1, g2, g3 = "#6B7F3A", "#4F5E2A", "#8A9A55"
    body = adult(g1, g2, g1, g2, shoes="#3F3A47", hair=None)
    camo = f'<g fill="{g3}"><circle cx="52" cy="56" r="4"/><circle cx="74" cy="70" r="4"/><circle cx="58" cy="92" r="4"/><circle cx="72" cy="104" r="3"/><circle cx="42" cy="60" r="2.5"/></g><g fill="{g2}"><circle cx="66" cy="52" r="3"/><circle cx="54" cy="74" r="3"/></g>'
    belt = '<rect x="46" y="76" width="36" height="5" fill="#3F3A47"/>'
    helmet = f'<path fill="{g1}" d="M46 22c0-12 8-18 18-18s18 6 18 18z"/><path fill="{g2}" d="M44 20h40v4H44z"/>'
    return svg(body + camo + belt + helmet)

def construction_worker():
    body = adult("#00A6ED", "#0084CE", "#3A6FD1", "#2C5AB8", shoes="#8C5543", hair="#6D4534")
    vest = '<path fill="#FF822D" d="M46 48c0-4 4-6 8-6h2l4 40H46zM82 48c0-4-4-6-8-6h-2l-4 40h14z"/><g fill="#E6F020"><rect x="46" y="62" width="14" height="3"/><rect x="68" y="62" width="14" height="3"/><rect x="46" y="72" width="14" height="3"/><rect x="68" y="72" width="14" height="3"/></g>'
    hat = '<path fill="#FFC83D" d="M48 18c0-10 7-16 16-16s16 6 16 16z"/><path fill="#E5A82E" d="M44 18h40c2 0 2 4 0 4H44c-2 0-2-4 0-4zM62 4h4v14h-4z"/>'
    return svg(body + vest + hat)

def student():
    body = adult("#00D26A", "#00A34F", "#3A6FD1", "#2C5AB8", shoes="#F8312F", hair="#6D4534")
    straps = '<path fill="#F8312F" d="M48 44h5v36h-5zM75 44h5v36h-5z"/><path fill="#C9211F" d="M36 48h8v30h-8z"/>'
    books = '<rect x="84" y="62" width="14" height="20" rx="1" fill="#FFC83D"/><rect x="86" y="64" width="12" height="18" fill="#F4F4F4"/><rect x="84" y="62" width="3" height="20" fill="#E5A82E"/>'
    return svg(body + straps + books)

def teacher():
    body = adult("#F4F4F4", "#D3D3D3", "#636363", "#4A4A4A", shoes="#3F3A47", hair="#3F3A47", long_hair=True)
    cardigan = '<path fill="#D72B29" d="M46 48c0-4 4-6 8-6h4l2 40H46zM82 48c0-4-4-6-8-6h-4l-2 40h14z"/><path fill="#D72B29" d="M46 48c-6 1-8 5-8 10v8h8zM82 48c6 1 8 5 8 10v8h-8z"/>'
    arms = f'<path fill="{SKIN}" d="M38 66h8v16c0 2-2 4-4 4s-4-2-4-4zM82 66h8v16c0 2-2 4-4 4s-4-2-4-4z"/>'
    glasses = '<g fill="none" stroke="#3F3A47" stroke-width="1.4"><circle cx="59" cy="27" r="4"/><circle cx="69" cy="27" r="4"/><path d="M63 27h2"/></g>'
    book = '<path fill="#3A6FD1" d="M84 60h16v22H84z"/><path fill="#F4F4F4" d="M86 62h12v18H86z"/><path fill="#3A6FD1" d="M91 62h2v18h-2z"/>'
    return svg(body + cardigan + arms + glasses + book)

roles = {"king": king, "queen": queen, "prince": prince, "princess": princess, "knight": knight, "pirate": pirate,
         "cowboy": cowboy, "cook": chef, "health worker": doctor, "scientist": scientist, "nurse": nurse,
         "police officer": police_officer, "firefighter": firefighter, "soldier": soldier,
         "construction worker": construction_worker, "student": student, "teacher": teacher}

# ---- more roles emoji draws as busts ----
def robe(color, color_d, hem=122):
    """A long robe from the shoulders to the ground, arms in wide sleeves."""
    return (f'<path fill="{color}" d="M46 48c0-4 4-6 8-6h20c4 0 8 2 8 6l8 {hem-48}H38z"/>'
            f'<path fill="{color_d}" d="M72 42h2c4 0 8 2 8 6l8 {hem-48}H78z"/>'
            f'<path fill="{color}" d="M46 48c-6 1-10 5-10 12v12h12zM82 48c6 1 10 5 10 12v12H80z"/>'
            f'<path fill="{SKIN}" d="M38 72h8v8c0 2-2 4-4 4s-4-2-4-4zM82 72h8v8c0 2-2 4-4 4s-4-2-4-4z"/>')

def head_only(hair="#D67D00", long_hair=False):
    """Neck, head, ears, hair and face of the standing adult, to put on a custom body."""
    d = ""
    if VARIANT == "woman" and hair: long_hair = True
    elif VARIANT == "man": long_hair = False
    if long_hair:
        d += f'<path fill="{hair}" d="M48 20c0-10 6-16 16-16s16 6 16 16v22c0 2-2 4-4 4H52c-2 0-4-2-4-4z"/>'
    d += f'<path fill="{SKIN_D}" d="M60 34h8v9h-8z"/><circle cx="64" cy="24" r="14" fill="{SKIN}"/>'
    d += f'<path fill="{SKIN}" d="M49 24c-3 0-4 2-4 4s2 4 4 4zM79 24c3 0 4 2 4 4s-2 4-4 4z"/>'
    if hair:
        d += f'<path fill="{hair}" d="M50 26c-3-12 4-20 14-20s17 8 14 20c-2-4-4-8-8-9c-6 2-12 2-18 0c-1 3-2 6-2 9z"/>'
    return d + face(64, 27, 14, smile=True)

def judge():
    body = adult("#F4F4F4", "#D3D3D3", "#3F3A47", "#2A2630", shoes="#1C1C1C", hair="#9B9B9B")
    gown = robe("#2A2630", "#1C1C1C", 116)
    collar = '<path fill="#F4F4F4" d="M58 42h12l-2 12h-8z"/><path fill="#D3D3D3" d="M63 42h2v12h-2z"/>'
    gavel = '<rect x="92" y="66" width="3" height="20" rx="1.5" fill="#8C5543"/><rect x="86" y="60" width="16" height="8" rx="3" fill="#A56953"/>'
    return svg(body + gown + collar + head_only("#9B9B9B") + gavel)

def mechanic():
    body = adult("#3A6FD1", "#2C5AB8", "#3A6FD1", "#2C5AB8", shoes="#3F3A47", hair="#6D4534")
    pocket = '<rect x="52" y="54" width="10" height="8" fill="#2C5AB8"/><rect x="46" y="76" width="36" height="4" fill="#2C5AB8"/><path fill="#F8312F" d="M66 44h6v4h-6z"/>'
    wrench = '<path fill="#9B9B9B" d="M92 88l-2-22h4l2 22z"/><path fill="#9B9B9B" d="M86 60c0-4 3-6 6-6l-1 5l3 2l3-4c2 2 2 6 0 8c-2 2-6 3-9 2z"/>'
    return svg(body + pocket + wrench)

def factory_worker():
    body = adult("#9B9B9B", "#7D7D7D", "#636363", "#4A4A4A", shoes="#3F3A47", hair="#3F3A47")
    apron = '<path fill="#8C5543" d="M50 50h28v44H50z"/><path fill="#6D4534" d="M70 50h8v44h-8z"/><path fill="#8C5543" d="M52 42h3v8h-3zM73 42h3v8h-3z"/>'
    mask = '<path fill="#3F3A47" d="M48 16c0-8 6-12 16-12s16 4 16 12v4H48z"/><path fill="#636363" d="M50 18h28v4H50z"/><path fill="#83CBFF" fill-opacity="0.6" d="M54 19h20v2H54z"/>'
    gloves = '<path fill="#FFB02E" d="M38 76h8v6c0 2-2 4-4 4s-4-2-4-4zM82 76h8v6c0 2-2 4-4 4s-4-2-4-4z"/>'
    return svg(body + apron + mask + gloves)

def office_worker():
    body = adult("#F4F4F4", "#D3D3D3", "#3F3A47", "#2A2630", shoes="#1C1C1C", hair="#6D4534")
    jacket = ('<path fill="#3F3A47" d="M46 48c0-4 4-6 8-6h4l4 40H46zM82 48c0-4-4-6-8-6h-4l-4 40h16z"/>'
              '<path fill="#3F3A47" d="M46 48c-6 1-8 5-8 10v8h8zM82 48c6 1 8 5 8 10v8h-8z"/>'
              '<path fill="#00A6ED" d="M62 44h4l1 14l-3 4l-3-4z"/>')
    case = '<rect x="86" y="76" width="18" height="14" rx="2" fill="#8C5543"/><path fill="none" stroke="#6D4534" stroke-width="2" d="M91 76v-3h8v3"/>'
    return svg(body + jacket + case)

def technologist():
    body = adult("#636363", "#4A4A4A", "#3A6FD1", "#2C5AB8", shoes="#F4F4F4", hair="#3F3A47")
    hood = '<path fill="#7D7D7D" d="M50 42h28l-4 6H54z"/><path fill="#D3D3D3" d="M58 48h2v8h-2zM68 48h2v8h-2z"/><rect x="54" y="68" width="20" height="8" fill="#4A4A4A"/>'
    laptop = '<path fill="#B4BCCB" d="M80 58l18-4l4 22l-18 4z"/><path fill="#83CBFF" d="M82 60l14-3l3 16l-14 3z"/><path fill="#8D96A8" d="M84 80l18-4l2 4l-18 4z"/>'
    return svg(body + hood + laptop)

def singer():
    body = adult("#8C42B4", "#6B2F8C", "#1C1C1C", "#0F0F0F", shoes="#1C1C1C", hair="#D67D00")
    sparkles = '<g fill="#FFC83D"><circle cx="52" cy="52" r="1.6"/><circle cx="60" cy="60" r="1.6"/><circle cx="70" cy="52" r="1.6"/><circle cx="76" cy="64" r="1.6"/><circle cx="54" cy="70" r="1.6"/><circle cx="66" cy="74" r="1.6"/></g>'
    mic = '<rect x="90" y="52" width="4" height="24" rx="2" fill="#3F3A47"/><circle cx="92" cy="50" r="5" fill="#9B9B9B"/><path fill="#7D7D7D" d="M88 50h8v1h-8z"/>'
    return svg(body + sparkles + mic)

def pilot():
    navy, navy_d = "#2C3E73", "#1F2D57"
    body = adult("#F4F4F4", "#D3D3D3", navy_d, "#16213F", shoes="#1C1C1C", hair="#6D4534")
    jacket = (f'<path fill="{navy}" d="M46 48c0-4 4-6 8-6h4l4 40H46zM82 48c0-4-4-6-8-6h-4l-4 40h16z"/>'
              f'<path fill="{navy}" d="M46 48c-6 1-8 5-8 10v8h8zM82 48c6 1 8 5 8 10v8h-8z"/>'
              f'<g fill="{GOLD}"><rect x="38" y="62" width="8" height="2"/><rect x="82" y="62" width="8" height="2"/><path d="M50 52h8v2h-8z"/></g>'
              '<path fill="#1C1C1C" d="M62 44h4l1 14l-3 4l-3-4z"/>')
    cap = (f'<path fill="{navy}" d="M48 16c0-8 6-12 16-12s16 4 16 12z"/><path fill="#1C1C1C" d="M46 16h36v3c-4 2-10 3-18 3s-14-1-18-3z"/>'
           f'<path fill="{GOLD}" d="M56 10h16v2H56zM62 8h4v5h-4z"/>')
    return svg(body + jacket + cap)

def detective():
    tan, tan_d = "#C9A06C", "#A8824F"
    body = adult("#F4F4F4", "#D3D3D3", "#636363", "#4A4A4A", shoes="#6D4534", hair="#6D4534")
    coat_ = (f'<path fill="{tan}" d="M46 48c0-4 4-6 8-6h4l4 64H44zM82 48c0-4-4-6-8-6h-4l-4 64h18z"/><path fill="{tan_d}" d="M74 42c4 0 8 2 8 6l2 58h-10z"/>'
             f'<path fill="{tan}" d="M46 48c-6 1-8 5-8 10v8h8zM82 48c6 1 8 5 8 10v8h-8z"/><rect x="46" y="74" width="36" height="4" fill="{tan_d}"/>'
             f'<path fill="{SKIN}" d="M38 66h8v16c0 2-2 4-4 4s-4-2-4-4zM82 66h8v16c0 2-2 4-4 4s-4-2-4-4z"/>')
    hat = '<path fill="#6D4534" d="M40 16c4 2 12 3 24 3s20-1 24-3c0 3-2 5-6 6c-4 1-10 1-18 1s-14 0-18-1c-4-1-6-3-6-6z"/><path fill="#8C5543" d="M48 17c0-8 6-13 16-13s16 5 16 13c-4 1-10 2-16 2s-12-1-16-2z"/><rect x="48" y="13" width="32" height="3" fill="#402A32"/>'
    glass = '<circle cx="96" cy="64" r="7" fill="#C3EFFF" fill-opacity="0.7"/><circle cx="96" cy="64" r="7" fill="none" stroke="#3F3A47" stroke-width="2.5"/><path fill="#6D4534" d="M90 70l-4 12l3 1l4-11z"/>'
    return svg(body + coat_ + hat + glass)

def guard():
    body = adult("#F8312F", "#C9211F", "#1C1C1C", "#0F0F0F", shoes="#1C1C1C", hair=None)
    trim = f'<g fill="{GOLD}"><circle cx="64" cy="50" r="1.4"/><circle cx="64" cy="58" r="1.4"/><circle cx="64" cy="66" r="1.4"/></g><rect x="46" y="74" width="36" height="5" fill="#F4F4F4"/><path fill="#F8312F" d="M56 80h2v34h-2zM70 80h2v34h-2z"/>'
    bearskin = '<path fill="#1C1C1C" d="M46 26c0-16 6-26 18-26s18 10 18 26v4H46z"/><path fill="#3F3A47" d="M52 6c4-4 10-4 14-2c-6 2-10 8-12 16c-2-4-3-10-2-14z"/>'
    return svg(body + trim + bearskin)

def ninja():
    k, kd = "#2A2630", "#1C1C1C"
    body = adult(k, kd, k, kd, shoes=kd, hair=None)
    belt = '<rect x="46" y="74" width="36" height="5" fill="#F8312F"/>'
    hood = f'<path fill="{k}" d="M48 22c0-12 7-18 16-18s16 6 16 18v20H48z"/><path fill="{kd}" d="M70 5c6 3 10 9 10 17v20h-8z"/><path fill="{SKIN}" d="M50 22h28v8H50z"/>'
    eyes = f'<ellipse cx="58" cy="26" rx="1.6" ry="2" fill="{EYE}"/><ellipse cx="70" cy="26" rx="1.6" ry="2" fill="{EYE}"/>'
    sword = '<path fill="#B4BCCB" d="M86 40l22-30l2 2l-22 30z"/><rect x="82" y="40" width="8" height="3" rx="1" transform="rotate(-53 86 41)" fill="#FFB02E"/>'
    return svg(sword + body + belt + hood + eyes)

def person_with_crown():
    body = adult("#8C42B4", "#6B2F8C", "#6B2F8C", "#52227A", shoes="#3F3A47", hair="#8C5543")
    cape = '<path fill="#C9211F" d="M38 48c0-6 8-8 14-8h24c6 0 14 2 14 8l8 74H30z"/><path fill="#A51C1C" d="M84 44c4 1 6 2 6 4l8 74H86z"/>'
    ermine = '<path fill="#F4F4F4" d="M44 42h40c2 0 4 2 4 4v4H40v-4c0-2 2-4 4-4z"/><g fill="#1C1C1C"><circle cx="48" cy="46" r="1"/><circle cx="58" cy="46" r="1"/><circle cx="70" cy="46" r="1"/><circle cx="80" cy="46" r="1"/></g>'
    return svg(cape + body + ermine + crown())

def person_wearing_turban():
    body = adult("#F4F4F4", "#D3D3D3", "#F4F4F4", "#D3D3D3", shoes="#8C5543", hair="#1C1C1C")
    vest = '<path fill="#00807A" d="M46 48c0-4 4-6 8-6h4l2 40H46zM82 48c0-4-4-6-8-6h-4l-2 40h14z"/>'
    turban = '<path fill="#FF822D" d="M47 20c0-10 7-16 17-16s17 6 17 16v2H47z"/><path fill="#E5692A" d="M48 18c6-6 20-10 32-4l-1 4c-10-4-22-2-31 4z"/><circle cx="64" cy="12" r="2.4" fill="#F8312F"/>'
    return svg(body + vest + turban)

def person_with_skullcap():
    body = adult("#F4F4F4", "#D3D3D3", "#636363", "#4A4A4A", shoes="#3F3A47", hair="#6D4534")
    cap = '<path fill="#3A6FD1" d="M54 10c2-4 6-5 10-5s8 1 10 5c-6-1-14-1-20 0z"/>'
    return svg(body + cap)

def woman_with_headscarf():
    global VARIANT
    body = adult("#00A6ED", "#0084CE", "", "", hair=None, dress=("#00A6ED", "#0084CE"))
    gown = '<path fill="#00A6ED" d="M46 76h36l6 46H40z"/><path fill="#0084CE" d="M72 76h10l6 46H78z"/>'
    scarf = (f'<path fill="#8B62BF" d="M46 26c0-14 8-22 18-22s18 8 18 22v14c0 4-2 8-6 8H52c-4 0-6-4-6-8z"/>'
             f'<path fill="#6B4A9A" d="M72 6c6 4 10 12 10 20v14c0 4-2 8-6 8h-4z"/>'
             f'<path fill="{SKIN}" d="M52 26c0-8 5-14 12-14s12 6 12 14s-5 14-12 14s-12-6-12-14z"/>')
    return svg(body + gown + scarf + face(64, 27, 12, smile=True))

def person_in_tuxedo():
    body = adult("#F4F4F4", "#D3D3D3", "#1C1C1C", "#0F0F0F", shoes="#1C1C1C", hair="#3F3A47")
    tux = ('<path fill="#1C1C1C" d="M46 48c0-4 4-6 8-6h4l4 40H46zM82 48c0-4-4-6-8-6h-4l-4 40h16z"/>'
           '<path fill="#1C1C1C" d="M46 48c-6 1-8 5-8 10v8h8zM82 48c6 1 8 5 8 10v8h-8z"/>'
           '<path fill="#1C1C1C" d="M58 44l6 3l6-3v6l-6-3l-6 3z"/><g fill="#3F3A47"><circle cx="64" cy="58" r="1.2"/><circle cx="64" cy="66" r="1.2"/></g>')
    return svg(body + tux)

def person_with_veil():
    body = adult("#F4F4F4", "#D3D3D3", "", "", hair="#D67D00", long_hair=True, dress=("#F4F4F4", "#D3D3D3"))
    veil = '<path fill="#E6F0FA" fill-opacity="0.85" d="M50 8c8-6 20-6 28 0c10 10 14 40 18 70H88c-4-24-8-46-24-46S44 54 40 78h-8c4-30 8-60 18-70z"/>'
    gown = '<path fill="#F4F4F4" d="M48 72h32l14 50H34z"/><path fill="#D3D3D3" d="M72 72h8l14 50H82z"/>'
    flowers = '<g fill="#FF6DC6"><circle cx="60" cy="74" r="3"/><circle cx="66" cy="72" r="3"/><circle cx="64" cy="78" r="3"/></g><path fill="#00A34F" d="M63 80h2v8h-2z"/>'
    return svg(veil + body + gown + flowers)

def pregnant():
    body = adult("#FF6DC6", "#E54BA8", "", "", hair="#8C5543", long_hair=True, dress=("#FF6DC6", "#E54BA8"))
    belly = '<path fill="#FF6DC6" d="M46 60c-4 8-4 24 4 32h30c8-8 8-24 4-32z"/><path fill="#E54BA8" d="M74 60h10c4 8 4 24-4 32h-8c6-8 6-24 2-32z"/><path fill="#FFB3E3" d="M54 68c-2 6-2 12 0 16c-4-2-6-10-4-14z"/>'
    hands = f'<path fill="{SKIN}" d="M52 80h10v4c0 2-2 3-4 3h-2c-2 0-4-1-4-3z"/>'
    return svg(body + belly + hands)

def feeding_baby():
    body = adult("#00D26A", "#00A34F", "#3A6FD1", "#2C5AB8", shoes="#533566", hair="#8C5543")
    bundle = ('<path fill="#83CBFF" d="M40 62c8-6 28-8 44-2c4 2 4 8 0 10c-16 6-36 6-44 2c-4-2-4-8 0-10z"/>'
              f'<circle cx="46" cy="62" r="8" fill="{SKIN}"/><path fill="#D67D00" d="M44 54c2-2 6-2 8 0c-2 0-4 2-4 4c-2-2-4-2-4-4z"/>'
              f'<ellipse cx="44" cy="62" rx="1" ry="1.4" fill="{EYE}"/><ellipse cx="49" cy="62" rx="1" ry="1.4" fill="{EYE}"/>'
              '<path fill="#F4F4F4" d="M52 64l12 6l-2 3l-12-6z" fill-opacity="0.95"/><path fill="#FFB3E3" d="M50 64l3 1l-1 3l-3-1z"/>'
              f'<path fill="{SKIN}" d="M76 60h10v8H76zM38 64h8v8h-8z"/>')
    return svg(body + bundle)

def pregnant_man():
    body = adult("#00A6ED", "#0084CE", "#636363", "#4A4A4A", shoes="#3F3A47", hair="#6D4534")
    belly = '<path fill="#00A6ED" d="M46 58c-4 8-4 22 2 28h32c6-6 6-20 2-28z"/><path fill="#0084CE" d="M74 58h8c4 8 4 20-2 28h-8c6-6 6-20 2-28z"/><path fill="#83CBFF" d="M54 66c-2 6-2 10 0 14c-4-2-6-8-4-12z"/>'
    hands = f'<path fill="{SKIN}" d="M52 76h10v4c0 2-2 3-4 3h-2c-2 0-4-1-4-3z"/>'
    return svg(body + belly + hands)

def breast_feeding():
    global VARIANT
    VARIANT = "woman"
    s = feeding_baby().replace('<path fill="#F4F4F4" d="M52 64l12 6l-2 3l-12-6z" fill-opacity="0.95"/>\n<path fill="#FFB3E3" d="M50 64l3 1l-1 3l-3-1z"/>\n', '')
    VARIANT = None
    return s

def baby_angel():
    wings = ('<path fill="#E1E1E6" d="M40 70C24 60 8 62 2 72c6 2 10 6 12 10c10-2 20-4 28-10z"/>'
             '<path fill="#E1E1E6" d="M88 70c16-10 32-8 38 2c-6 2-10 6-12 10c-10-2-20-4-28-10z"/>')
    b = baby().split('\n', 1)[1].rsplit('</svg>', 1)[0]
    halo = '<ellipse cx="64" cy="6" rx="16" ry="4" fill="none" stroke="#FFC83D" stroke-width="3"/>'
    return svg(wings + f'<g transform="translate(10 12) scale(0.84 0.9)">{b}</g>' + halo)

def mx_claus():
    s = santa()
    s = s.replace('<path fill="#F4F4F4" d="M48 26c0 4 2 4 4 4c4 4 8 4 12 4s8 0 12-4c2 0 4 0 4-4c2 10-2 20-16 24c-14-4-18-14-16-24z"/>\n', '')
    s = s.replace('<path fill="#D3D3D3" d="M68 48c6-4 10-10 12-18c1 8-2 16-10 20z"/>\n', '')
    s = s.replace('<path fill="#D3D3D3" d="M56 32c2-2 6-2 8 0c2-2 6-2 8 0c0 2-2 3-4 3h-8c-2 0-4-1-4-3z"/>\n',
                  '<path fill="#990839" d="M60 30h8c0 2-2 4-4 4s-4-2-4-4z"/>\n<path fill="#D3D3D3" d="M48 24c-1-6 2-10 6-12c-2 4-2 8-2 12zM80 24c1-6-2-10-6-12c2 4 2 8 2 12z"/>\n')
    s = s.replace(f'<path fill="{SKIN_D}" d="M60 34', f'<path fill="{SKIN_D}" d="M60 34')
    return s.replace('<path fill="#F4F4F4" d="M60 44h8v44h-8zM40 86h48v6H40z"/>', f'<path fill="{SKIN_D}" d="M60 36h8v8h-8z"/>\n<path fill="#F4F4F4" d="M60 44h8v44h-8zM40 86h48v6H40z"/>')

def superhero():
    body = adult("#00A6ED", "#0084CE", "#00A6ED", "#0084CE", shoes="#F8312F", hair="#1C1C1C")
    cape = '<path fill="#F8312F" d="M44 44h40l14 66c-10 4-22 2-34-2c-12 4-24 6-34 2z"/><path fill="#C9211F" d="M74 44h10l14 66c-6 2-12 2-18 1z"/>'
    emblem = f'<path fill="{GOLD}" d="M64 50l8 8l-8 8l-8-8z"/><path fill="#F8312F" d="M64 54l4 4l-4 4l-4-4z"/><rect x="46" y="76" width="36" height="4" fill="{GOLD}"/>'
    mask = '<path fill="#F8312F" d="M50 24h28v6H50z" fill-opacity="0.9"/>'
    return svg(cape + body + emblem + mask + f'<ellipse cx="59" cy="27" rx="1.5" ry="2" fill="#F4F4F4"/><ellipse cx="69" cy="27" rx="1.5" ry="2" fill="#F4F4F4"/>')

def supervillain():
    body = adult("#6B2F8C", "#52227A", "#6B2F8C", "#52227A", shoes="#1C1C1C", hair="#1C1C1C")
    cape = '<path fill="#1C1C1C" d="M40 44h48l12 70c-10 4-24 2-36-2c-12 4-26 6-36 2z"/><path fill="#C9211F" d="M82 44h6l12 70c-4 1-8 1-12 1z"/>'
    emblem = '<path fill="#00D26A" d="M58 52h12l-4 8h4l-10 12l2-9h-4z"/><rect x="46" y="76" width="36" height="4" fill="#1C1C1C"/>'
    mask = '<path fill="#1C1C1C" d="M50 22h28v8H50z"/>'
    return svg(cape + body + emblem + mask + f'<ellipse cx="59" cy="26" rx="1.6" ry="2" fill="#F4F4F4"/><ellipse cx="69" cy="26" rx="1.6" ry="2" fill="#F4F4F4"/>')

def wizard():
    gown = robe("#5C3FA8", "#45307F")
    stars = f'<g fill="{GOLD}"><path d="M52 60l2 4l4 1l-4 1l-2 4l-2-4l-4-1l4-1z"/><path d="M72 84l2 4l4 1l-4 1l-2 4l-2-4l-4-1l4-1z"/><path d="M54 100l1.5 3l3 1l-3 1l-1.5 3l-1.5-3l-3-1l3-1z"/></g>'
    head = head_only("#D3D3D3")
    beard_ = '<path fill="#F4F4F4" d="M50 28c2 6 8 8 14 8s12-2 14-8c2 14-4 30-14 34c-10-4-16-20-14-34z"/><path fill="#D3D3D3" d="M68 54c4-6 8-14 8-22c2 10-2 22-8 26z"/><path fill="#D3D3D3" d="M56 32c2-2 6-2 8 0c2-2 6-2 8 0c0 2-2 3-4 3h-8c-2 0-4-1-4-3z"/>'
    if VARIANT == "woman": beard_ = ""
    hat = f'<path fill="#5C3FA8" d="M40 20c8-2 16-2 24-2s16 0 24 2c-4 4-14 5-24 5s-20-1-24-5z"/><path fill="#5C3FA8" d="M48 20L70 -2l4 4l-4 2l10 16z"/><path fill="#45307F" d="M70 -2l4 4l-4 2l10 16h-8z"/><path fill="{GOLD}" d="M60 12l1.5 3l3 1l-3 1l-1.5 3l-1.5-3l-3-1l3-1z"/>'
    staff = '<rect x="96" y="20" width="4" height="102" rx="2" fill="#8C5543"/><circle cx="98" cy="18" r="6" fill="#83CBFF"/><circle cx="96" cy="16" r="2" fill="#F4F4F4"/>'
    return svg(staff + gown + stars + head + beard_ + hat)

def fairy():
    wings = ('<path fill="#C3EFFF" fill-opacity="0.9" d="M58 50C44 30 22 26 14 36c-6 8 2 22 20 24c-14 4-18 16-10 22c8 6 22-2 30-20z"/>'
             '<path fill="#C3EFFF" fill-opacity="0.9" d="M70 50c14-20 36-24 44-14c6 8-2 22-20 24c14 4 18 16 10 22c-8 6-22-2-30-20z"/>'
             '<path fill="#83CBFF" d="M56 50C46 38 30 34 24 40c10-2 22 2 32 10zM72 50c10-12 26-16 32-10c-10-2-22 2-32 10z"/>')
    body = adult("#00D26A", "#00A34F", "", "", hair="#FFB02E", long_hair=True, dress=("#00D26A", "#00A34F"))
    skirt = '<path fill="#00D26A" d="M46 74h36l10 24l-8-2l-6 4l-6-4l-8 4l-8-4l-6 4l-6-4l-8 2z"/>'
    wand = f'<rect x="90" y="52" width="2.5" height="30" rx="1.2" fill="#F4F4F4"/><path fill="{GOLD}" d="M91 40l3 6l6 1l-5 4l1 6l-5-3l-5 3l1-6l-5-4l6-1z"/>'
    return svg(wings + body + skirt + wand)

def mermaid(long_hair=True):
    tail = ('<path fill="#00A89F" d="M48 72h32c2 16-2 30-10 40l12 8c2 2 0 4-2 4H62c-4 0-6-2-4-4l6-6c-10-10-16-26-16-42z"/>'
            '<path fill="#00807A" d="M72 72h8c2 16-2 30-10 40l12 8c2 2 0 4-2 4h-6l-4-10c6-10 4-28 2-42z"/>'
            '<g fill="#00CFC1"><circle cx="58" cy="82" r="2"/><circle cx="66" cy="90" r="2"/><circle cx="60" cy="98" r="2"/><circle cx="68" cy="78" r="2"/></g>')
    torso = (f'<path fill="{SKIN}" d="M48 48c0-4 4-6 8-6h16c4 0 8 2 8 6v26H48z"/><path fill="{SKIN_D}" d="M72 42c4 0 8 2 8 6v26h-8z"/>'
             f'<path fill="{SKIN}" d="M48 48c-6 1-8 5-8 10v20h6zM80 48c6 1 8 5 8 10v20h-6z"/>')
    top = '<path fill="#8B62BF" d="M50 52h12v8H50zM66 52h12v8H66z"/>' if long_hair else ''
    hair = "#F8312F" if long_hair else "#00807A"
    head = head_only(hair, long_hair=long_hair)
    return svg(tail + torso + top + head)

def vampire():
    body = adult("#F4F4F4", "#D3D3D3", "#1C1C1C", "#0F0F0F", shoes="#1C1C1C", hair="#1C1C1C")
    cape = '<path fill="#1C1C1C" d="M36 44h56l8 70c-10 4-22 2-36-2c-14 4-26 6-36 2z"/><path fill="#C9211F" d="M46 46h36l-4 60H50z"/><path fill="#1C1C1C" d="M36 44l10-4l6 10zM92 44l-10-4l-6 10z"/>'
    vest = '<path fill="#1C1C1C" d="M50 48h28v34H50z"/><path fill="#F4F4F4" d="M58 44h12l-6 10z"/><path fill="#C9211F" d="M62 46h4l-2 4z"/>'
    b = body.replace('"#F4F4F4" d="M46 48c0-4', '"#1C1C1C" d="M46 48c0-4')
    fangs = '<path fill="#F4F4F4" d="M61 34l1 3l1-3zM65 34l1 3l1-3z"/>'
    return svg(cape + b + vest + fangs)

def elf():
    body = adult("#00A34F", "#008C43", "#8C5543", "#6D4534", shoes="#6D4534", hair="#FFB02E")
    ears = f'<path fill="{SKIN}" d="M46 26l-8-10l10 6zM82 26l8-10l-10 6z"/>'
    tunic = '<path fill="#00A34F" d="M46 76h36l4 14H42z"/><rect x="46" y="72" width="36" height="4" fill="#6D4534"/>'
    bow = '<path fill="none" stroke="#A56953" stroke-width="3" d="M94 40c10 14 10 34 0 48"/><path fill="#F4F4F4" d="M94 40h1v48h-1z"/>'
    return svg(body + tunic + ears + bow)

def genie():
    blue, blue_d = "#5C7FD6", "#4766B8"
    smoke = f'<path fill="{blue}" d="M46 76h36c0 12-8 18-16 24c-6 4-6 10 2 12c6 2 10 6 4 10H60c-10-2-14-10-8-18c4-6 8-10 6-16c-2-4-10-6-12-12z"/><path fill="{blue_d}" d="M72 76h10c0 12-8 18-16 24c-2 2-3 4-2 6c-4-4 2-10 6-14c4-4 4-10 2-16z"/>'
    torso = (f'<path fill="{blue}" d="M48 48c0-4 4-6 8-6h16c4 0 8 2 8 6v30H48z"/><path fill="{blue_d}" d="M72 42c4 0 8 2 8 6v30h-8z"/>'
             f'<path fill="{blue}" d="M48 48c-6 1-8 5-8 10v20h6zM80 48c6 1 8 5 8 10v20h-6z"/>'
             f'<path fill="#8C42B4" d="M48 48c0-4 4-6 8-6h4l-2 20H48zM80 48c0-4-4-6-8-6h-4l2 20h10z"/><rect x="48" y="72" width="32" height="5" fill="{GOLD}"/>')
    global SKIN, SKIN_D
    s0, d0 = SKIN, SKIN_D
    SKIN, SKIN_D = blue, blue_d
    head = head_only("#1C1C1C")
    SKIN, SKIN_D = s0, d0
    topknot = '<path fill="#1C1C1C" d="M60 8c0-6 8-6 8 0c0 2-2 4-4 6c-2-2-4-4-4-6z"/>'
    return svg(smoke + torso + head.replace('M50 26c-3-12', 'M50 22c0-6') + topknot)

def zombie():
    global SKIN, SKIN_D
    s0, d0 = SKIN, SKIN_D
    SKIN, SKIN_D = "#9BC26B", "#7FA650"
    body = adult("#8C5543", "#6D4534", "#636363", "#4A4A4A", shoes="#3F3A47", hair="#3F3A47")
    SKIN, SKIN_D = s0, d0
    rips = '<path fill="#9BC26B" d="M50 60l4 4l-4 4zM74 70l4-3v6zM52 100l4 3l-4 3z"/><path fill="#6D4534" d="M46 80l4 4l4-4l4 4l4-4l4 4l4-4l4 4l4-4l4 4v-4H46z"/>'
    return svg(body + rips)

def troll():
    global SKIN, SKIN_D
    s0, d0 = SKIN, SKIN_D
    SKIN, SKIN_D = "#8FA86B", "#728A52"
    body = adult("#A56953", "#8C5543", "#8C5543", "#6D4534", shoes="#6D4534", hair="#6D4534")
    nose = '<ellipse cx="64" cy="30" rx="5" ry="4" fill="#728A52"/><path fill="#8FA86B" d="M44 20l-6-8l10 4zM84 20l6-8l-10 4z"/>'
    SKIN, SKIN_D = s0, d0
    club = '<path fill="#8C5543" d="M88 86l4-40c0-4 8-4 8 0l-6 40z"/>'
    return svg(body + nose + club)

def hairy_creature():
    fur, fur_d = "#8C5543", "#6D4534"
    d = (f'<path fill="{fur_d}" d="M46 112h14v10H42c-2 0-2-3 0-4zM68 112h14l4 6c2 1 2 4 0 4H68z"/>'
         f'<path fill="{fur}" d="M44 50c0-6 6-10 12-10h16c6 0 12 4 12 10l2 64H68l-4-20l-4 20H42z"/>'
         f'<path fill="{fur_d}" d="M74 40c6 0 10 4 10 10l2 64h-14z"/>'
         f'<path fill="{fur}" d="M44 50c-8 2-10 8-10 14v26h10zM84 50c8 2 10 8 10 14v26H84z"/>'
         f'<circle cx="64" cy="24" r="16" fill="{fur}"/><path fill="#C9A06C" d="M54 22c0-6 4-8 10-8s10 2 10 8v6c0 6-4 10-10 10s-10-4-10-10z"/>'
         + face(64, 24, 12, smile=True))
    return svg(d)

def couple_with_heart():
    man = adult("#00A6ED", "#0084CE", "#636363", "#4A4A4A", hair="#6D4534")
    woman = adult("#FF6DC6", "#E54BA8", "", "", hair="#D67D00", long_hair=True, dress=("#FF6DC6", "#E54BA8"))
    heart = '<path fill="#F8312F" d="M64 30c-4-8-16-8-16 2c0 8 10 12 16 18c6-6 16-10 16-18c0-10-12-10-16-2z"/>'
    return svg(f'<g transform="translate(-14 22) scale(0.7 0.82)">{man}</g>'
               f'<g transform="translate(50 22) scale(0.7 0.82)">{woman}</g>'
               f'<g transform="translate(32 -4) scale(0.5)">{heart}</g>')

more = {"judge": judge, "mechanic": mechanic, "factory worker": factory_worker, "office worker": office_worker,
        "technologist": technologist, "singer": singer, "pilot": pilot, "detective": detective, "guard": guard,
        "ninja": ninja, "person with crown": person_with_crown, "person wearing turban": person_wearing_turban,
        "person with skullcap": person_with_skullcap, "woman with headscarf": woman_with_headscarf,
        "person in tuxedo": person_in_tuxedo, "person with veil": person_with_veil, "pregnant woman": pregnant,
        "person feeding baby": feeding_baby, "baby angel": baby_angel, "mx claus": mx_claus,
        "superhero": superhero, "supervillain": supervillain, "wizard": wizard, "fairy": fairy,
        "mermaid": mermaid, "merman": lambda: mermaid(False), "merperson": lambda: mermaid(False),
        "vampire": vampire, "elf": elf, "genie": genie, "zombie": zombie, "troll": troll,
        "hairy creature": hairy_creature, "couple with heart": couple_with_heart,
        "pregnant man": pregnant_man, "breast-feeding": breast_feeding}

# ---- gendered variants: the emoji has "man X" and "woman X" beside the neutral "X"; they differ by hair ----
variant_of = {
    "health worker": doctor, "student": student, "teacher": teacher, "judge": judge, "farmer": farmer, "cook": chef,
    "mechanic": mechanic, "factory worker": factory_worker, "office worker": office_worker, "scientist": scientist,
    "technologist": technologist, "singer": singer, "artist": painter, "pilot": pilot, "astronaut": astronaut,
    "firefighter": firefighter, "police officer": police_officer, "detective": detective, "guard": guard,
    "construction worker": construction_worker, "superhero": superhero, "supervillain": supervillain,
    "mage": wizard, "fairy": fairy, "vampire": vampire, "elf": elf, "genie": genie, "zombie": zombie,
}
phrase = {"man": {"person wearing turban": "man wearing turban", "person in tuxedo": "man in tuxedo",
                  "person with veil": "man with veil", "person feeding baby": "man feeding baby"},
          "woman": {"person wearing turban": "woman wearing turban", "person in tuxedo": "woman in tuxedo",
                    "person with veil": "woman with veil", "person feeding baby": "woman feeding baby"}}
extra = {"person wearing turban": person_wearing_turban, "person in tuxedo": person_in_tuxedo,
         "person with veil": person_with_veil, "person feeding baby": feeding_baby}

def main():
    """Writes every people drawing (or only those named on the command line) into the current folder."""
    global VARIANT
    made = {}
    for table in (files, roles, more):
        for name, fn in table.items():
            VARIANT = None
            made[name] = fn()
    for v in ("man", "woman"):
        VARIANT = v
        for role, fn in variant_of.items():
            made[f"{v} {role}"] = fn()
        for role, fn in extra.items():
            made[phrase[v][role]] = fn()
    VARIANT = None
    made["pregnant person"] = pregnant()
    wanted = set(sys.argv[1:])
    for name, text in made.items():
        if not wanted or name in wanted:
            with open(f"{name}.svg", "w") as f:
                f.write(text)
    print(f"{len(made) if not wanted else len(wanted & made.keys())} drawings written")


if __name__ == "__main__":
    main()
