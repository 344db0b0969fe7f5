# case: unsorted_segment_prod with a literal count
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class SegProd(nn.Cell):
    def construct(self, x, ids):
        return ops.unsorted_segment_prod(x, ids, 3)


def make():
    return SegProd(), (Tensor(np.linspace(-3, 3, 12, dtype=np.float32).reshape(3, 4)), Tensor(np.array([0, 2, 1], np.int32)))
