# case: unsorted_segment_max with a tensor segment count
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class SegMax(nn.Cell):
    def construct(self, x, ids, n):
        return ops.unsorted_segment_max(x, ids, n)


def make():
    return SegMax(), (Tensor(np.linspace(-3, 3, 12, dtype=np.float32).reshape(3, 4)), Tensor(np.array([0, 1, 0], np.int32)), Tensor(np.array(2, np.int64)))
