// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "catalog/catalogstore.h"
#include "catalog/orderhistory.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTabWidget;
class QTableView;
class QTreeWidget;

namespace PumpStudio {

class AppSettings;
class CartPanel;
class CatalogDetailPane;
class CatalogFilterModel;
class CatalogTableModel;

namespace Catalog {
class UsageSource;
}
namespace Models {
class ModelRegistry;
}

/// The Catalog page: find accessories for the pumps on the bench and send an order request.
class CatalogPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogPage)

public:
    /// `overlayDir` holds distributor overlays and the order history; empty: the app's data folder.
    explicit CatalogPage(AppSettings &settings, QWidget *parent = nullptr, const QString &overlayDir = {});
    ~CatalogPage() override;

    CatalogTableModel *model() const { return m_model; }
    CatalogFilterModel *proxy() const { return m_proxy; }
    CatalogDetailPane *detailPane() const { return m_detail; }
    CartPanel *cartPanel() const { return m_cart; }
    Catalog::UsageSource *usageSource() const { return m_usage; }
    /// Selects the row of `sku` (clearing filters that hide it) and shows its details.
    void selectSku(const QString &sku);
    /// Puts `quantity` of `sku` into the cart; an item out of stock (or with too few) is asked
    /// about first. False when nothing was added.
    bool addToCart(const QString &sku, int quantity);
    /// Shows the tab "details", "cart" or "history".
    void showTab(const QString &tab);
    int visibleRowCount() const;
    /// Names models, heads and tubing from the model files (see CatalogDetailPane).
    void setModelRegistry(const Models::ModelRegistry *models);
    /// Ticks or clears "Fits my pumps".
    void setFitsMyPumps(bool on);
    /// Reads the catalog and overlays again.
    void reload();
    /// Previews a price list, asks (a modal dialog) and imports it when the user says so.
    /// True when the list was replaced.
    bool importPriceListFrom(const QString &path);
    /// Puts back the list the last import replaced.
    void undoPriceImport();
    QString statusText() const;
    /// What the page says when no item passes the search and filters; empty while items show.
    QString noMatchesText() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateFilter();
    void updateNoMatches(const QString &text, bool filtered);
    void updateHints();
    void showCurrent();
    void importPriceList();
    void importCatalog();
    void resetOverlays();
    void editPumps();
    void refreshHistory();
    void updateCartTab(int units);

    AppSettings &m_settings;
    Catalog::CatalogStore m_store;
    Catalog::OrderHistory m_history;
    Catalog::UsageSource *m_usage = nullptr;
    CatalogTableModel *m_model = nullptr;
    CatalogFilterModel *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_application = nullptr;
    QCheckBox *m_fits = nullptr;
    QTableView *m_view = nullptr;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_splitter = nullptr;
    bool m_splitterPlaced = false;
    CatalogDetailPane *m_detail = nullptr;
    CartPanel *m_cart = nullptr;
    QTreeWidget *m_historyView = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_hintSummary = nullptr;
    QLabel *m_noMatches = nullptr;
    QAction *m_undoImport = nullptr;
    QString m_lastImport;  ///< what the last import or undo did, shown in the status line
    QString m_historyProblem;  ///< why the order history could not be read
};

} // namespace PumpStudio
