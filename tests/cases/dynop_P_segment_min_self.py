# case: UnsortedSegmentMin primitive on self with num_segments from ids.max()
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor
from mindspore.ops import operations as P

class SegMin(nn.Cell):
    def __init__(self):
        super().__init__()
        self.seg = P.UnsortedSegmentMin()

    def construct(self, x, ids):
        return self.seg(x, ids, ids.max() + 1)


def make():
    return SegMin(), (Tensor(np.linspace(-3, 3, 12, dtype=np.float32).reshape(3, 4)), Tensor(np.array([0, 2, 0], np.int32)))
