# case: accepts either a single stacked array or a (before, after) tuple, distinguished with isinstance, and returns the change vector magnitude -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChangeVectorMagnitude(nn.Cell):
    def __init__(self, band_weights=(1.0, 1.0, 2.0, 2.0)):
        super().__init__()
        self.w = Tensor(np.array(band_weights, dtype=np.float32)).reshape(-1, 1, 1)

    def split(self, pair):
        if isinstance(pair, tuple):
            return pair[0], pair[1]
        return pair[0], pair[1]

    def construct(self, pair):
        before, after = self.split(pair)
        d = (after - before) * self.w
        return ops.sqrt((d * d).sum(axis=0))


def make():
    np.random.seed(43)
    before = Tensor(np.random.rand(4, 9, 9).astype(np.float32))
    after = Tensor(np.random.rand(4, 9, 9).astype(np.float32))
    return ChangeVectorMagnitude(), ((before, after),)
