#!/usr/bin/python3
"""The libais peer of bench/run.sh: decodes every AIVDM/AIVDO line of a file with libais (Debian's python3-ais).

Each sentence's payload goes to ais.decode; multi-part messages are joined here, keyed by sequence id and channel,
which is lighter than ais.nmea_queue (that also parses tag blocks and other NMEA sentences into dictionaries), so
libais is timed at its fastest. Checksums are not verified: the corpus holds only valid lines. Prints the number
of decoded messages.
"""
import sys

import ais


def main(path):
    decoded = 0
    pending = {}
    with open(path, 'rb') as lines:
        for line in lines:
            start = line.find(b'!AIVD')
            if start < 0:
                continue
            fields = line[start:].split(b',', 7)
            if len(fields) < 7:
                continue
            try:
                total, number = int(fields[1]), int(fields[2])
                fill = int(fields[6][:1])
            except ValueError:
                continue
            payload = fields[5].decode('ascii')
            if total > 1:
                key = (fields[3], fields[4])
                parts = pending.setdefault(key, [])
                if number == 1:
                    parts.clear()
                parts.append(payload)
                if number < total:
                    continue
                payload = ''.join(parts)
                del pending[key]
            try:
                ais.decode(payload, fill)
                decoded += 1
            except ais.DecodeError:
                pass
    print(decoded)


if __name__ == '__main__':
    main(sys.argv[1])
