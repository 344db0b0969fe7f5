# case: near miss: unsorted_segment_sum with int num_segments
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, x, ids):
        return ops.unsorted_segment_sum(x, ids, 2)


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(np.array([0, 1, 0, 1], np.int32)))
