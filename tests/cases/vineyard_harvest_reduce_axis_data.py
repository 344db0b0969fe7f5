# case: aggregate a (rows, vines, bands) vineyard reflectance block along an axis chosen by a tensor flag (per row or per vine) -> reduction axis taken from tensor data, Graph mode should reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BlockAggregator(nn.Cell):
    def __init__(self, n_bands=10):
        super().__init__()
        self.band_w = ms.Parameter(Tensor(np.ones(n_bands, np.float32) / n_bands))

    def ripeness_signal(self, block):
        return (block * self.band_w).sum(axis=-1)

    def construct(self, block, agg_axis):
        signal = self.ripeness_signal(block)
        axis = int(agg_axis)
        return signal.mean(axis=axis)


def make():
    np.random.seed(151)
    block = Tensor(np.random.rand(4, 12, 10).astype(np.float32))
    agg_axis = Tensor(np.array(1, np.int32))
    return BlockAggregator(), (block, agg_axis)
