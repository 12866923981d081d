/**
 * Compliance rules over a licence, what the licensee does and an as-of date. Pure and thread-safe: no
 * I/O but the bundled holiday data, no clock, no mutable static state.
 *
 * <p>{@link dev.telelicense.rules.Rulebook#standard()} holds these rules; each finds its provision in
 * the licence by content (key phrases), never by number, and gives one finding per provision found:
 *
 * <table>
 *   <caption>Built-in rules</caption>
 *   <tr><th>id</th><th>provision (seed numbering)</th><th>judges</th></tr>
 *   <tr><td>license.in-force</td><td>—</td><td>发证日期 ≤ as-of ≤ 有效期至</td></tr>
 *   <tr><td>scope.services-granted</td><td>二</td><td>operated services are granted, not excluded</td></tr>
 *   <tr><td>websites.listed</td><td>二</td><td>operated hosts are (sub)domains of the appendix</td></tr>
 *   <tr><td>websites.show-license-number</td><td>二</td><td>homepages show the licence number</td></tr>
 *   <tr><td>illegal-info.reported-in-10-workdays</td><td>九</td><td>reported within 10 working days</td></tr>
 *   <tr><td>entity-change.applied-in-30-days</td><td>十一</td><td>applied within 30 days, implemented after approval</td></tr>
 *   <tr><td>info-change.reported-in-30-days</td><td>十二</td><td>reported within 30 days</td></tr>
 *   <tr><td>renewal.applied-90-days-ahead</td><td>十二</td><td>applied no later than 有效期至 − 90 days</td></tr>
 *   <tr><td>annual-report.filed-in-q1</td><td>十四</td><td>a report in Q1 of every year after issue</td></tr>
 *   <tr><td>security-assessment.reported-in-30-days</td><td>十五（八） and kin</td><td>reported within 30 days</td></tr>
 *   <tr><td>ads.show-name-and-number</td><td>十五（四） and kin</td><td>ads show company name and number</td></tr>
 *   <tr><td>data.retained-one-year</td><td>B21 十五（三）</td><td>data kept ≥ 365 days</td></tr>
 *   <tr><td>facilities.within-coverage</td><td>B21 十五（四）</td><td>servers in the B21 grant's printed coverage, else the licence's region</td></tr>
 *   <tr><td>attestation</td><td>every other provision and item</td><td>an attestation names it</td></tr>
 * </table>
 *
 * <p>To check one licence against many facts or dates, bind the rulebook to it once:
 * {@code Rulebook.standard().prepare(license)} gives a {@link dev.telelicense.rules.PreparedRulebook}
 * that has already found each rule's provisions, their citations and scopes, and only judges the
 * facts on each {@code evaluate}. It is immutable and may be shared across threads.
 *
 * <p>Periods after an event are counted by 民法典 第二百零一条、第二百零三条 with a
 * {@link dev.telelicense.rules.calendar.WorkdayCalendar}; see {@link dev.telelicense.rules.calendar.Deadlines}.
 */
@LicenseStyle
@NullMarked
package dev.telelicense.rules;

import dev.telelicense.model.LicenseStyle;
import org.jspecify.annotations.NullMarked;
