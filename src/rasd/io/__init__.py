"""Reading input: decoding, formats, directories and stdin (see :mod:`rasd.io.readers`)."""

from rasd.io.decode import decode_bytes
from rasd.io.readers import InputFailure, iter_inputs, read_records, record_to_document

__all__ = ["InputFailure", "decode_bytes", "iter_inputs", "read_records", "record_to_document"]
