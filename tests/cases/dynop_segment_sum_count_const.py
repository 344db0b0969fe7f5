# case: unsorted_segment_sum with a constant segment count (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from mindspore.ops import operations as P


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.num = 3

    def construct(self, x, ids):
        return ops.unsorted_segment_sum(x, ids, self.num)


def make():
    return Net(), (Tensor(np.arange(12, dtype=np.float32).reshape(4, 3)), Tensor(np.array([0, 1, 1, 2], np.int32)))
