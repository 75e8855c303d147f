"""Places: the shipped Arabic gazetteer (:mod:`rasd.geo.gazetteer`) and the geocoder (:mod:`rasd.geo.geocoder`,
pipeline component ``rasd.geo.v1`` in :mod:`rasd.geo.component`)."""
