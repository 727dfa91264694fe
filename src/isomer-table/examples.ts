// Named examples of <isomer-table>: markup of the form the converter writes, from real Isomer pages
// (test/fixtures/corpus). The SSR matrix, the conformance suite and the stories render them.
const cell = (tag: 'td' | 'th', text: string, attributes = '') =>
  `<${tag} rowspan="1" colspan="1"${attributes}><p>${text}</p></${tag}>`;
const row = (...cells: string[]) => `<tr>${cells.join('')}</tr>`;

export const examples = {
  /** A header row written in the body, as Tiptap does (healthtechsprint, Scenario 1). */
  simple: `<isomer-table><table><tbody>
${row(cell('th', 'Segment', ' scope="col"'), cell('th', 'Key Results', ' scope="col"'))}
${row(cell('td', '<strong>Target Blood Pressure:</strong>'), cell('td', '&lt;140/90 mmHg'))}
${row(cell('td', '<strong>Target HbA1c:</strong>'), cell('td', 'No target HbA1c recommendation, as patient does not have diabetes mellitus.'))}
</tbody></table></isomer-table>`,
  /** A caption names the table, and the region when it scrolls. */
  caption: `<isomer-table><table><caption>Trials by trade lane</caption><tbody>
${row(cell('th', 'Trade Lane (Port Of Load - Port Of Departure)', ' scope="col"'), cell('th', 'Document Types', ' scope="col"'))}
${row(cell('td', 'South Africa - China'), cell('td', 'Invoice, Packing List, other digital docs'))}
${row(cell('td', 'Japan - Philippines'), cell('td', 'Bill of Lading'))}
</tbody></table></isomer-table>`,
  /** Header cells that head body rows (IMDA PIXEL, Contact Us), with a cell over two columns. */
  rowHeaders: `<isomer-table><table style="minWidth: 50px"><colgroup><col><col></colgroup><tbody>
<tr><td rowspan="1" colspan="2"><p><strong>Contact Us</strong></p></td></tr>
${row(cell('th', 'General Enquiries', ' scope="row"'), cell('td', '<a href="mailto:pixel@imda.gov.sg">pixel@imda.gov.sg</a>'))}
${row(cell('th', 'LinkedIn', ' scope="row"'), cell('td', '<a href="https://www.linkedin.com/showcase/imda-pixel/">Follow</a>'))}
</tbody></table></isomer-table>`,
  /** A cell over two rows and one over two columns. */
  spans: `<isomer-table><table><thead>
<tr><th scope="col">Service</th><th scope="col">First bus</th><th scope="col">Last bus</th></tr>
</thead><tbody>
<tr><th rowspan="2" scope="row">851</th><td>5.30 am</td><td>12.10 am</td></tr>
<tr><td colspan="2">Every 8 to 12 minutes</td></tr>
</tbody></table></isomer-table>`,
  /** Tiptap's inline min-width on the table and its columns (TradeTrust, Trials): kept, scrolled when wide. */
  minWidth: `<isomer-table><table style="min-width: 75px"><colgroup><col style="min-width: 25px"><col style="min-width: 25px"><col style="min-width: 25px"></colgroup><tbody>
${row(cell('td', '<strong>Trade Lane</strong>'), cell('td', '<strong>Documents</strong>'), cell('td', '<strong>Partners</strong>'))}
${row(cell('td', 'Singapore - The Netherlands'), cell('td', 'Bill of Lading'), cell('td', 'Carrier, bank, importer'))}
</tbody></table></isomer-table>`,
  /** Columns an author widened in Tiptap, which writes their widths and the table's: wider than any article, so it scrolls. */
  resized: `<isomer-table><table style="width: 1200px"><colgroup><col style="width: 300px"><col style="width: 900px"></colgroup><tbody>
${row(cell('th', 'Trade Lane (Port Of Load - Port Of Departure)', ' scope="col"'), cell('th', 'Document Types', ' scope="col"'))}
${row(cell('td', 'Singapore - The Netherlands'), cell('td', 'Bill of Lading'))}
</tbody></table></isomer-table>`,
  /** A metadata table with a long identifier (NEA WIS, SUOMI NPP): wider than a phone, so it scrolls. */
  wide: `<isomer-table><table style="minWidth: 50px"><colgroup><col><col></colgroup><tbody>
${row(cell('td', 'ID'), cell('td', 'urn:x-wmo:md:sgp:asmc:npp_viirs_truecolour_375m_jpg_late'))}
${row(cell('td', 'Time Resolution'), cell('td', 'P1D'))}
${row(cell('td', 'Organization'), cell('td', 'Meteorological Service Singapore'))}
</tbody></table></isomer-table>`,
};
