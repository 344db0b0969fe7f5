# case: multiband mastering compressor runs each band through its own gain cell held in nn.CellList, looping over the bands -> loop over CellList, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class BandCompressor(nn.Cell):
    def __init__(self, threshold, ratio):
        super().__init__()
        self.threshold = threshold
        self.ratio = ratio
        self.makeup = Parameter(Tensor(1.0, ms.float32), name="makeup")

    def construct(self, band):
        env = ops.abs(band)
        over = ops.relu(env - self.threshold)
        gain = (env - over + over / self.ratio) / (env + 1e-6)
        return band * gain * self.makeup


class MultibandMaster(nn.Cell):
    def __init__(self, thresholds=(0.5, 0.4, 0.3, 0.25), ratios=(2.0, 3.0, 3.0, 4.0)):
        super().__init__()
        self.bands = nn.CellList([BandCompressor(t, r) for t, r in zip(thresholds, ratios)])

    def construct(self, split_bands):
        out = ops.zeros_like(split_bands[0])
        for i, comp in enumerate(self.bands):
            out = out + comp(split_bands[i])
        return out


def make():
    np.random.seed(121)
    x = (np.random.randn(4, 1024) * 0.4).astype(np.float32)
    return MultibandMaster(), (Tensor(x),)
