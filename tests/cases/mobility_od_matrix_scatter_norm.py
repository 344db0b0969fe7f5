# case: OD matrix by tensor_scatter_add into a zones x zones grid sized from config, then row-normalised -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ODMatrix(nn.Cell):
    """Trip counts between zones; rows normalised to destination-choice probabilities."""

    def __init__(self, n_zones=5, smoothing=0.1, normalize=True):
        super().__init__()
        self.n_zones = n_zones
        self.smoothing = smoothing
        self.normalize = normalize

    def flows(self, origin, dest, count):
        od = ops.fill(ms.float32, (self.n_zones, self.n_zones), self.smoothing)
        idx = ops.stack([origin, dest], axis=-1)
        return ops.tensor_scatter_add(od, idx, count)

    def construct(self, origin, dest, count):
        od = self.flows(origin, dest, count)
        if self.normalize:
            od = od / od.sum(axis=1, keepdims=True)
        attractiveness = od.sum(axis=0) / self.n_zones
        return od, attractiveness


def make():
    np.random.seed(25)
    o = np.random.randint(0, 5, size=30).astype(np.int32)
    d = np.random.randint(0, 5, size=30).astype(np.int32)
    c = np.random.randint(1, 4, size=30).astype(np.float32)
    return ODMatrix(), (Tensor(o), Tensor(d), Tensor(c))
