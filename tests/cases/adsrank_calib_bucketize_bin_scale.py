# case: CTR calibration buckets raw scores with ops.bucketize over boundaries from the config and applies a learned per-bin scale/bias -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class BinCalibrator(nn.Cell):
    def __init__(self, boundaries=(0.1, 0.2, 0.4, 0.6, 0.8), clip=True):
        super().__init__()
        self.boundaries = list(boundaries)
        self.clip = clip
        n_bins = len(boundaries) + 1
        self.bin_scale = Parameter(Tensor(np.ones(n_bins, np.float32)), name="bin_scale")
        self.bin_bias = Parameter(Tensor(np.zeros(n_bins, np.float32)), name="bin_bias")

    def construct(self, raw_ctr):
        bins = ops.bucketize(raw_ctr, self.boundaries)
        scale = ops.gather(self.bin_scale, bins, 0)
        bias = ops.gather(self.bin_bias, bins, 0)
        calibrated = raw_ctr * scale + bias
        if self.clip:
            calibrated = ops.clamp(calibrated, 1e-6, 1.0 - 1e-6)
        return calibrated, bins


class CalibratedCtrModel(nn.Cell):
    def __init__(self, in_dim=4):
        super().__init__()
        self.ctr = nn.Dense(in_dim, 1)
        self.calib = BinCalibrator()

    def construct(self, x):
        raw = ops.sigmoid(self.ctr(x)).squeeze(-1)
        return self.calib(raw)


def make():
    np.random.seed(14)
    x = Tensor(np.random.randn(6, 4).astype(np.float32))
    return CalibratedCtrModel(), (x,)
