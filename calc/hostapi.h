/*
 * hostapi.h - the host service table (mkba_host in mkba_plugin.h), the same
 * for every plugin and every call.
 */
#ifndef MKBA_HOSTAPI_H
#define MKBA_HOSTAPI_H

#include "mkba_plugin.h"

/* The table (static: never freed). */
const mkba_host *mkba_host_services(void);

#endif
