/*
 * mkba_plugin.h - the one header an mkba intervention plugin includes.
 *
 * An mkba plugin is a shared object that models one intervention for a Dutch
 * social cost-benefit analysis (maatschappelijke kosten-batenanalyse, MKBA).
 * The host (the `mkba` program, or the mock host in tests) loads it with
 * dlopen(RTLD_NOW | RTLD_LOCAL), calls its single exported function
 * mkba_plugin_entry(), and reads the constant descriptor that returns.
 *
 * A plugin links against nothing of the host.  Everything it may ask of the
 * host reaches it through the mkba_host table of function pointers passed to
 * each call.  A plugin therefore builds out of the tree with
 *
 *     cc -shared -fPIC -fvisibility=hidden $(pkg-config --cflags mkba-plugin) \
 *        my_plugin.c -o my_plugin.so
 *
 * The smallest plugin (see plugins/template/ for a complete one):
 *
 *     #include <mkba_plugin.h>
 *
 *     enum { P_CLIENTS, P_N };
 *     static const mkba_param params[] = {
 *         [P_CLIENTS] = { .key = "clients", .label_nl = "Aantal deelnemers",
 *           .label_en = "Participants", .unit = "personen",
 *           .value = 50, .min = 0, .max = 100000,
 *           .source = "assumption: a typical programme size",
 *           .confidence = MKBA_ASSUMPTION,
 *           .dist = MKBA_UNIFORM_DIST(25, 100) },
 *     };
 *
 *     static int compute(const mkba_host *host, mkba_ctx *ctx,
 *                        const void *model, const double *p,
 *                        char *err, size_t errlen) { ... }
 *
 *     MKBA_PLUGIN(.name = "my_plugin", .version = "1.0.0",
 *                 .title_nl = "...", .title_en = "...",
 *                 MKBA_PARAMS_N(params, P_N), .compute = compute)
 *
 * ABI rules (how a plugin built today keeps loading in later hosts):
 *   - The descriptor and the host table both start with their own size and
 *     the ABI version they were built against.  The host refuses another
 *     major version or a newer minor version than it knows; it never reads a
 *     descriptor past the size the plugin reported, and treats missing
 *     trailing fields as zero.
 *   - New descriptor fields, new mkba_param fields and new host services are
 *     only ever appended; each comes with a minor version bump.  A plugin
 *     that wants a newer service checks MKBA_HOST_HAS() first.
 *   - MKBA_ABI_FINGERPRINT records the platform facts the layout depends on
 *     (pointer, double, int, size_t sizes and byte order), so a plugin built
 *     for another platform is refused with a clear message, not a crash.
 *
 * Threading: compute() must be pure and thread-safe.  It may read `model`
 * and `p`, call host services with its own `ctx`, and use memory from
 * host->scratch(); it must not keep global state, do I/O or call exit().
 * The Monte Carlo engine calls it concurrently from several threads, each
 * with its own ctx.
 *
 * Ownership: every pointer a plugin receives is borrowed for the duration of
 * the call unless a comment says otherwise.  Every string a plugin hands the
 * host (names, labels, sources) must live as long as the plugin is loaded:
 * string literals are the normal case.  The host copies category, outcome
 * and PM labels, so those may also come from the plugin's model.
 */
#ifndef MKBA_PLUGIN_H
#define MKBA_PLUGIN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------------
 * Versions
 * --------------------------------------------------------------------- */

/*
 * Changelog (every change appends; a plugin built for an older minor
 * version keeps loading):
 *   1.0  mkba 0.1: the first published plugin interface.
 *   1.1  mkba 0.2: time in the cohort helper (cohort_run_ex with a
 *        transition matrix per year and the counting rules beginning, end and
 *        life-table; cost, programme-cost and transfer lines limited to a
 *        range of years) and config_money_param (a configure-time parameter
 *        in euros of a stated price year, or taken from the value bank) and
 *        config_set_range (narrow a parameter's range once the model is read),
 *        config_param_part and compute_part (one-way analyses that compute
 *        only the part of a model a parameter changes).
 *        MKBA_PLUGIN also writes the plugin's identity (name, version,
 *        titles) into the ELF section ".mkba_plugin", so that listing
 *        plugins runs none of their code.
 *        Check MKBA_HOST_HAS(host, cohort_run_ex) before using them.
 *   1.2  mkba 0.3: mkba_param.target_group: a programme size that the
 *        region scales by its own count of the plugin's target group,
 *        compared like with like with the national count of the same group
 *        (MKBA_TARGET_* below).  MKBA_PARAM_POPULATION without a target
 *        group means MKBA_TARGET_HOMELESS_REGISTERED.  Plugins built for 1.0
 *        and 1.1 keep loading: the host reads mkba_param with their
 *        param_size and sees no target group.
 *   1.3  mkba 0.4: mkba_param.source_nl: the source in Dutch, for the
 *        Dutch report, CSV and workbook (each wholly in its language);
 *        `source` stays the English text.  Without it a Dutch report shows
 *        `source` as written.
 *   1.4  mkba 0.5: host->post, one posting with every field named
 *        (mkba_posting, through MKBA_POST), so that an arm cannot stand
 *        where an actor should; the arm, actor, kind and direction
 *        arguments of the older services are typed with their enums, so
 *        that compilers warn (-Wenum-conversion) when two are swapped, at no
 *        cost to the binary interface.  A .unit_cost parameter needs no
 *        value, source or confidence of its own (the value bank gives
 *        them).  MKBA_PARAM_RAISES_NPV and MKBA_PARAM_LOWERS_NPV state the
 *        direction an author expects, for `mkba check-plugin`.
 *        Check MKBA_HOST_HAS(host, post) before using post.
 *   1.5  mkba 0.5: blocks of Monte Carlo draws.  mkba_plugin.compute_block,
 *        optional: evaluate up to MKBA_BLOCK_MAX draws at once, each
 *        parameter an array over the draws, for Monte Carlo only (it keeps
 *        NPVs per actor, no ledger, outcomes or PM items); the host
 *        services block_horizon, block_scratch, block_cohort_run,
 *        block_cohort_line and block_post.  A plugin without it is
 *        evaluated draw by draw with compute(), as before.
 */
#define MKBA_ABI_MAJOR 1
#define MKBA_ABI_MINOR 5
#define MKBA_ABI_VERSION (((uint32_t)MKBA_ABI_MAJOR << 16) | MKBA_ABI_MINOR)
#define MKBA_ABI_VERSION_MAJOR(v) ((uint32_t)(v) >> 16)
#define MKBA_ABI_VERSION_MINOR(v) ((uint32_t)(v)&0xffffu)

/*
 * The platform facts the layout of every struct below depends on, packed
 * into one number.  Equal fingerprints mean a plugin's structs have the
 * same field offsets as the host's.
 */
#define MKBA_ABI_FINGERPRINT                                                                       \
  (((uint64_t)sizeof(void *) << 40) | ((uint64_t)sizeof(double) << 32) |                           \
   ((uint64_t)sizeof(int) << 24) | ((uint64_t)sizeof(size_t) << 16) |                              \
   ((uint64_t)sizeof(long) << 8) | (uint64_t)(MKBA_BYTE_ORDER_))
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define MKBA_BYTE_ORDER_ 2u
#else
#define MKBA_BYTE_ORDER_ 1u
#endif

/* ------------------------------------------------------------------------
 * Status codes and enumerations
 * --------------------------------------------------------------------- */

/* Returned by compute(), configure() and every host service. */
enum mkba_status {
  MKBA_OK = 0,    /* success */
  MKBA_ERROR = 1, /* failed; a message says why */
};

/*
 * Who pays and who gains.  The ids are the Dutch ones of Dutch MKBA practice;
 * the host prints the ids `gemeente`, `zorgverzekeraar`, ... in this order.
 */
enum mkba_actor {
  MKBA_GEMEENTE = 0,     /* municipality: Wmo, Participatiewet, opvang, schuldhulp */
  MKBA_ZORGVERZEKERAAR,  /* health insurer (Zvw): GGZ, hospital, emergency care */
  MKBA_RIJK,             /* central government: police, justice, UWV, Wlz */
  MKBA_WONINGCORPORATIE, /* housing association: arrears, evictions, vacancy */
  MKBA_DEELNEMER,        /* the participant: income, quality of life */
  MKBA_SAMENLEVING,      /* everyone else: neighbours, victims, employers */
  MKBA_N_ACTORS,
  MKBA_NO_ACTOR = -1 /* a PM item that belongs to nobody in particular */
};

/*
 * The two alternatives of every MKBA.  Flows are evaluated as the
 * intervention arm minus the baseline arm, so a plugin that computes the
 * difference itself posts it in MKBA_INTERVENTION only.
 */
enum mkba_arm {
  MKBA_BASELINE = 0,     /* nulalternatief: what happens without the measure */
  MKBA_INTERVENTION = 1, /* projectalternatief: with the measure */
  MKBA_N_ARMS
};

/* What a posted amount is. */
enum mkba_kind {
  MKBA_COST = 0,    /* resources spent on the intervention (positive = spent) */
  MKBA_BENEFIT = 1, /* value gained or cost avoided (negative = dis-benefit) */
  MKBA_TRANSFER = 2 /* money moving between actors; nets to zero in total */
};

/* Probability distributions a parameter may carry (docs/formats.md, distributions). */
enum mkba_dist_kind {
  MKBA_FIXED = 0,  /* no distribution: the parameter is certain */
  MKBA_NORMAL,     /* p1 = mean, p2 = sd */
  MKBA_LOGNORMAL,  /* p1 = mean, p2 = sd of the variable itself */
  MKBA_UNIFORM,    /* p1 = min, p2 = max */
  MKBA_TRIANGULAR, /* p1 = min, p2 = mode, p3 = max */
  MKBA_PERT,       /* p1 = min, p2 = mode, p3 = max */
  MKBA_BETA,       /* p1 = alpha, p2 = beta */
  MKBA_GAMMA       /* p1 = shape, p2 = scale */
};

/* How well a default is sourced. */
enum mkba_confidence {
  MKBA_CONFIDENCE_UNSET = 0, /* invalid: the loader refuses it */
  MKBA_VERIFIED,             /* [V] the number was seen in the cited source */
  MKBA_SECONDARY,            /* [3P] seen only in a secondary source */
  MKBA_ASSUMPTION            /* [U] an assumption, stated as such */
};

/*
 * The enums above travel as int through the host services; a compiler
 * that made them smaller (-fshort-enums) would break the interface.
 */
#if !defined(__cplusplus)
_Static_assert(sizeof(enum mkba_arm) == sizeof(int) && sizeof(enum mkba_actor) == sizeof(int) &&
                   sizeof(enum mkba_kind) == sizeof(int),
               "mkba plugins must be built without -fshort-enums");
#endif

/* The direction of a PM item (an effect not expressed in euros). */
enum mkba_direction {
  MKBA_PM_POSITIVE = 1, /* a benefit not in the numbers */
  MKBA_PM_NEGATIVE = 2, /* a cost not in the numbers */
  MKBA_PM_UNKNOWN = 3   /* sign not known */
};

/* Flags of a parameter. */
#define MKBA_PARAM_INTEGER 0x1u /* must be a whole number (a count) */
/*
 * The direction the author expects (ABI 1.4; older hosts ignore the bits):
 * raising the parameter raises society's NPV (an effect, a price of what
 * is avoided) or lowers it (a cost of the programme).  `mkba check-plugin`
 * checks the computed NPV moves that way.
 */
#define MKBA_PARAM_RAISES_NPV 0x4u
#define MKBA_PARAM_LOWERS_NPV 0x8u
#define MKBA_PARAM_POPULATION                                                                      \
  0x2u /* a national count; the region scales it                                                   \
          (prefer .target_group, ABI 1.2) */

/*
 * Target groups (ABI 1.2), the counts a region file carries (docs/formats.md,
 * regions).  A parameter with .target_group is a national programme size
 * (its default is for the whole country); in a region the host multiplies
 * it by  region count / national count  of that same group.  Where a region
 * has no sourced count of the group, the host falls back to the group
 * named after the arrow, and says so in the results:
 *   homeless_registered  people registered in shelter (maatschappelijke opvang)
 *   homeless_young       homeless young people          -> homeless_registered
 *   eu_citizens          homeless EU citizens           -> homeless_registered
 *   bw_clients           clients of beschermd wonen     -> inhabitants
 *   eviction_judgments   court judgments for eviction   -> inhabitants
 *   debt_signals         early signals of payment arrears -> inhabitants
 *   inhabitants          people living in the region
 */
#define MKBA_TARGET_HOMELESS_REGISTERED "homeless_registered"
#define MKBA_TARGET_HOMELESS_YOUNG "homeless_young"
#define MKBA_TARGET_EU_CITIZENS "eu_citizens"
#define MKBA_TARGET_BW_CLIENTS "bw_clients"
#define MKBA_TARGET_EVICTION_JUDGMENTS "eviction_judgments"
#define MKBA_TARGET_DEBT_SIGNALS "debt_signals"
#define MKBA_TARGET_INHABITANTS "inhabitants"

/* ------------------------------------------------------------------------
 * Parameters, declared as data
 * --------------------------------------------------------------------- */

/* A probability distribution; meaning of p1..p3 per enum mkba_dist_kind. */
typedef struct mkba_dist {
  int kind;  /* enum mkba_dist_kind */
  double p1; /* first parameter */
  double p2; /* second parameter */
  double p3; /* third parameter, where the kind has one */
} mkba_dist;

#define MKBA_NORMAL_DIST(mean, sd)                                                                 \
  { MKBA_NORMAL, (mean), (sd), 0 }
#define MKBA_LOGNORMAL_DIST(mean, sd)                                                              \
  { MKBA_LOGNORMAL, (mean), (sd), 0 }
#define MKBA_UNIFORM_DIST(lo, hi)                                                                  \
  { MKBA_UNIFORM, (lo), (hi), 0 }
#define MKBA_TRIANGULAR_DIST(lo, mode, hi)                                                         \
  { MKBA_TRIANGULAR, (lo), (mode), (hi) }
#define MKBA_PERT_DIST(lo, mode, hi)                                                               \
  { MKBA_PERT, (lo), (mode), (hi) }
#define MKBA_BETA_DIST(a, b)                                                                       \
  { MKBA_BETA, (a), (b), 0 }
#define MKBA_GAMMA_DIST(shape, scale)                                                              \
  { MKBA_GAMMA, (shape), (scale), 0 }

/*
 * One model parameter.  The host validates the table when it loads the
 * plugin, binds the scenario's values to it (checking names, types and
 * bounds, with positions in error messages) and passes compute() a flat
 * array of doubles in table order.
 */
typedef struct mkba_param {
  const char *key;       /* [a-z][a-z0-9_]*, unique in the plugin; the JSON key */
  const char *label_nl;  /* Dutch label for reports */
  const char *label_en;  /* English label for reports */
  const char *unit;      /* e.g. "EUR per persoon per jaar", "kans", "personen" */
  double value;          /* base-case default, in `price_year` euros if an amount */
  double min;            /* smallest allowed value (inclusive) */
  double max;            /* largest allowed value (inclusive) */
  mkba_dist dist;        /* default uncertainty; .kind = MKBA_FIXED for none */
  const char *source;    /* where `value` comes from: author, title, year, page or URL, or
                            "assumption: <why this value>"; NULL with .unit_cost */
  int confidence;        /* enum mkba_confidence; MKBA_CONFIDENCE_UNSET only with
                            .unit_cost (the value bank's is used) */
  int price_year;        /* price year of an amount in euros, re-indexed by the
                            host to the scenario's price year; 0 = not money */
  unsigned flags;        /* MKBA_PARAM_* */
  const char *unit_cost; /* optional id in data/unit_costs.json (`mkba costs` lists
                            them): the host then takes value, price_year, source,
                            confidence and range from that table (or the region's
                            override of it); since ABI 1.4 the plugin need not
                            copy them */
  /* ABI 1.2 */
  const char *target_group; /* optional MKBA_TARGET_*: `value` is the national
                               programme size and the region scales it by its
                               count of this group; NULL = not scaled */
  /* ABI 1.3 */
  const char *source_nl; /* optional: `source` in Dutch, written the same way
                            ("aanname: <why>" for an assumption); NULL =
                            Dutch output shows `source` */
} mkba_param;

/*
 * The value of a QALY, shared by every plugin that values quality of life:
 * the value bank's row "qaly_value" (at least EUR 50,000 in euros of 2013;
 * van Gils, Schoemaker, Polder, NTvG 2013;157:A6507), re-indexed to the
 * scenario's price level like every other amount.  Use it as an entry of a
 * parameter table: [P_QALY_VALUE] = MKBA_PARAM_QALY_VALUE,
 */
#define MKBA_PARAM_QALY_VALUE                                                                      \
  {                                                                                                \
    .key = "qaly_value", .label_nl = "Waarde van een QALY", .label_en = "Value of a QALY",         \
    .unit = "EUR per QALY", .value = 50000, .min = 0, .max = 1000000, .unit_cost = "qaly_value",   \
    .price_year = 2013,                                                                            \
    .source = "van Gils, Schoemaker, Polder, NTvG 2013;157:A6507: at least EUR 50,000",            \
    .source_nl = "van Gils, Schoemaker, Polder, NTvG 2013;157:A6507: ten minste 50.000 euro",      \
    .confidence = MKBA_VERIFIED                                                                    \
  }

/*
 * Parameter-table entries for the value bank's rows that many plugins use
 * (ABI 1.2), with the plugin's own `key`: one label, unit and price per
 * resource across the library.  The host takes the amount, price year,
 * source, confidence and range from data/unit_costs.json (or the region's
 * own price); the numbers here are the bank's, for reading the table.
 *     [P_HOME] = MKBA_PARAM_DWELLING_YEAR("dwelling_cost"),
 */
#define MKBA_PARAM_BANK_ROW_(key_, id_, nl_, en_, unit_, value_, year_, max_, conf_)               \
  {                                                                                                \
    .key = key_, .label_nl = nl_, .label_en = en_, .unit = unit_, .value = value_, .min = 0,       \
    .max = max_, .price_year = year_, .source = "value bank: " id_, .confidence = conf_,           \
    .source_nl = "waardebank: " id_, .unit_cost = id_                                              \
  }
/* A place-year in 24-hour adult shelter (maatschappelijke opvang). */
#define MKBA_PARAM_SHELTER_PLACE_YEAR(key)                                                         \
  MKBA_PARAM_BANK_ROW_(key, "shelter_place_year",                                                  \
                       "Plaats in de maatschappelijke opvang (24-uurs) per jaar",                  \
                       "Shelter place (24-hour) per year", "EUR per plaats per jaar", 20642, 2011, \
                       500000, MKBA_SECONDARY)
/* A year of a social-rent dwelling: the resource cost of a home. */
#define MKBA_PARAM_DWELLING_YEAR(key)                                                              \
  MKBA_PARAM_BANK_ROW_(key, "dwelling_year",                                                       \
                       "Sociale huurwoning per jaar (gebruik van de woning)",                      \
                       "Social-rent dwelling per year (use of the home)",                          \
                       "EUR per woning per jaar", 6984, 2023, 100000, MKBA_SECONDARY)
/* Huurtoeslag per recipient per year (a transfer rijk -> tenant). */
#define MKBA_PARAM_HUURTOESLAG_YEAR(key)                                                           \
  MKBA_PARAM_BANK_ROW_(key, "huurtoeslag_year", "Huurtoeslag per ontvanger per jaar",              \
                       "Housing allowance per recipient per year", "EUR per ontvanger per jaar",   \
                       2096, 2012, 100000, MKBA_SECONDARY)
/* The bijstand norm of a single person living on their own. */
#define MKBA_PARAM_BIJSTAND_YEAR(key)                                                              \
  MKBA_PARAM_BANK_ROW_(key, "bijstand_year", "Bijstandsuitkering alleenstaande per jaar",          \
                       "Social assistance, single person, per year", "EUR per persoon per jaar",   \
                       15405.96, 2024, 100000, MKBA_VERIFIED)
/* The bijstand norm during a stay in an institution (shelter, beschermd wonen). */
#define MKBA_PARAM_BIJSTAND_INSTITUTION_YEAR(key)                                                  \
  MKBA_PARAM_BANK_ROW_(key, "bijstand_institution_year",                                           \
                       "Bijstand bij verblijf in een inrichting, alleenstaande, per jaar",         \
                       "Social assistance while living in an institution, single person, per "     \
                       "year",                                                                     \
                       "EUR per persoon per jaar", 4878.12, 2024, 100000, MKBA_VERIFIED)
/* The landlord's full cost of an eviction (resources and written-off arrears). */
#define MKBA_PARAM_EVICTION_LANDLORD_COST(key)                                                     \
  MKBA_PARAM_BANK_ROW_(key, "eviction_landlord_cost", "Kosten verhuurder per huisuitzetting",      \
                       "Landlord cost per eviction", "EUR per huisuitzetting", 6500, 2024, 100000, \
                       MKBA_ASSUMPTION)
/* The share of that cost that is written-off rent arrears (a transfer). */
#define MKBA_PARAM_EVICTION_ARREARS_SHARE(key)                                                     \
  MKBA_PARAM_BANK_ROW_(key, "eviction_arrears_share",                                              \
                       "Deel van de verhuurderskosten dat afgeschreven huurschuld is",             \
                       "Share of the landlord's cost that is written-off arrears", "aandeel", 0.5, \
                       0, 1, MKBA_ASSUMPTION)
/* An hour of support at home (begeleiding). */
#define MKBA_PARAM_HOME_GUIDANCE_HOUR(key)                                                         \
  MKBA_PARAM_BANK_ROW_(key, "home_guidance_hour", "Begeleiding thuis per uur",                     \
                       "Home guidance per hour", "EUR per uur", 64, 2022, 10000, MKBA_VERIFIED)

/* ------------------------------------------------------------------------
 * Opaque host objects
 * --------------------------------------------------------------------- */

/* One evaluation of one intervention (both arms): where compute() posts. */
typedef struct mkba_ctx mkba_ctx;
/* The configure() session: scenario facts, JSON access, parameter registry. */
typedef struct mkba_config mkba_config;
/* A borrowed view of one JSON value inside the intervention's "params". */
typedef struct mkba_json mkba_json;

/* JSON value types, as returned by host->json_type(). */
enum mkba_json_type {
  MKBA_JSON_NONE = 0, /* no such value (a NULL handle) */
  MKBA_JSON_OBJECT,
  MKBA_JSON_ARRAY,
  MKBA_JSON_STRING,
  MKBA_JSON_NUMBER,
  MKBA_JSON_BOOL,
  MKBA_JSON_NULL
};

/*
 * A Markov cohort, for host->cohort_run(): a yearly state-transition model
 * run for both arms from one starting occupancy.
 */
typedef struct mkba_cohort {
  int n_states;                          /* number of states, >= 1 */
  const double *start;                   /* [n_states] persons in each state at t = 0 */
  const double *transition[MKBA_N_ARMS]; /* per arm [n_states * n_states], row-major:
                                           entry (s, r) is the yearly probability of
                                           moving from s to r; rows sum to 1 */
} mkba_cohort;

/*
 * Which occupancy a cohort's year index t counts (ABI 1.1), with o(t) the
 * persons in each state at the start of year t: o(0) = start, o(t+1) =
 * o(t) P(t).
 */
enum mkba_counting {
  MKBA_COUNT_BEGINNING = 0, /* o(t): the start of the year (the 1.0 behaviour) */
  MKBA_COUNT_END = 1,       /* o(t+1): the end of the year */
  MKBA_COUNT_LIFE_TABLE = 2 /* (o(t) + o(t+1)) / 2: the half-cycle correction */
};

/*
 * A cohort whose transitions may change from year to year (ABI 1.1), for
 * host->cohort_run_ex().
 */
typedef struct mkba_cohort_ex {
  int n_states;        /* number of states, >= 1 */
  const double *start; /* [n_states] persons in each state at t = 0 */
  int counting;        /* enum mkba_counting */
  /*
   * Per arm, one matrix per year of the horizon: transition[arm][t] moves
   * the cohort from year t to year t + 1 ([n_states * n_states], row-major,
   * rows summing to 1).  Entries may point to the same matrix, e.g. a
   * treatment effect for the first two years and the usual rates after.
   */
  const double *const *transition[MKBA_N_ARMS];
} mkba_cohort_ex;

/*
 * Monetised well-being: post quality of life valued in euros (QALYs times
 * the value of a QALY) in category "kwaliteit_van_leven", or in an id that
 * starts with "kwaliteit_van_leven_".  The results split every benefit into
 * budget effects (euros saved or changing hands) and monetised well-being by
 * that category id, so that a reader can see the result without QALYs.
 */

/*
 * One posting for host->post() (ABI 1.4): a cost, benefit or transfer with
 * every field named, so that swapping two of them cannot go unnoticed.
 * Build it with MKBA_POST, which fills in `size`:
 *
 *     MKBA_POST(host, ctx, .arm = MKBA_INTERVENTION, .kind = MKBA_COST,
 *               .actor = MKBA_GEMEENTE, .category = cat, .year = t, .amount = x)
 *
 * Name every field you mean: a field left out is 0, which for `arm` is
 * MKBA_BASELINE and for `actor` MKBA_GEMEENTE.
 */
typedef struct mkba_posting {
  uint32_t size;         /* sizeof(mkba_posting) where the plugin was built (MKBA_POST sets it) */
  enum mkba_arm arm;     /* which alternative */
  enum mkba_kind kind;   /* MKBA_COST, MKBA_BENEFIT or MKBA_TRANSFER */
  enum mkba_actor actor; /* who bears the cost or gains the benefit; the payer of a transfer */
  enum mkba_actor to;    /* the receiver of a transfer; ignored for a cost or benefit */
  int category;          /* a handle from host->category() */
  int year;              /* year index 0 .. horizon-1 */
  double amount;         /* euros, scenario price level, undiscounted */
} mkba_posting;

/* Post one mkba_posting given as designated initialisers (ABI 1.4). */
#define MKBA_POST(host, ctx, ...)                                                                  \
  ((host)->post((ctx), &(const mkba_posting){.size = (uint32_t)sizeof(mkba_posting), __VA_ARGS__}))

/*
 * Blocks of Monte Carlo draws (ABI 1.5): the opaque block a compute_block()
 * posts to, and what it posts.  Arrays "over the draws" hold one value per
 * draw of the block, draw l at index l (0 <= l < n).
 */
typedef struct mkba_block mkba_block;

/* The most draws in one block. */
#define MKBA_BLOCK_MAX 256

/* One cost, benefit or transfer per draw of a block, for host->block_post. */
typedef struct mkba_block_posting {
  uint32_t size;         /* sizeof(mkba_block_posting) (MKBA_BLOCK_POST sets it) */
  enum mkba_arm arm;     /* which alternative */
  enum mkba_kind kind;   /* MKBA_COST, MKBA_BENEFIT or MKBA_TRANSFER */
  enum mkba_actor actor; /* who bears or gains it; the payer of a transfer */
  enum mkba_actor to;    /* the receiver of a transfer; ignored otherwise */
  int year;              /* year index 0 .. horizon-1 */
  const double *amount;  /* [n] euros per draw, scenario price level, undiscounted */
} mkba_block_posting;

/*
 * For a compute_block's loops over the draws: on x86-64 with gcc, compile
 * the function twice, for AVX2 (chosen at run time where the processor has
 * it) and for the baseline; elsewhere, and under AddressSanitizer, which
 * does not mix with the ifuncs it takes, nothing.  Put it before the
 * function: MKBA_VECTOR_CLONES static int compute_block(...).
 */
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) &&                             \
    !defined(__SANITIZE_ADDRESS__)
#define MKBA_VECTOR_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define MKBA_VECTOR_CLONES
#endif

/* Post one mkba_block_posting given as designated initialisers. */
#define MKBA_BLOCK_POST(host, blk, ...)                                                            \
  ((host)->block_post((blk), &(const mkba_block_posting){                                          \
                                 .size = (uint32_t)sizeof(mkba_block_posting), __VA_ARGS__}))

/* What a cohort line books (host->block_cohort_line), as the 1.1 services do. */
enum mkba_line_rule {
  MKBA_LINE_STATE_COST = 1,     /* cohort_state_cost: a saving of (o_base - o_int) * amount */
  MKBA_LINE_PROGRAMME_COST = 2, /* cohort_programme_cost: a cost of o_int * amount */
  MKBA_LINE_TRANSFER = 3        /* cohort_transfer: (o_int - o_base) * amount, actor -> to */
};

/* One per-person-year line of a cohort run by block_cohort_run. */
typedef struct mkba_block_line {
  uint32_t size; /* sizeof(mkba_block_line) (MKBA_BLOCK_LINE sets it) */
  enum mkba_line_rule rule;
  const double *occ;     /* the occupancy block_cohort_run wrote */
  int n_states;          /* its number of states */
  int state;             /* the state the line counts */
  enum mkba_actor actor; /* who bears or gains it; the payer of a transfer */
  enum mkba_actor to;    /* the receiver of a transfer; ignored otherwise */
  const double *amount;  /* [n] euros per person-year per draw, or NULL: `scalar` for all */
  double scalar;         /* the amount when `amount` is NULL */
  int first, last;       /* year indices booked (last beyond the horizon: to its end) */
} mkba_block_line;

/* Book one mkba_block_line given as designated initialisers. */
#define MKBA_BLOCK_LINE(host, blk, ...)                                                            \
  ((host)->block_cohort_line(                                                                      \
      (blk), &(const mkba_block_line){.size = (uint32_t)sizeof(mkba_block_line), __VA_ARGS__}))

/* ------------------------------------------------------------------------
 * Host services (append-only; check MKBA_HOST_HAS for services after 1.0)
 * --------------------------------------------------------------------- */

typedef struct mkba_host {
  uint32_t size;        /* sizeof(mkba_host) in the host */
  uint32_t abi_version; /* MKBA_ABI_VERSION of the host */

  /* --- scenario facts (compute and configure) ------------------------ */

  /* Years in the horizon; year indices run 0 .. horizon-1. */
  int (*horizon)(const mkba_ctx *ctx);
  /* Calendar year of year index 0. */
  int (*start_year)(const mkba_ctx *ctx);

  /* --- posting results (compute only) -------------------------------- */

  /*
   * Intern a category of costs or benefits, e.g. "opvang", and return its
   * handle (>= 0), or -1 if `id` is not [a-z][a-z0-9_]*.  The labels are
   * copied; NULL labels default to the id.  Cheap: call it every compute.
   */
  int (*category)(mkba_ctx *ctx, const char *id, const char *label_nl, const char *label_en);
  /*
   * Post `amount` euros (scenario price level, undiscounted) of `kind`
   * MKBA_COST or MKBA_BENEFIT for `actor` in `category` in year index
   * `year` of `arm`.  Amounts add up.  Returns MKBA_ERROR for an index out
   * of range or a non-finite amount; the host reports it with the plugin,
   * category and year.
   */
  int (*flow)(mkba_ctx *ctx, enum mkba_arm arm, enum mkba_actor actor, int category,
              enum mkba_kind kind, int year, double amount);
  /* Post a transfer of `amount` euros from actor `from` to actor `to`. */
  int (*transfer)(mkba_ctx *ctx, enum mkba_arm arm, enum mkba_actor from, enum mkba_actor to,
                  int category, int year, double amount);
  /*
   * Intern a non-monetary outcome (QALYs, nights on the street, evictions)
   * and return its handle, or -1 for a bad id.  Labels and unit are copied.
   */
  int (*outcome_id)(mkba_ctx *ctx, const char *id, const char *label_nl, const char *label_en,
                    const char *unit);
  /* Add `value` to outcome `outcome` in `arm`, year index `year`. */
  int (*outcome)(mkba_ctx *ctx, int outcome, enum mkba_arm arm, int year, double value);
  /*
   * Record a PM item: an effect the model cannot put in euros, with its
   * direction (enum mkba_direction) and the actor it falls to (or
   * MKBA_NO_ACTOR).  Labels are copied.  Repeated identical items count once.
   */
  int (*pm_item)(mkba_ctx *ctx, const char *label_nl, const char *label_en,
                 enum mkba_direction direction, enum mkba_actor actor);
  /*
   * Scratch memory for this compute call, aligned for double and zeroed;
   * freed by the host when compute returns.  NULL if out of memory.
   */
  void *(*scratch)(mkba_ctx *ctx, size_t bytes);

  /* --- Markov cohort helper (compute) --------------------------------- */

  /*
   * Run `cohort` for both arms over the horizon: occ[(arm * horizon + t) *
   * n_states + s] receives the persons in state s at the start of year t
   * (o(0) = start, o(t+1) = o(t) P).  `occ` holds 2 * horizon * n_states
   * doubles (host->scratch is the usual source).  Returns MKBA_ERROR, with
   * a message, if a row of a transition matrix is not a probability vector.
   */
  int (*cohort_run)(mkba_ctx *ctx, const mkba_cohort *cohort, double *occ);
  /*
   * Resource use of `amount` euros per person-year in `state` (both arms),
   * borne by `actor`: books the benefit (o_base - o_int) * amount in each
   * year, a saving where the intervention lowers the use of that state.
   */
  int (*cohort_state_cost)(mkba_ctx *ctx, const double *occ, int n_states, int state,
                           enum mkba_actor actor, int category, double amount);
  /*
   * A cost of `amount` euros per person-year in `state` of the intervention
   * arm only (the programme's own cost): books o_int * amount each year.
   */
  int (*cohort_programme_cost)(mkba_ctx *ctx, const double *occ, int n_states, int state,
                               enum mkba_actor actor, int category, double amount);
  /*
   * Person-years per state per arm as outcomes "persoonsjaren_<state>"
   * (labels "Persoonsjaren <label>" and "Person-years <label>").
   */
  int (*cohort_person_years)(mkba_ctx *ctx, const double *occ, int n_states,
                             const char *const *state_ids);

  /* --- configure: JSON access and dynamic parameters ------------------ */

  /* Scenario facts during configure. */
  int (*config_horizon)(const mkba_config *cfg);
  /* The scenario's price year. */
  int (*config_price_year)(const mkba_config *cfg);
  /*
   * Factor that re-indexes euros of `from_year` to the scenario's price
   * year with the CBS price index; on failure returns 0 and records an
   * error at `at`.
   */
  double (*config_reindex)(mkba_config *cfg, const mkba_json *at, int from_year);
  /* The type of a JSON value (MKBA_JSON_NONE for NULL). */
  int (*json_type)(const mkba_json *v);
  /* Member `key` of an object, or NULL. */
  const mkba_json *(*json_get)(const mkba_json *obj, const char *key);
  /* Number of elements of an array or members of an object; 0 otherwise. */
  size_t (*json_size)(const mkba_json *v);
  /* Element i of an array, or NULL. */
  const mkba_json *(*json_at)(const mkba_json *arr, size_t i);
  /* Member i of an object in file order, its key through *key, or NULL. */
  const mkba_json *(*json_member)(const mkba_json *obj, size_t i, const char **key);
  /* The value of a number (0 if not a number). */
  double (*json_number)(const mkba_json *v);
  /* The text of a string (NULL if not a string); borrowed. */
  const char *(*json_string)(const mkba_json *v);
  /*
   * Check that `obj` is an object whose keys are all in the NULL-terminated
   * list `allowed`; otherwise record "unknown key" (or "must be an object")
   * at its position in the scenario file and return MKBA_ERROR.
   */
  int (*json_check_keys)(mkba_config *cfg, const mkba_json *obj, const char *const *allowed);
  /*
   * Record an error about value `at` (its file, line and column are added
   * by the host) and return MKBA_ERROR.  printf-style.
   */
  int (*config_error)(mkba_config *cfg, const mkba_json *at, const char *fmt, ...)
#if defined(__GNUC__)
      __attribute__((format(printf, 3, 4)))
#endif
      ;
  /*
   * Declare a parameter whose value is the JSON value `v`: a number or a
   * distribution object (docs/formats.md, distributions).  `id` is its stable name,
   * the JSON path inside params (e.g. "flows[1].scale"); the host copies it.
   * `v` may be NULL for "not given": `fallback` is then the fixed value.
   * The base value must lie in [min, max].  Returns the index of the
   * parameter in the array compute() receives, or -1 after recording an
   * error.  Parameters of the static table come first.
   */
  int (*config_param)(mkba_config *cfg, const mkba_json *v, const char *id, const char *label_nl,
                      const char *label_en, const char *unit, double fallback, double min,
                      double max);
  /*
   * Look up an actor id ("gemeente", ...) in string `v`; returns the
   * enum mkba_actor or -1 after recording an error at `v`.
   */
  int (*config_actor)(mkba_config *cfg, const mkba_json *v);
  /*
   * The base-case value bound to parameter `index` (as returned by
   * config_param, or of the static table): lets configure() check a
   * model's consistency, e.g. that a row of probabilities leaves room for
   * its "rest".  NaN for a bad index.
   */
  double (*config_value)(const mkba_config *cfg, int index);

  /* --- ABI 1.1 ------------------------------------------------------- */

  /*
   * Run `cohort` for both arms: occ[(arm * horizon + t) * n_states + s]
   * receives the persons in state s that year index t counts (see enum
   * mkba_counting), so the cohort_* booking services below and the 1.0 ones
   * apply the counting rule unchanged.  `occ` holds 2 * horizon * n_states
   * doubles.  Returns MKBA_ERROR, with a message naming the arm, year and
   * row, if a matrix is not a probability matrix.
   */
  int (*cohort_run_ex)(mkba_ctx *ctx, const mkba_cohort_ex *cohort, double *occ);
  /*
   * As cohort_state_cost, booked only in year indices first .. last
   * (inclusive; last beyond the horizon means to its end).
   */
  int (*cohort_state_cost_years)(mkba_ctx *ctx, const double *occ, int n_states, int state,
                                 enum mkba_actor actor, int category, double amount, int first,
                                 int last);
  /* As cohort_programme_cost, booked only in year indices first .. last. */
  int (*cohort_programme_cost_years)(mkba_ctx *ctx, const double *occ, int n_states, int state,
                                     enum mkba_actor actor, int category, double amount, int first,
                                     int last);
  /*
   * A transfer of `amount` euros per person-year in `state` (bijstand for
   * people on the street, say) from actor `from` to actor `to`: books the
   * transfer (o_int - o_base) * amount in year indices first .. last, so a
   * measure that lowers the number of people in the state lowers it.
   */
  int (*cohort_transfer)(mkba_ctx *ctx, const double *occ, int n_states, int state,
                         enum mkba_actor from, enum mkba_actor to, int category, double amount,
                         int first, int last);
  /*
   * As config_param, for an amount in euros of `price_year` (0: the
   * scenario's price level): the host re-indexes the base value, the
   * distribution and the bounds to the scenario's price level, so compute()
   * receives scenario euros and the report lists one price level.  With
   * `unit_cost` set and `v` NULL, the default is that row of the value bank
   * (data/unit_costs.json, or the region's override of it) with its own
   * price year, source and confidence; `fallback` is then unused.
   */
  int (*config_money_param)(mkba_config *cfg, const mkba_json *v, const char *id,
                            const char *label_nl, const char *label_en, const char *unit,
                            double fallback, double min, double max, int price_year,
                            const char *unit_cost);
  /*
   * Narrow the allowed range of parameter `index` (as config_param returned)
   * to [min, max] within its declared range, once the model knows more,
   * e.g. that a probability in a row with "rest" cannot exceed one minus
   * the other entries.  The range bounds Monte Carlo draws and the search
   * for switching values.  Returns MKBA_ERROR, after recording an error at
   * `at`, when the base value falls outside.
   */
  int (*config_set_range)(mkba_config *cfg, const mkba_json *at, int index, double min, double max);
  /*
   * Declare that parameter `index` changes only part `part` (>= 0) of what
   * compute() posts, e.g. one typed-in flow.  The host then evaluates a
   * one-way change of it (tornado, switching values) by computing that
   * part alone, which keeps a model of many independent pieces linear in
   * their number.  A plugin that declares parts must honour compute_part().
   */
  int (*config_param_part)(mkba_config *cfg, int index, int part);
  /*
   * In compute(): the part to post (as declared with config_param_part),
   * or -1 for everything.  Post only what belongs to that part.
   */
  int (*compute_part)(const mkba_ctx *ctx);

  /* --- ABI 1.4 ------------------------------------------------------- */

  /*
   * Post one cost, benefit or transfer (see mkba_posting and MKBA_POST):
   * the same bookings as flow() and transfer(), checked the same way, and
   * MKBA_ERROR with a message for a posting without its size or with a
   * receiver equal to the payer.
   */
  int (*post)(mkba_ctx *ctx, const mkba_posting *posting);

  /* --- ABI 1.5: blocks of Monte Carlo draws (compute_block only) ----- */

  /* Years in the horizon. */
  int (*block_horizon)(const mkba_block *blk);
  /* Scratch memory for this compute_block call, aligned for double (not
   * zeroed: write before you read); NULL if out of memory. */
  void *(*block_scratch)(mkba_block *blk, size_t bytes);
  /*
   * cohort_run_ex for every draw of the block at once, with arrays over the
   * draws: c->start[s * n + l] is draw l's start in state s, and each
   * matrix c->transition[arm][t] holds entry (s, r) of draw l at
   * [(s * n_states + r) * n + l].  occ[((arm * horizon + t) * n_states + s)
   * * n + l] receives the counted occupancy.  The rows are checked as
   * cohort_run_ex checks them; MKBA_ERROR with a message naming the draw.
   */
  int (*block_cohort_run)(mkba_block *blk, const mkba_cohort_ex *c, double *occ);
  /* Book one per-person-year line of that occupancy (mkba_block_line). */
  int (*block_cohort_line)(mkba_block *blk, const mkba_block_line *line);
  /* Post one amount per draw (mkba_block_posting). */
  int (*block_post)(mkba_block *blk, const mkba_block_posting *posting);
} mkba_host;

/* True when `host` offers service `member` (for services added after 1.0). */
#define MKBA_HOST_HAS(host, member)                                                                \
  ((host)->size >= offsetof(mkba_host, member) + sizeof((host)->member) && (host)->member != NULL)

/* ------------------------------------------------------------------------
 * The descriptor
 * --------------------------------------------------------------------- */

/*
 * configure(): optional.  For plugins whose parameters are structured JSON
 * (lists of flows, state machines) rather than a flat table.  Called once
 * per scenario after loading; reads `params` through the host's json_*
 * services, declares its uncertain numbers with config_param(), and builds
 * a model object returned through *model (owned by the plugin, released by
 * release()).  Returns MKBA_OK, or MKBA_ERROR after config_error().
 */
typedef int (*mkba_configure_fn)(const mkba_host *host, mkba_config *cfg, const mkba_json *params,
                                 void **model);
/* release(): frees what configure() stored in *model. */
typedef void (*mkba_release_fn)(void *model);
/*
 * compute(): evaluate both arms for parameter values `p` (the static table
 * first, then what configure declared, in declaration order), posting
 * flows, outcomes and PM items to `ctx`.  `model` is what configure()
 * built, or NULL.  On failure write a message (lower case, no full stop)
 * into err[0 .. errlen-1] and return MKBA_ERROR.
 */
typedef int (*mkba_compute_fn)(const mkba_host *host, mkba_ctx *ctx, const void *model,
                               const double *p, char *err, size_t errlen);
/*
 * compute_block(): optional (ABI 1.5), for Monte Carlo.  Evaluate `n` draws
 * (1 <= n <= MKBA_BLOCK_MAX) at once: p[j][l] is parameter j in draw l, in
 * the order compute() receives them.  Post through the host's block_*
 * services; outcomes and PM items are not asked for.  The NPVs must equal
 * compute()'s draw by draw, but for rounding (a test holds every shipped
 * plugin to 1e-9).  Pure and thread-safe, as compute().
 */
typedef int (*mkba_compute_block_fn)(const mkba_host *host, mkba_block *blk, const void *model,
                                     const double *const *p, int n, char *err, size_t errlen);

typedef struct mkba_plugin {
  uint32_t size;               /* sizeof(mkba_plugin) where the plugin was built */
  uint32_t abi_version;        /* MKBA_ABI_VERSION the plugin was built against */
  uint64_t abi_fingerprint;    /* MKBA_ABI_FINGERPRINT of the plugin's platform */
  uint32_t param_size;         /* sizeof(mkba_param) where the plugin was built */
  uint32_t n_params;           /* number of entries in params */
  const mkba_param *params;    /* the static parameter table, or NULL */
  const char *name;            /* [a-z][a-z0-9_]*, equal to the file's base name */
  const char *version;         /* the model's version, e.g. "1.2.0" */
  const char *title_nl;        /* Dutch title, e.g. "Wonen Eerst" */
  const char *title_en;        /* English title, e.g. "Housing First" */
  const char *summary_nl;      /* one or two sentences on the model, or NULL */
  const char *summary_en;      /* the same in English, or NULL */
  mkba_configure_fn configure; /* optional, see above */
  mkba_release_fn release;     /* required when configure is set */
  mkba_compute_fn compute;     /* required */
  /* ABI 1.5 */
  mkba_compute_block_fn compute_block; /* optional: Monte Carlo in blocks of draws */
} mkba_plugin;

/* The name of the one function a plugin exports. */
#define MKBA_ENTRY_SYMBOL "mkba_plugin_entry"

/*
 * The plugin's identity as plain bytes in the ELF section ".mkba_plugin"
 * (written by MKBA_PLUGIN since ABI 1.1), so that `mkba list` and the host's
 * suggestions for a misspelt name can read a plugin's name, version and
 * titles from the file without loading it: no plugin code runs until a
 * scenario or `mkba describe` names the plugin.  The members mirror
 * mkba_plugin, with the strings the host reads as arrays; the others are
 * there only so that MKBA_PLUGIN's initialisers fit both.
 */
#define MKBA_IDENT_SECTION ".mkba_plugin"
#define MKBA_IDENT_MAGIC "mkba-plugin-id1"
typedef struct mkba_plugin_ident {
  char magic[16];           /* MKBA_IDENT_MAGIC */
  uint32_t ident_size;      /* sizeof(mkba_plugin_ident) */
  uint32_t size;            /* as in mkba_plugin */
  uint32_t abi_version;     /* MKBA_ABI_VERSION */
  uint32_t param_size;      /* unused here */
  uint64_t abi_fingerprint; /* MKBA_ABI_FINGERPRINT */
  uint32_t n_params;        /* number of parameters */
  uint32_t reserved;
  const mkba_param *params;            /* unused here */
  char name[64];                       /* the plugin's name */
  char version[32];                    /* its version */
  char title_nl[160];                  /* Dutch title */
  char title_en[160];                  /* English title */
  const char *summary_nl;              /* unused here */
  const char *summary_en;              /* unused here */
  mkba_configure_fn configure;         /* unused here */
  mkba_release_fn release;             /* unused here */
  mkba_compute_fn compute;             /* unused here */
  mkba_compute_block_fn compute_block; /* unused here */
} mkba_plugin_ident;

#if defined(__GNUC__)
#define MKBA_IDENT_ATTR __attribute__((section(MKBA_IDENT_SECTION), used))
#else
#define MKBA_IDENT_ATTR
#endif

#if defined(__GNUC__)
#define MKBA_EXPORT __attribute__((visibility("default")))
#else
#define MKBA_EXPORT
#endif

/* Fill .params and .n_params from a static array. */
#define MKBA_PARAMS(array)                                                                         \
  .params = (array), .n_params = (uint32_t)(sizeof(array) / sizeof((array)[0]))

/*
 * As MKBA_PARAMS, and a compile-time check that the table has exactly
 * `count` entries: the value after the last of the enum that indexes it
 * (enum { P_A, P_B, P_N }; ... MKBA_PARAMS_N(params, P_N)).  A table that
 * leaves out the last parameters, which compute() would then read past the
 * end of p[], does not compile.
 */
#define MKBA_PARAMS_N(array, count)                                                                \
  .params = (array),                                                                               \
  .n_params = (uint32_t)(sizeof(array) / sizeof((array)[0]) +                                      \
                         0 * sizeof(struct {                                                       \
                           _Static_assert(sizeof(array) / sizeof((array)[0]) == (count),           \
                                          "the parameter table needs one entry per enum value");   \
                           int unused;                                                             \
                         }))

/*
 * Define the plugin's entry function.  Give the descriptor's fields as
 * designated initialisers; the size, ABI version and fingerprint are filled
 * in here, so they always match the header the plugin was compiled with.
 */
#define MKBA_PLUGIN(...)                                                                           \
  MKBA_IDENT_ATTR static const mkba_plugin_ident mkba_plugin_ident_ = {                            \
      .magic = MKBA_IDENT_MAGIC,                                                                   \
      .ident_size = sizeof(mkba_plugin_ident),                                                     \
      .abi_version = MKBA_ABI_VERSION,                                                             \
      .abi_fingerprint = MKBA_ABI_FINGERPRINT,                                                     \
      __VA_ARGS__};                                                                                \
  MKBA_EXPORT const mkba_plugin *mkba_plugin_entry(void);                                          \
  MKBA_EXPORT const mkba_plugin *mkba_plugin_entry(void) {                                         \
    static const mkba_plugin mkba_descriptor_ = {.size = sizeof(mkba_plugin),                      \
                                                 .abi_version = MKBA_ABI_VERSION,                  \
                                                 .abi_fingerprint = MKBA_ABI_FINGERPRINT,          \
                                                 .param_size = sizeof(mkba_param),                 \
                                                 __VA_ARGS__};                                     \
    return &mkba_descriptor_;                                                                      \
  }

/* ------------------------------------------------------------------------
 * Small helpers built on the host services (header-only: no ABI impact)
 * --------------------------------------------------------------------- */

/*
 * Post `amount` of `kind` per year for `years` years from year index
 * `from` in the intervention arm, the last year getting the fraction that
 * is left (years = 1.5: a full year, then half), cut at the horizon.  For
 * effects that last a stated, possibly fractional, time.
 */
static inline int mkba_post_spread(const mkba_host *host, mkba_ctx *ctx, enum mkba_actor actor,
                                   int category, enum mkba_kind kind, int from, double years,
                                   double amount) {
  int horizon = host->horizon(ctx);
  for (int k = 0; years - k > 0 && from + k < horizon; k++) {
    double part = years - k < 1 ? years - k : 1;
    if (host->flow(ctx, MKBA_INTERVENTION, actor, category, kind, from + k, part * amount))
      return MKBA_ERROR;
  }
  return MKBA_OK;
}

/*
 * The booking convention (docs/method.md): a resource the intervention
 * uses more of than the nulalternatief is a cost, one it uses less of is a
 * saving (a benefit).  Post the change in use of one resource in year
 * `year`: `extra` euros (intervention minus baseline) as a cost when
 * positive and as a benefit of -extra when negative.
 */
static inline int mkba_post_resource(const mkba_host *host, mkba_ctx *ctx, enum mkba_actor actor,
                                     int category, int year, double extra) {
  if (extra > 0)
    return host->flow(ctx, MKBA_INTERVENTION, actor, category, MKBA_COST, year, extra);
  return host->flow(ctx, MKBA_INTERVENTION, actor, category, MKBA_BENEFIT, year, -extra);
}

/*
 * The same for a cohort: `amount` euros per person-year in `state`, over
 * the occupancy `occ` of cohort_run or cohort_run_ex (counted by whatever
 * rule the run used), booked year by year as a cost where the intervention arm has
 * more person-years in the state and as a saving where it has fewer.
 * (host->cohort_state_cost books the saving only, negative where use rises:
 * the cohort contract of the generic markov model.)
 */
static inline int mkba_cohort_resource(const mkba_host *host, mkba_ctx *ctx, const double *occ,
                                       int n_states, int state, enum mkba_actor actor, int category,
                                       double amount) {
  int horizon = host->horizon(ctx);
  for (int t = 0; t < horizon; t++) {
    double base = occ[(size_t)t * n_states + state];
    double with = occ[((size_t)horizon + t) * n_states + state];
    if (mkba_post_resource(host, ctx, actor, category, t, (with - base) * amount))
      return MKBA_ERROR;
  }
  return MKBA_OK;
}

/*
 * A change in a transfer (intervention minus baseline) of `amount` euros
 * from actor `from` to actor `to` in year `year`, posted so that the
 * amount is never negative: fewer written-off arrears (woningcorporatie to
 * tenant) are posted as a transfer the other way.  Society's total is the
 * same either way; the actor tables then show no negative costs.
 */
static inline int mkba_post_transfer(const mkba_host *host, mkba_ctx *ctx, enum mkba_actor from,
                                     enum mkba_actor to, int category, int year, double amount) {
  if (amount < 0)
    return host->transfer(ctx, MKBA_INTERVENTION, to, from, category, year, -amount);
  return host->transfer(ctx, MKBA_INTERVENTION, from, to, category, year, amount);
}

/* The type of mkba_plugin_entry, for hosts. */
typedef const mkba_plugin *(*mkba_entry_fn)(void);

#ifdef __cplusplus
}
#endif

#endif /* MKBA_PLUGIN_H */
