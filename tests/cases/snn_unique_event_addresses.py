# case: deduplicates pixel addresses of an event burst with ops.unique before counting -> dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ActivePixelCounter(nn.Cell):
    def __init__(self, width=16):
        super().__init__()
        self.width = width

    def construct(self, xs, ys):
        addr = ys * self.width + xs
        uniq, inverse = ops.unique(addr)
        counts = ops.zeros(uniq.shape, ms.float32)
        counts = ops.tensor_scatter_add(counts, inverse.reshape(-1, 1), ops.ones(addr.shape, ms.float32))
        return uniq, counts


def make():
    np.random.seed(4)
    xs = Tensor(np.random.randint(0, 4, 30).astype(np.int32))
    ys = Tensor(np.random.randint(0, 4, 30).astype(np.int32))
    return ActivePixelCounter(), (xs, ys)
