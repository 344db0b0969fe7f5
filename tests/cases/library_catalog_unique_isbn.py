# case: collapse duplicate ISBN keys in an incoming catalogue batch with ops.unique before counting copies -> unique gives a data-dependent length, dynamic shape or failure
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CopyCounter(nn.Cell):
    """Counts how many physical copies each distinct ISBN has in a batch."""

    def __init__(self, max_isbn=500):
        super().__init__()
        self.max_isbn = max_isbn

    def construct(self, isbn_keys):
        distinct, inverse = ops.unique(isbn_keys)
        ones = ops.ones_like(isbn_keys).astype(ms.float32)
        counts = ops.unsorted_segment_sum(ones, inverse, distinct.shape[0])
        return distinct, counts


def make():
    np.random.seed(21)
    keys = Tensor(np.random.randint(0, 40, size=(64,)), ms.int32)
    return CopyCounter(), (keys,)
