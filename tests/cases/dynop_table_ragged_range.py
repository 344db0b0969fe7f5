# case: ops.ragged_range with tensor limits
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.rr = P.RaggedRange(Tsplits=ms.int64)

    def construct(self, starts, limits, deltas):
        splits, values = self.rr(starts, limits, deltas)
        return values * 2


def make():
    return Net(), (Tensor(np.array([0, 1], np.int32)), Tensor(np.array([3, 4], np.int32)), Tensor(np.array([1, 1], np.int32)))
