# case: per-asset traded volume over the distinct asset ids in a trade tape (unique) -> dynamic shape at line 15
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TapeAggregator(nn.Cell):
    """Aggregates a trade tape into volume and VWAP per traded asset."""

    def __init__(self, eps=1e-9):
        super().__init__()
        self.eps = eps

    def construct(self, asset_ids, prices, sizes):
        assets, inverse = ops.unique(asset_ids)
        n_assets = assets.shape[0]
        notional = prices * sizes
        volume = ops.unsorted_segment_sum(sizes, inverse, n_assets)
        turnover = ops.unsorted_segment_sum(notional, inverse, n_assets)
        vwap = turnover / (volume + self.eps)
        return assets, volume, vwap


def make():
    np.random.seed(3)
    ids = np.random.choice([3, 7, 11, 19], size=40).astype(np.int32)
    prices = (50 + np.random.rand(40) * 5).astype(np.float32)
    sizes = np.random.randint(1, 100, size=40).astype(np.float32)
    return TapeAggregator(), (Tensor(ids), Tensor(prices), Tensor(sizes))
