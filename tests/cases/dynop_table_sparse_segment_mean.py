# case: ops.sparse_segment_mean: as many rows as the last segment id says
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


class Net(nn.Cell):
    def construct(self, x, indices, segment_ids):
        out = ops.sparse_segment_mean(x, indices, segment_ids)
        return out * 2


def make():
    x = Tensor(np.arange(12, dtype=np.float32).reshape(4, 3))
    return Net(), (x, Tensor(np.array([0, 1, 2], np.int32)), Tensor(np.array([0, 0, 1], np.int32)))
