"""Derive a city-lights-only texture from three-globe's earth-night.jpg (NASA night Earth).

The source image shows moonlit land in blue-grey as well as the lights, and a shader cannot
tell a bright desert from a city. Lights are point-like, so a high-pass filter (the pixel minus
its blurred neighbourhood) keeps them and drops the smooth land. Run once with Debian's
python3-pil: /usr/bin/python3 tools/derive_city_lights.py
"""
from PIL import Image, ImageChops, ImageFilter

SRC = "node_modules/three-globe/example/img/earth-night.jpg"
OUT = "assets/textures/earth-lights.jpg"

night = Image.open(SRC).convert("RGB")
r, _g, b = night.split()
# Moonlit land and ice are blue-grey, lamps are warm: rank pixels by red over blue first.
lum = ImageChops.subtract(r, b.point(lambda v: int(v * 0.55)))
background = lum.filter(ImageFilter.GaussianBlur(10))
# Lights stand above their surroundings; scale the excess to use the whole range.
excess = ImageChops.subtract(lum, background, scale=1.0, offset=-4)
lights = excess.point(lambda v: min(255, int(v * 7)))
lights = lights.filter(ImageFilter.GaussianBlur(0.6))
warm = Image.merge("RGB", (lights, lights.point(lambda v: int(v * 0.82)), lights.point(lambda v: int(v * 0.55))))
warm.save(OUT, quality=88, optimize=True)
print(OUT, warm.size)
