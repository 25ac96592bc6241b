"""Request statistics in the window (Register menu): requests per month by type and the days
taken to answer, as charts, from the same figures the yearly accountability pack prints."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QSpinBox

from l4d_desktop.core.changes import Change
from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.reports.annual_figures import AnnualFigures
from l4d_desktop.core.reports.service import FIRST_YEAR
from l4d_desktop.ui import feedback
from l4d_desktop.ui.texts import REQUEST_TYPES, error_text, vocabulary
from l4d_desktop.ui.widgets import layouts
from l4d_desktop.ui.widgets.following_dialog import FollowingDialog

# Days to answer, grouped: the notice's 30 days and the law's month and two more months.
DAY_BUCKETS = ((0, 7), (8, 14), (15, 21), (22, 30), (31, 45), (46, 60), (61, None))


def bucket_label(low: int, high: int | None) -> str:
    return f"{low}–{high}" if high is not None else f"{low}+"


def days_by_bucket(figures: AnnualFigures) -> list[int]:
    counts = [0] * len(DAY_BUCKETS)
    for row in figures.requests:
        if row.days_to_answer is None:
            continue
        for i, (low, high) in enumerate(DAY_BUCKETS):
            if row.days_to_answer >= low and (high is None or row.days_to_answer <= high):
                counts[i] += 1
                break
    return counts


def per_month_by_type(figures: AnnualFigures) -> dict[str, list[int]]:
    months: dict[str, list[int]] = {}
    for row in figures.requests:
        months.setdefault(row.type, [0] * 12)[row.received.month - 1] += 1
    return dict(sorted(months.items()))


class StatisticsDialog(FollowingDialog):
    FOLLOWS = frozenset({Change.REQUESTS})
    TITLE = QT_TRANSLATE_NOOP("StatisticsDialog", "Request statistics")

    def build(self) -> None:
        self.setObjectName("statistics_dialog")
        self.figures: AnnualFigures | None = None
        self.year_label = QLabel(objectName="statistics_year_label")
        self.year_spin = QSpinBox(objectName="statistics_year_spin")
        this_year = self.services.clock().year
        self.year_spin.setRange(FIRST_YEAR, this_year)
        self.year_spin.setValue(this_year)
        self.year_label.setBuddy(self.year_spin)
        self.year_spin.valueChanged.connect(lambda _v: self.reload())
        self.summary_label = QLabel(objectName="statistics_summary_label")
        self.summary_label.setWordWrap(True)
        self.months_chart = QChart()
        self.months_view = QChartView(self.months_chart, objectName="statistics_months_chart")
        self.days_chart = QChart()
        self.days_view = QChartView(self.days_chart, objectName="statistics_days_chart")
        for view in (self.months_view, self.days_view):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(260)
        layouts.column(
            self,
            layouts.row(self.year_label, self.year_spin, layouts.STRETCH),
            self.summary_label,
            (self.months_view, 1),
            (self.days_view, 1),
            layouts.row(layouts.STRETCH, self.close_buttons),
        )
        self.resize(1000, 760)

    def retranslate(self) -> None:
        super().retranslate()
        self.year_label.setText(self.tr("&Year:"))
        self.months_view.setAccessibleName(self.tr("Requests per month by type"))
        self.days_view.setAccessibleName(self.tr("Days to answer"))
        self._draw()

    def reload(self) -> None:
        try:
            self.figures = self.services.reports.figures(self.actor, self.year_spin.value())
        except L4DError as exc:
            feedback.show_error(self, self.tr("Request statistics"), error_text(exc))
            self.figures = None
        self._draw()

    def _draw(self) -> None:
        if not hasattr(self, "figures"):
            return  # retranslate() before the first reload()
        f = self.figures
        self._draw_months(f)
        self._draw_days(f)
        if f is None:
            self.summary_label.setText("")
            return
        s = f.stats
        median = "–" if s.median_days is None else f"{s.median_days:g}"
        share = "–" if s.within_30_share is None else f"{round(s.within_30_share * 100)} %"
        self.summary_label.setText(
            self.tr("%n request(s) received;", "", s.total)
            + " "
            + self.tr("median {median} days to answer, {share} within 30 days.").format(
                median=median, share=share
            )
        )

    def _draw_months(self, f: AnnualFigures | None) -> None:
        chart = self._cleared(self.months_chart, self.tr("Requests per month by type"))
        series = QStackedBarSeries()
        most = 1
        if f is not None:
            months = per_month_by_type(f)
            for rtype, counts in months.items():
                bar = QBarSet(vocabulary(REQUEST_TYPES, rtype))
                bar.append([float(c) for c in counts])
                series.append(bar)
            totals = [sum(c[m] for c in months.values()) for m in range(12)]
            most = max([1, *totals])
        chart.addSeries(series)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self._axes(chart, series, [str(m) for m in range(1, 13)], most, self.tr("Month"))

    def _draw_days(self, f: AnnualFigures | None) -> None:
        chart = self._cleared(self.days_chart, self.tr("Days to answer"))
        series = QBarSeries()
        bar = QBarSet(self.tr("Requests answered"))
        counts = days_by_bucket(f) if f is not None else [0] * len(DAY_BUCKETS)
        bar.append([float(c) for c in counts])
        series.append(bar)
        chart.addSeries(series)
        labels = [bucket_label(low, high) for low, high in DAY_BUCKETS]
        self._axes(chart, series, labels, max([1, *counts]), self.tr("Days"))
        chart.legend().setVisible(False)

    @staticmethod
    def _cleared(chart: QChart, title: str) -> QChart:
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(title)
        return chart

    @staticmethod
    def _axes(
        chart: QChart, series: QBarSeries | QStackedBarSeries, labels: list[str], most: int,
        title: str,
    ) -> None:  # fmt: skip
        x = QBarCategoryAxis()
        x.append(labels)
        x.setTitleText(title)
        # Whole numbers on the axis: a step of 1, 2, 3… so that at most ten steps reach the top.
        step = -(-most // 10)
        top = -(-most // step) * step
        y = QValueAxis()
        y.setRange(0, top)
        y.setTickCount(top // step + 1)
        y.setLabelFormat("%d")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
