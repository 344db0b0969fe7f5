# case: P.UnsortedSegmentSum with num_segments = ids.max() + 1
import numpy as np
import mindspore as ms
from mindspore import nn
from mindspore.ops import operations as P


class Seg(nn.Cell):
    def __init__(self):
        super().__init__()
        self.seg = P.UnsortedSegmentSum()

    def construct(self, x, ids):
        n = ids.max() + 1
        return self.seg(x, ids, n)


def make():
    return Seg(), (ms.Tensor(np.ones(4, np.float32)), ms.Tensor(np.array([0, 0, 1, 2], np.int64)))
