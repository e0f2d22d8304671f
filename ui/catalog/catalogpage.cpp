// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "catalogpage.h"

#include "cartpanel.h"
#include "catalogdetailpane.h"
#include "catalogfiltermodel.h"
#include "catalogtablemodel.h"
#include "mypumpsdialog.h"
#include "pricelistimportdialog.h"

#include "catalog/cart.h"
#include "catalog/reorderhints.h"
#include "catalog/usagesource.h"
#include "catalog/vocabulary.h"
#include "core/appsettings.h"
#include "core/logging.h"
#include "core/paths.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QShowEvent>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

using namespace Catalog;

namespace {
QString dataDirOr(const QString &dir) { return dir.isEmpty() ? Paths::dataSubdir(u"catalog"_s) : dir; }
} // namespace

CatalogPage::CatalogPage(AppSettings &settings, QWidget *parent, const QString &overlayDir)
    : QWidget(parent),
      m_settings(settings),
      m_store(dataDirOr(overlayDir)),
      m_history(QDir(dataDirOr(overlayDir)).filePath(u"orders.json"_s))
{
    m_usage = new UsageSource(m_settings, this);
    m_model = new CatalogTableModel(this);
    m_model->setLanguage(languageFor(QLocale()));
    m_proxy = new CatalogFilterModel(this);
    m_proxy->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);

    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"catalogSearch"_s);
    m_search->setPlaceholderText(tr("Search name, SKU, material, size… (English or 中文)"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_search, 2);
    m_category = new QComboBox(this);
    m_category->setObjectName(u"catalogCategory"_s);
    m_category->addItem(tr("All categories"), QString());
    for (const QString &id : Vocabulary::categories())
        m_category->addItem(CatalogTableModel::categoryName(id), id);
    filters->addWidget(m_category);
    m_application = new QComboBox(this);
    m_application->setObjectName(u"catalogApplication"_s);
    m_application->addItem(tr("All applications"), QString());
    for (const QString &id : Vocabulary::applications())
        m_application->addItem(CatalogTableModel::applicationName(id), id);
    filters->addWidget(m_application);
    m_fits = new QCheckBox(tr("&Fits my pumps"), this);
    m_fits->setObjectName(u"catalogFits"_s);
    m_fits->setToolTip(tr("Only items made for the models, heads and tubing of the pumps listed under \"My pumps\""));
    filters->addWidget(m_fits);
    auto *pumps = new QPushButton(tr("&My pumps…"), this);
    filters->addWidget(pumps);
    // A push button with a menu: its size hint makes room for the menu arrow, which a tool
    // button's did not (the label was clipped, in Chinese most of all).
    auto *tools = new QPushButton(tr("D&istributor"), this);
    tools->setObjectName(u"catalogDistributor"_s);
    auto *menu = new QMenu(tools);
    menu->addAction(tr("Import price list (CSV)…"), this, &CatalogPage::importPriceList);
    m_undoImport = menu->addAction(tr("Undo last price list import"), this, &CatalogPage::undoPriceImport);
    m_undoImport->setObjectName(u"undoPriceImport"_s);
    menu->addAction(tr("Load catalog file…"), this, &CatalogPage::importCatalog);
    menu->addAction(tr("Back to the bundled catalog and prices"), this, &CatalogPage::resetOverlays);
    tools->setMenu(menu);
    filters->addWidget(tools);
    layout->addLayout(filters);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *listSide = new QWidget(splitter);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    // An empty table says nothing: name what found nothing, and offer the way back.
    m_noMatches = new QLabel(listSide);
    m_noMatches->setObjectName(u"catalogNoMatches"_s);
    m_noMatches->setWordWrap(true);
    m_noMatches->setTextFormat(Qt::RichText);
    m_noMatches->setStyleSheet(u"background:#fff0c2;color:#5c3c00;padding:6px;border-radius:4px;"_s);
    m_noMatches->hide();
    listLayout->addWidget(m_noMatches);
    m_view = new QTableView(listSide);
    listLayout->addWidget(m_view, 1);
    m_view->setObjectName(u"catalogView"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CatalogTableModel::Category, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(CatalogTableModel::Name, QHeaderView::Stretch);
    for (int column : {CatalogTableModel::Sku, CatalogTableModel::Category, CatalogTableModel::Price,
                       CatalogTableModel::Stock, CatalogTableModel::Reorder})
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_tabs = new QTabWidget(splitter);
    m_detail = new CatalogDetailPane(m_tabs);
    m_detail->setObjectName(u"catalogDetail"_s);
    m_cart = new CartPanel(m_settings, m_tabs);
    m_cart->setObjectName(u"catalogCart"_s);
    m_historyView = new QTreeWidget(m_tabs);
    m_historyView->setObjectName(u"catalogHistory"_s);
    m_historyView->setRootIsDecorated(false);
    m_historyView->setHeaderLabels({tr("Reference"), tr("Date"), tr("How"), tr("To"), tr("Items"), tr("Total")});
    m_tabs->addTab(m_detail, tr("Details"));
    m_tabs->addTab(m_cart, tr("Cart"));
    m_tabs->addTab(m_historyView, tr("Order history"));
    splitter->addWidget(listSide);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_splitter = splitter;
    layout->addWidget(splitter, 1);

    auto *bottom = new QHBoxLayout;
    m_hintSummary = new QLabel(this);
    m_hintSummary->setObjectName(u"catalogHints"_s);
    bottom->addWidget(m_hintSummary);
    m_status = new QLabel(this);
    m_status->setObjectName(u"catalogStatus"_s);
    m_status->setWordWrap(true);
    m_status->setOpenExternalLinks(true);
    bottom->addWidget(m_status, 1);
    layout->addLayout(bottom);

    connect(m_search, &QLineEdit::textChanged, this, &CatalogPage::updateFilter);
    connect(m_category, &QComboBox::currentIndexChanged, this, &CatalogPage::updateFilter);
    connect(m_application, &QComboBox::currentIndexChanged, this, &CatalogPage::updateFilter);
    connect(m_fits, &QCheckBox::toggled, this, &CatalogPage::updateFilter);
    connect(pumps, &QPushButton::clicked, this, &CatalogPage::editPumps);
    connect(m_noMatches, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == u"#filters"_s) {
            m_category->setCurrentIndex(0);
            m_application->setCurrentIndex(0);
            m_fits->setChecked(false);
        } else {
            m_search->clear();
        }
    });
    connect(m_usage, &UsageSource::usageChanged, this, [this] {
        updateHints();
        updateFilter();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CatalogPage::showCurrent);
    connect(m_detail, &CatalogDetailPane::addToCartRequested, this, &CatalogPage::addToCart);
    connect(m_cart, &CartPanel::cartChanged, this, &CatalogPage::updateCartTab);
    connect(m_cart, &CartPanel::orderRequestMade, this, [this](const SentOrder &order) {
        if (auto saved = m_history.append(order); !saved)
            Logging::get("catalog")->warn("order history not saved: {}", saved.error().message);
        refreshHistory();
    });

    if (auto loaded = m_history.load(); !loaded) {
        Logging::get("catalog")->warn("{}", loaded.error().message);
        m_historyProblem = loaded.error().message;  // shown, not only logged
    }
    reload();
    refreshHistory();
}

CatalogPage::~CatalogPage() = default;

void CatalogPage::reload()
{
    const QString selected = m_detail->currentSku();
    auto loaded = m_store.load();
    if (!loaded) {
        Logging::get("catalog")->error("{}", loaded.error().message);
        m_model->setCatalog({});
        m_status->setText(tr("The catalog could not be loaded: %1").arg(loaded.error().message.toHtmlEscaped()));
        m_cart->setCatalog(&m_model->catalog(), m_model->language());
        m_undoImport->setEnabled(m_store.canUndoPriceImport());
        return;
    }
    m_model->setCatalog(std::move(loaded->catalog));
    m_cart->setCatalog(&m_model->catalog(), m_model->language());
    const Catalog::Catalog &catalog = m_model->catalog();
    const Language language = m_model->language();
    QStringList status;
    status << u"<a href=\"%1\">%2</a>"_s.arg(catalog.manufacturer.website.toHtmlEscaped(),
                                            catalog.manufacturer.name.text(language).toHtmlEscaped());
    if (loaded->replacementCatalog)
        status << tr("distributor catalog %1").arg(catalog.version.toHtmlEscaped());
    if (loaded->pricedItems > 0)
        status << tr("distributor prices for %n item(s)", nullptr, loaded->pricedItems);
    if (!catalog.notice.isEmpty())
        status << u"<i>%1</i>"_s.arg(catalog.notice.text(language).toHtmlEscaped());
    for (const QString &warning : loaded->warnings) {
        status << u"<span style='color:#b71c1c'>%1</span>"_s.arg(warning.toHtmlEscaped());
        Logging::get("catalog")->warn("{}", warning);
    }
    if (!m_lastImport.isEmpty())
        status << m_lastImport.toHtmlEscaped();
    if (!m_historyProblem.isEmpty())
        status << u"<span style='color:#b71c1c'>%1</span>"_s.arg(m_historyProblem.toHtmlEscaped());
    m_status->setText(status.join(u" · "_s));
    m_undoImport->setEnabled(m_store.canUndoPriceImport());
    updateHints();
    updateFilter();
    if (!selected.isEmpty())
        selectSku(selected);
}

void CatalogPage::updateFilter()
{
    FilterCriteria criteria;
    criteria.text = m_search->text();
    criteria.category = m_category->currentData().toString();
    criteria.application = m_application->currentData().toString();
    criteria.fitsMyPumps = m_fits->isChecked();
    criteria.fit = m_usage->fit();
    const bool noPumps = criteria.fit.isEmpty();
    const bool filtered = !criteria.category.isEmpty() || !criteria.application.isEmpty() || criteria.fitsMyPumps;
    const QString text = criteria.text.trimmed();
    m_proxy->setCriteria(std::move(criteria));
    if (m_fits->isChecked() && noPumps)
        m_fits->setToolTip(tr("No pumps listed yet: use \"My pumps\" to add the pumps on your bench."));
    updateNoMatches(text, filtered);
}

void CatalogPage::updateNoMatches(const QString &text, bool filtered)
{
    if (m_proxy->rowCount() > 0 || m_model->rowCount() == 0) {
        m_noMatches->hide();
        return;
    }
    QString message;
    if (!text.isEmpty() && filtered)
        message = tr("No item matches \"%1\" with the filters set (category, application, fits my pumps). "
                     "<a href=\"#filters\">Show all categories</a> or <a href=\"#search\">clear the search</a>.")
                      .arg(text.toHtmlEscaped());
    else if (!text.isEmpty())
        message = tr("No item matches \"%1\". The search looks at names, categories, applications, SKUs and specifications "
                     "in English and Chinese; try fewer or shorter words. <a href=\"#search\">Clear the search</a>.")
                      .arg(text.toHtmlEscaped());
    else
        message = tr("No item passes the filters set (category, application, fits my pumps). "
                     "<a href=\"#filters\">Show all</a>.");
    m_noMatches->setText(message);
    m_noMatches->show();
}

QString CatalogPage::noMatchesText() const
{
    return m_noMatches->isVisibleTo(this) ? m_noMatches->text() : QString();
}

void CatalogPage::updateHints()
{
    m_model->setHints(reorderHints(m_usage->usage(), m_model->catalog()));
    std::size_t overdue = 0;
    QStringList skus;
    for (const ReorderHint &hint : m_model->hints()) {
        if (hint.severity == ReorderHint::Severity::Overdue)
            ++overdue;
        if (!skus.contains(hint.sku))
            skus << hint.sku;
    }
    if (skus.isEmpty()) {
        m_hintSummary->clear();
        m_hintSummary->setStyleSheet({});
    } else {
        m_hintSummary->setText(tr("Reorder: %n item(s) for worn tubing or heads", nullptr, static_cast<int>(skus.size())));
        m_hintSummary->setStyleSheet(overdue > 0 ? u"background:#fde0dc;color:#b71c1c;padding:2px 6px;border-radius:4px;"_s
                                                 : u"background:#fff0c2;color:#8a5a00;padding:2px 6px;border-radius:4px;"_s);
    }
    showCurrent();
}

void CatalogPage::showCurrent()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    if (!current.isValid()) {
        m_detail->showItem(nullptr, m_model->language(), std::nullopt);
        return;
    }
    const CatalogItem &item = m_model->item(current.row());
    m_detail->showItem(&item, m_model->language(), hintFor(m_model->hints(), item.sku));
}

void CatalogPage::selectSku(const QString &sku)
{
    const int row = m_model->rowOf(sku);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, CatalogTableModel::Name));
    if (!index.isValid()) {
        m_search->clear();
        m_category->setCurrentIndex(0);
        m_application->setCurrentIndex(0);
        m_fits->setChecked(false);
        index = m_proxy->mapFromSource(m_model->index(row, CatalogTableModel::Name));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

bool CatalogPage::addToCart(const QString &sku, int quantity)
{
    const CatalogItem *item = m_model->catalog().find(sku);
    if (!item)
        return false;
    // An item the distributor has none of (or too few) is said before it goes into the cart, not
    // found out when the order comes back.
    if (const auto warning = stockWarning(*item, m_model->language(), m_cart->cart().quantity(sku), quantity)) {
        QMessageBox box(QMessageBox::Warning, tr("Not in stock"), *warning, QMessageBox::NoButton, this);
        box.setObjectName(u"stockWarning"_s);
        box.setInformativeText(tr("Add it to the cart anyway?"));
        QPushButton *add = box.addButton(tr("&Add Anyway"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != add)
            return false;
    }
    m_cart->add(sku, quantity);
    return true;
}

void CatalogPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The stretch factors only share out what is left after the size hints, and the cart's
    // form and the order history hint at half the page: at 1280 px the items' names were cut to
    // "YZ15-type pump …" beside an empty detail pane. The list gets three fifths, once; after
    // that the operator's dragging stands.
    if (m_splitterPlaced || m_splitter->width() <= 0)
        return;
    m_splitterPlaced = true;
    const int width = m_splitter->width();
    m_splitter->setSizes({width * 3 / 5, width - width * 3 / 5});
}

void CatalogPage::showTab(const QString &tab)
{
    static const QStringList tabs{u"details"_s, u"cart"_s, u"history"_s};
    const auto index = tabs.indexOf(tab);
    if (index >= 0)
        m_tabs->setCurrentIndex(static_cast<int>(index));
}

int CatalogPage::visibleRowCount() const { return m_proxy->rowCount(); }

void CatalogPage::setFitsMyPumps(bool on) { m_fits->setChecked(on); }

void CatalogPage::setModelRegistry(const Models::ModelRegistry *models)
{
    m_detail->setModelRegistry(models);
    showCurrent();
}

QString CatalogPage::statusText() const { return m_status->text(); }

void CatalogPage::updateCartTab(int units)
{
    m_tabs->setTabText(1, units > 0 ? tr("Cart (%1)").arg(units) : tr("Cart"));
}

void CatalogPage::editPumps()
{
    MyPumpsDialog dialog(m_usage->usage(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_usage->setUsage(dialog.usage());
}

void CatalogPage::refreshHistory()
{
    m_historyView->clear();
    const QLocale locale;
    for (const SentOrder &order : m_history.entries()) {
        int units = 0;
        for (const CartLine &line : order.lines)
            units += line.quantity;
        QString how = order.how;
        if (how == u"mail"_s)
            how = tr("email");
        else if (how == u"pdf"_s)
            how = tr("PDF");
        else if (how == u"csv"_s)
            how = tr("CSV");
        auto *entry = new QTreeWidgetItem(m_historyView, {order.reference, locale.toString(order.sentAt, QLocale::ShortFormat),
                                                          how, order.recipient, locale.toString(units), order.totals});
        QStringList lines;
        for (const CartLine &line : order.lines)
            lines << u"%1 × %2"_s.arg(line.quantity).arg(line.sku);
        entry->setToolTip(0, lines.join(u'\n'));
    }
    for (int column = 0; column < m_historyView->columnCount(); ++column)
        m_historyView->resizeColumnToContents(column);
}

void CatalogPage::importPriceList()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import price list"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importPriceListFrom(path);
}

bool CatalogPage::importPriceListFrom(const QString &path)
{
    auto preview = m_store.previewPriceList(path);
    if (!preview) {
        QMessageBox::warning(this, tr("Import price list"), preview.error().message);
        return false;
    }
    // Nothing is written before the user has seen what would change and said yes.
    PriceListImportDialog dialog(*preview, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (auto applied = m_store.applyPriceList(*preview); !applied) {
        QMessageBox::warning(this, tr("Import price list"), applied.error().message);
        return false;
    }
    const PriceListDiff &diff = preview->diff;
    m_lastImport = tr("Price list %1 imported: %2 added, %3 changed, %4 removed, %5 rejected.")
                       .arg(QFileInfo(path).fileName())
                       .arg(diff.added)
                       .arg(diff.changed)
                       .arg(diff.removed)
                       .arg(diff.rejected);
    Logging::get("catalog")->info("{}", m_lastImport);
    reload();
    return true;
}

void CatalogPage::undoPriceImport()
{
    if (auto undone = m_store.undoPriceImport(); !undone) {
        QMessageBox::warning(this, tr("Undo price list import"), undone.error().message);
        return;
    }
    m_lastImport = tr("The last price list import was undone: the previous list is back.");
    Logging::get("catalog")->info("{}", m_lastImport);
    reload();
}

void CatalogPage::importCatalog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load catalog file"), QString(),
                                                      tr("Catalog files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    auto imported = m_store.importCatalog(path);
    if (!imported) {
        QMessageBox::warning(this, tr("Load catalog file"),
                             tr("The catalog file was not loaded; the current catalog is kept.\n\n%1")
                                 .arg(imported.error().message));
        return;
    }
    QString text = tr("Catalog with %n item(s) loaded", nullptr, static_cast<int>(imported->catalog.items.size()))
        + u", "_s + tr("%n picture(s) copied.", nullptr, imported->images);
    for (const QString &warning : std::as_const(imported->warnings))
        text += u"\n\n"_s + warning;
    QMessageBox::information(this, tr("Load catalog file"), text);
    reload();
}

void CatalogPage::resetOverlays()
{
    if (QMessageBox::question(this, tr("Bundled catalog"),
                              tr("Remove the distributor's catalog file and price list and go back to the bundled "
                                 "catalog?"))
        != QMessageBox::Yes)
        return;
    if (auto reset = m_store.resetOverlays(); !reset)
        QMessageBox::warning(this, tr("Bundled catalog"), reset.error().message);
    reload();
}

} // namespace PumpStudio
