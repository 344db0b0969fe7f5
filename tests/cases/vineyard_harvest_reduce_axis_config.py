# case: aggregate a (rows, vines, bands) vineyard reflectance block per row or per vine, the axis chosen by a string config option at construction -> constant axis, Graph mode static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

AXIS_BY_MODE = {"per_row": 1, "per_vine": 0}


class BlockAggregator(nn.Cell):
    def __init__(self, n_bands=10, mode="per_row"):
        super().__init__()
        self.band_w = ms.Parameter(Tensor(np.ones(n_bands, np.float32) / n_bands))
        self.axis = AXIS_BY_MODE[mode]

    def ripeness_signal(self, block):
        return (block * self.band_w).sum(axis=-1)

    def construct(self, block):
        signal = self.ripeness_signal(block)
        return signal.mean(axis=self.axis), signal.max(axis=self.axis)


def make():
    np.random.seed(152)
    block = Tensor(np.random.rand(4, 12, 10).astype(np.float32))
    return BlockAggregator(mode="per_vine"), (block,)
