    year, week, _ = day.isocalendar()
    return date.fromisocalendar(year, week, 1) - timedelta(days=1)
