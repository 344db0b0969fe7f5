# case: weighted mean magnitude over epochs that are not flagged missing, via boolean-mask indexing mag[valid] -> dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LightCurveMean(nn.Cell):
    def __init__(self, missing_value=99.0):
        super().__init__()
        self.missing_value = missing_value

    def construct(self, mag, err):
        valid = mag < self.missing_value
        good_mag = mag[valid]
        good_err = err[valid]
        w = 1.0 / (good_err * good_err)
        mean_mag = (w * good_mag).sum() / w.sum()
        return mean_mag


def make():
    np.random.seed(3)
    mag = (16.0 + 0.2 * np.random.randn(30)).astype(np.float32)
    mag[[2, 7, 8, 19]] = 99.0
    err = np.random.uniform(0.02, 0.1, 30).astype(np.float32)
    return LightCurveMean(), (Tensor(mag), Tensor(err))
