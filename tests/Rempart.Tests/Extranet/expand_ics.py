# Reads an iCalendar file with an independent parser (python3-icalendar), expands every series with
# dateutil's rrule (RRULE, EXDATE, RECURRENCE-ID overrides) between two days, and prints the
# occurrences as JSON: [[uid, start in UTC ISO], ...], sorted. Series are expanded on local wall
# times, then placed in their time zone (pytz's localize), as RFC 5545 says a TZID time is read.
import json, sys
from datetime import datetime, date, time, timezone
import pytz
from dateutil.rrule import rrulestr
from icalendar import Calendar

path, first, last = sys.argv[1], date.fromisoformat(sys.argv[2]), date.fromisoformat(sys.argv[3])
calendar = Calendar.from_ical(open(path, "rb").read())
events = [c for c in calendar.walk() if c.name == "VEVENT"]

def zone_of(value):
    name = getattr(getattr(value, "tzinfo", None), "zone", None)
    return pytz.timezone(name) if name else None

def wall(value):
    return value.replace(tzinfo=None) if isinstance(value, datetime) else value

def utc(value, zone):
    if isinstance(value, datetime):
        return (zone.localize(value) if zone else value.replace(tzinfo=timezone.utc)).astimezone(timezone.utc)
    return datetime.combine(value, time(0), tzinfo=timezone.utc)

def day(value):
    return value.date() if isinstance(value, datetime) else value

overrides = {}
for e in events:
    if e.get("RECURRENCE-ID") is not None:
        overrides.setdefault(str(e["UID"]), {})[wall(e.decoded("RECURRENCE-ID"))] = e.decoded("DTSTART")

found = []
for e in events:
    if e.get("RECURRENCE-ID") is not None:
        continue
    uid, start = str(e["UID"]), e.decoded("DTSTART")
    zone = zone_of(start)
    local = wall(start)
    if e.get("RRULE") is None:
        starts = [local]
    else:
        rule_text = e["RRULE"].to_ical().decode()
        # dateutil needs UNTIL in the same kind as DTSTART: a UTC UNTIL becomes local wall time.
        if "UNTIL=" in rule_text and rule_text.split("UNTIL=")[1][:16].endswith("Z") and zone:
            raw = rule_text.split("UNTIL=")[1].split(";")[0]
            until = datetime.strptime(raw, "%Y%m%dT%H%M%SZ").replace(tzinfo=timezone.utc).astimezone(zone).replace(tzinfo=None)
            rule_text = rule_text.replace(raw, until.strftime("%Y%m%dT%H%M%S"))
        dtstart = local if isinstance(local, datetime) else datetime.combine(local, time(0))
        rule = rrulestr(rule_text, dtstart=dtstart)
        excluded = set()
        exdates = e.get("EXDATE")
        for group in (exdates if isinstance(exdates, list) else [exdates] if exdates is not None else []):
            for d in group.dts:
                excluded.add(wall(d.dt) if isinstance(d.dt, datetime) else datetime.combine(d.dt, time(0)))
        starts = []
        for s in rule:
            if s.date() > last:
                break
            if s not in excluded:
                starts.append(s if isinstance(local, datetime) else s.date())
    for s in starts:
        moved = overrides.get(uid, {}).get(s)
        value, value_zone = (wall(moved), zone_of(moved) or zone) if moved is not None else (s, zone)
        if first <= day(value) <= last:
            found.append([uid, utc(value, value_zone).strftime("%Y-%m-%dT%H:%M:%SZ")])
print(json.dumps(sorted(found)))
