// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "cartpanel.h"

#include "orderpdfwriter.h"

#include "catalog/catalogstore.h"
#include "core/appsettings.h"
#include "core/logging.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

using namespace Catalog;

namespace {
const QString kCartKey = u"catalog/cart"_s;
enum CartColumn { SkuColumn, NameColumn, QuantityColumn, UnitColumn, AmountColumn, RemoveColumn, CartColumnCount };
} // namespace

CartPanel::CartPanel(AppSettings &settings, QWidget *parent) : QWidget(parent), m_settings(settings)
{
    m_cart = Cart::fromJson(m_settings.value(kCartKey).toByteArray());
    auto *layout = new QVBoxLayout(this);

    m_table = new QTableWidget(0, CartColumnCount, this);
    m_table->setObjectName(u"cartTable"_s);
    m_table->setHorizontalHeaderLabels({tr("SKU"), tr("Name"), tr("Qty"), tr("Unit price"), tr("Amount"), QString()});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SkuColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(UnitColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AmountColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RemoveColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    m_totals = new QLabel(this);
    m_totals->setObjectName(u"cartTotals"_s);
    m_totals->setWordWrap(true);
    QFont bold = m_totals->font();
    bold.setBold(true);
    m_totals->setFont(bold);
    layout->addWidget(m_totals);

    auto *customerBox = new QGroupBox(tr("Your details (kept for next time)"), this);
    auto *form = new QFormLayout(customerBox);
    m_organisation = new QLineEdit(customerBox);
    m_contact = new QLineEdit(customerBox);
    m_address = new QPlainTextEdit(customerBox);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 3 + 12);
    m_email = new QLineEdit(customerBox);
    m_notes = new QPlainTextEdit(customerBox);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    m_recipient = new QLineEdit(customerBox);
    m_recipient->setPlaceholderText(tr("your distributor's or the manufacturer's address"));
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("Cont&act:"), m_contact);
    form->addRow(tr("A&ddress:"), m_address);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(tr("Send &to:"), m_recipient);
    layout->addWidget(customerBox);

    const CustomerDetails details = CustomerDetails::load(m_settings);
    m_organisation->setText(details.organisation);
    m_contact->setText(details.contact);
    m_address->setPlainText(details.address);
    m_email->setText(details.email);
    m_notes->setPlainText(details.notes);
    m_recipient->setText(details.recipient);
    for (QLineEdit *edit : {m_organisation, m_contact, m_email, m_recipient})
        connect(edit, &QLineEdit::editingFinished, this, &CartPanel::saveCustomer);
    for (QPlainTextEdit *edit : {m_address, m_notes})
        connect(edit, &QPlainTextEdit::textChanged, this, &CartPanel::saveCustomer);

    auto *buttons = new QHBoxLayout;
    m_send = new QPushButton(tr("&Send by email…"), this);
    m_send->setToolTip(tr("Opens your mail program with the order request filled in"));
    m_pdf = new QPushButton(tr("Export &PDF…"), this);
    m_csv = new QPushButton(tr("Export &CSV…"), this);
    m_clear = new QPushButton(tr("C&lear cart"), this);
    buttons->addWidget(m_send);
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_csv);
    buttons->addStretch();
    buttons->addWidget(m_clear);
    layout->addLayout(buttons);

    connect(m_send, &QPushButton::clicked, this, &CartPanel::send);
    connect(m_pdf, &QPushButton::clicked, this, &CartPanel::choosePdf);
    connect(m_csv, &QPushButton::clicked, this, &CartPanel::chooseCsv);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_cart.clear();
        save();
        rebuild();
    });
    rebuild();
}

void CartPanel::setCatalog(const Catalog::Catalog *catalog, Language language)
{
    m_catalog = catalog;
    m_language = language;
    rebuild();
}

void CartPanel::add(const QString &sku, int quantity)
{
    m_cart.add(sku, quantity);
    save();
    rebuild();
}

CustomerDetails CartPanel::customer() const
{
    return {m_organisation->text().trimmed(), m_contact->text().trimmed(), m_address->toPlainText().trimmed(),
            m_email->text().trimmed(),        m_notes->toPlainText().trimmed(), m_recipient->text().trimmed()};
}

OrderRequest CartPanel::orderRequest() const
{
    static const Catalog::Catalog empty;
    return buildOrderRequest(m_cart, m_catalog ? *m_catalog : empty, customer(), QDateTime::currentDateTime());
}

void CartPanel::rebuild()
{
    m_table->setRowCount(0);
    const QLocale locale;
    int row = 0;
    for (const CartLine &line : m_cart.lines()) {
        const CatalogItem *item = m_catalog ? m_catalog->find(line.sku) : nullptr;
        m_table->insertRow(row);
        m_table->setItem(row, SkuColumn, new QTableWidgetItem(line.sku));
        m_table->setItem(row, NameColumn,
                         new QTableWidgetItem(item ? item->name.text(m_language) : tr("(no longer in the catalog)")));
        auto *quantity = new QSpinBox(m_table);
        quantity->setRange(1, Cart::kMaxQuantity);
        quantity->setValue(line.quantity);
        const QString sku = line.sku;
        connect(quantity, &QSpinBox::valueChanged, this, [this, sku](int value) {
            m_cart.setQuantity(sku, value);
            save();
            updateTotals();
        });
        m_table->setCellWidget(row, QuantityColumn, quantity);
        const auto price = item ? item->effectivePrice() : std::nullopt;
        auto *unit = new QTableWidgetItem(price ? formatMoney(*price, locale) : tr("on request"));
        unit->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, UnitColumn, unit);
        auto *amount = new QTableWidgetItem;
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, AmountColumn, amount);
        auto *remove = new QToolButton(m_table);
        remove->setText(tr("Remove"));
        remove->setToolTip(tr("Remove %1 from the cart").arg(sku));
        connect(remove, &QToolButton::clicked, this, [this, sku] {
            m_cart.remove(sku);
            save();
            rebuild();
        });
        m_table->setCellWidget(row, RemoveColumn, remove);
        ++row;
    }
    updateTotals();
}

void CartPanel::updateTotals()
{
    const QLocale locale;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString sku = m_table->item(row, SkuColumn)->text();
        const CatalogItem *item = m_catalog ? m_catalog->find(sku) : nullptr;
        const auto price = item ? item->effectivePrice() : std::nullopt;
        const auto amount = price ? multiply(*price, m_cart.quantity(sku)) : std::nullopt;
        m_table->item(row, AmountColumn)
            ->setText(amount ? formatMoney(*amount, locale) : price ? tr("too large to compute") : QString());
    }
    if (m_cart.isEmpty()) {
        m_totals->setText(tr("The cart is empty. Select an item and press \"Add to cart\"."));
    } else {
        static const Catalog::Catalog empty;
        m_totals->setText(tr("Total: %1").arg(totalsText(cartTotals(m_cart, m_catalog ? *m_catalog : empty), locale)));
    }
    for (QPushButton *button : {m_send, m_pdf, m_csv, m_clear})
        button->setEnabled(!m_cart.isEmpty());
    Q_EMIT cartChanged(m_cart.totalUnits());
}

void CartPanel::save() { m_settings.setValue(kCartKey, m_cart.toJson()); }

void CartPanel::saveCustomer() { customer().save(m_settings); }

bool CartPanel::customerComplete()
{
    const CustomerDetails details = customer();
    if (!details.organisation.isEmpty() && !details.contact.isEmpty() && !details.email.isEmpty())
        return true;
    QMessageBox::information(this, tr("Order request"),
                             tr("Please enter your organisation, a contact name and an email address so the "
                                "supplier can reply."));
    return false;
}

Result<void> CartPanel::exportPdf(const QString &path)
{
    const OrderRequest order = orderRequest();
    if (auto computable = checkTotals(order); !computable)
        return computable;
    auto written = OrderPdfWriter::write(order, m_language, QLocale(), path);
    if (written)
        record(order, u"pdf"_s);
    return written;
}

Result<void> CartPanel::exportCsv(const QString &path)
{
    const OrderRequest order = orderRequest();
    if (auto computable = checkTotals(order); !computable)
        return computable;
    auto written = writeFileAtomically(path, orderCsv(order, m_language, QLocale()));
    if (written)
        record(order, u"csv"_s);
    return written;
}

void CartPanel::choosePdf()
{
    if (!customerComplete())
        return;
    const QString reference = orderRequest().reference;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export order request as PDF"),
                                                      QDir(dir).filePath(reference + u".pdf"_s), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto written = exportPdf(path); !written)
        QMessageBox::warning(this, tr("Export PDF"), written.error().message);
}

void CartPanel::chooseCsv()
{
    const QString reference = orderRequest().reference;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export order request as CSV"),
                                                      QDir(dir).filePath(reference + u".csv"_s), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto written = exportCsv(path); !written)
        QMessageBox::warning(this, tr("Export CSV"), written.error().message);
}

void CartPanel::send()
{
    if (!customerComplete())
        return;
    const OrderRequest order = orderRequest();
    if (auto computable = checkTotals(order); !computable) {
        QMessageBox::warning(this, tr("Send order request"), computable.error().message);
        return;
    }
    const QUrl url = orderMailto(order, m_language, QLocale());
    if (!QDesktopServices::openUrl(url)) {
        QMessageBox::warning(this, tr("Send order request"),
                             tr("No mail program could be opened. Export the request as PDF or CSV and send it "
                                "yourself."));
        return;
    }
    Logging::get("catalog")->info("order request {} handed to the mail program", order.reference);
    record(order, u"mail"_s);
}

void CartPanel::record(const OrderRequest &order, const QString &how)
{
    SentOrder sent;
    sent.reference = order.reference;
    sent.sentAt = order.created;
    sent.recipient = order.customer.recipient;
    sent.how = how;
    sent.totals = totalsText(order.totals, QLocale());
    sent.lines = m_cart.lines();
    Q_EMIT orderRequestMade(sent);
}

} // namespace PumpStudio
