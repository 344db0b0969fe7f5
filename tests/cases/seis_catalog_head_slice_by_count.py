# case: sort events by magnitude and keep the first n rows where n is the number of events above the completeness magnitude -> slice length computed from tensor data, dynamic or error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CompletenessFilter(nn.Cell):
    def __init__(self, mc=2.0):
        super().__init__()
        self.mc = mc

    def n_complete(self, mags):
        return (mags >= self.mc).astype(ms.int32).sum()

    def construct(self, catalog):
        # catalog: (n_events, 4) columns = time, lat, lon, mag
        mags = catalog[:, 3]
        order = ops.sort(mags, descending=True)[1]
        ranked = ops.gather(catalog, order, 0)
        n = self.n_complete(mags)
        return ranked[:n]


def make():
    np.random.seed(22)
    n = 16
    cat = np.stack([
        np.sort(np.random.rand(n) * 100),
        np.random.uniform(34, 36, n),
        np.random.uniform(-118, -116, n),
        np.random.exponential(0.8, n) + 1.0,
    ], axis=1).astype(np.float32)
    return CompletenessFilter(), (Tensor(cat),)
