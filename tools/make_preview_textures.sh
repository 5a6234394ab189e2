#!/bin/sh
# Small first textures: what the globe shows until the full ones have loaded after the page is
# ready (src/scene/earth/fullTextures.ts), and the 2K full set for software renderers. A quarter of the width of each full texture, made
# with ImageMagick (Debian: apt-get install imagemagick) from the files in assets/textures/.
# Run again if a full texture changes.
set -eu
cd "$(dirname "$0")/../assets/textures"
/usr/bin/convert earth-blue-marble.jpg -resize 1024x512 -quality 85 -strip preview/earth-blue-marble.jpg
/usr/bin/convert earth-lights.jpg -resize 1024x512 -quality 85 -strip preview/earth-lights.jpg
/usr/bin/convert earth-water.png -resize 400x200 -strip preview/earth-water.png
/usr/bin/convert night-sky.png -resize 1024x512 -quality 85 -strip preview/night-sky.jpg
# Half-size full textures for software renderers (textures.ts HALF_URLS); the water mask stays.
mkdir -p half
/usr/bin/convert earth-blue-marble.jpg -resize 2048x1024 -quality 88 -strip half/earth-blue-marble.jpg
/usr/bin/convert earth-lights.jpg -resize 2048x1024 -quality 88 -strip half/earth-lights.jpg
/usr/bin/convert night-sky.png -resize 2048x1024 -quality 88 -strip half/night-sky.jpg
ls -l preview half
