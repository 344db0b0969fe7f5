# case: find event days with nonzero on the trade-signal mask and gather the entry prices at those days -> nonzero gives data-dependent row count, dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EntryPrices(nn.Cell):
    def __init__(self, z_entry=1.5):
        super().__init__()
        self.z_entry = z_entry

    def zscore(self, spread):
        return (spread - spread.mean()) / (ops.std(spread) + 1e-6)

    def construct(self, spread, prices):
        z = self.zscore(spread)
        idx = ops.nonzero(ops.abs(z) > self.z_entry).reshape(-1)
        entries = ops.gather(prices, idx, 0)
        return entries.mean(), idx.shape[0]


def make():
    np.random.seed(13)
    spread = Tensor(np.random.randn(50).astype(np.float32))
    prices = Tensor((100 + np.cumsum(np.random.randn(50))).astype(np.float32))
    return EntryPrices(), (spread, prices)
