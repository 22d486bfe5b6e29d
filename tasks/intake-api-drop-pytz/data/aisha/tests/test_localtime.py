from datetime import date, datetime, timedelta, timezone

from intake_api.localtime import local_time, local_today, zone_for

EVENING = datetime(2026, 11, 19, 1, 40, tzinfo=timezone.utc)  # 7:40 pm Central on 2026-11-18


def test_evening_request_is_still_today_in_central_time() -> None:
    assert local_today(EVENING, "68508") == date(2026, 11, 18)
    assert local_today(datetime(2026, 11, 19, 6, 30, tzinfo=timezone.utc), "68508") == date(2026, 11, 19)


def test_mountain_time_zip_codes() -> None:
    assert local_today(datetime(2026, 11, 19, 6, 30, tzinfo=timezone.utc), "80202") == date(2026, 11, 18)
    assert zone_for("69101") is zone_for("80202")
    assert zone_for("68508") is not zone_for("80202")


def test_local_time_follows_daylight_saving() -> None:
    assert local_time(date(2026, 11, 1), 0, 30, "68508").utcoffset() == timedelta(hours=-5)
    assert local_time(date(2026, 11, 2), 18, 0, "68508").utcoffset() == timedelta(hours=-6)
    assert local_time(date(2026, 7, 1), 9, 0, "80202").utcoffset() == timedelta(hours=-6)
