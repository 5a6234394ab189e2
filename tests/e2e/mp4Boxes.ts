/**
 * Just enough of the ISO base media file format (MP4) to check an exported video without a
 * library: the boxes on a path, the track's timescale and duration, its sample count and codec.
 */

/** The payload of the first box at a path of four-letter types, e.g. ['moov', 'trak', 'mdia']. */
export function findBox(
  buf: Buffer,
  path: readonly string[],
  start = 0,
  end = buf.length,
): Buffer | null {
  let pos = start;
  while (pos + 8 <= end) {
    let size = buf.readUInt32BE(pos);
    const type = buf.toString('latin1', pos + 4, pos + 8);
    let header = 8;
    if (size === 1) {
      size = Number(buf.readBigUInt64BE(pos + 8));
      header = 16;
    } else if (size === 0) size = end - pos;
    if (size < header) return null;
    if (type === path[0]) {
      if (path.length === 1) return buf.subarray(pos + header, pos + size);
      return findBox(buf, path.slice(1), pos + header, pos + size);
    }
    pos += size;
  }
  return null;
}

export interface VideoTrackFacts {
  timescale: number;
  duration: number;
  samples: number;
  /** The sample entry's format: 'avc1' for H.264. */
  codec: string;
}

/** The first track's media header, sample sizes and sample description. */
export function videoTrackFacts(buf: Buffer): VideoTrackFacts {
  const mdia = ['moov', 'trak', 'mdia'];
  const mdhd = findBox(buf, [...mdia, 'mdhd']);
  const stsz = findBox(buf, [...mdia, 'minf', 'stbl', 'stsz']);
  const stsd = findBox(buf, [...mdia, 'minf', 'stbl', 'stsd']);
  if (!mdhd || !stsz || !stsd) throw new Error('not an MP4 with a video track');
  const v1 = mdhd[0] === 1;
  const timescale = mdhd.readUInt32BE(v1 ? 20 : 12);
  const duration = v1 ? Number(mdhd.readBigUInt64BE(24)) : mdhd.readUInt32BE(16);
  // stsz: version+flags, sample_size, sample_count.
  const samples = stsz.readUInt32BE(8);
  // stsd: version+flags, entry_count, then the first entry: size, format.
  const codec = stsd.toString('latin1', 12, 16);
  return { timescale, duration, samples, codec };
}
