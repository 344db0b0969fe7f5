# case: weighted mean of a light curve with missing epochs (NaN) handled by isnan masks and ops.where weights instead of dropping epochs -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RobustLightCurveMean(nn.Cell):
    def __init__(self, floor_err=0.01):
        super().__init__()
        self.floor_err = floor_err

    def weights(self, err, missing):
        e = ops.maximum(err, self.floor_err)
        w = 1.0 / (e * e)
        return ops.where(missing, ops.zeros_like(w), w)

    def construct(self, mag, err):
        missing = ops.isnan(mag)
        w = self.weights(err, missing)
        mag_filled = ops.where(missing, ops.zeros_like(mag), mag)
        mean = (w * mag_filled).sum() / w.sum()
        chi2 = (w * (mag_filled - mean) ** 2).sum()
        return mean, chi2, missing.astype(ms.int32).sum()


def make():
    np.random.seed(33)
    mag = (16.0 + 0.2 * np.random.randn(30)).astype(np.float32)
    mag[[2, 7, 8, 19]] = np.nan
    err = np.random.uniform(0.02, 0.1, 30).astype(np.float32)
    return RobustLightCurveMean(), (Tensor(mag), Tensor(err))
