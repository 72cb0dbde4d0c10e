#pragma once

#include "OfficeDashboard.h"

#include <QWidget>

class QLabel;
class QTableWidget;

// 汇总 ▸ 一览: a region's OfficeDashboard — how many agencies stand at each step; one sortable row per agency (its
// state, errors, warnings, and three figures with where each stands among its peers at the same level); the peers'
// quartiles; the figures that moved most against last year. A double-click or Enter on a row opens that agency's
// report.
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardView(QWidget *parent = nullptr);
    void setDashboard(const OfficeDashboard &dashboard);
    void clear(const QString &why);

    QTableWidget *agencies() const { return m_agencies; }
    QTableWidget *moves() const { return m_moves; }
    QLabel *states() const { return m_states; }

signals:
    void openRequested(const QString &agency);

private:
    QLabel *m_states;
    QTableWidget *m_agencies;
    QLabel *m_peers;
    QTableWidget *m_moves;
};
