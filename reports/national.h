/*
 * national.h: the sections of the national report (national.pdf), in
 * report order; the state they share and the document's readers are in
 * national_doc.h.
 */
#ifndef MKBA_NATIONAL_H
#define MKBA_NATIONAL_H

#include "national_doc.h"
#include "page.h"

/* ---- the sections, in report order ---- */

/* The national total per intervention and why regions were skipped
 * (national_sections.c). */
void mkba_nat_section_totals(mkba_page *pg);

/* Per intervention the regions side by side: the small multiples and a
 * table per intervention (national_sections.c). */
void mkba_nat_section_by_iv(mkba_page *pg);

/* Per region the interventions ranked, and the regions not fully
 * computed (national_regions.c). */
void mkba_nat_section_by_region(mkba_page *pg);

/* The method box (national_regions.c). */
void mkba_nat_section_method(mkba_page *pg);

/* The data version of every region (national_regions.c). */
void mkba_nat_section_vintage(mkba_page *pg);

/* Versions, digests, seed and draws (national_regions.c). */
void mkba_nat_section_provenance(mkba_page *pg);

/* The small multiples: one panel per intervention, computed regions as
 * rows, net value per participant with its 90% interval; drawn into the
 * page flow, panel rows kept whole (chart_national.c). */
void mkba_nat_chart_panels(mkba_page *pg);

#endif /* MKBA_NATIONAL_H */
