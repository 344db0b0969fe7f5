# case: surface-noise floor estimator converts the quiet-groove segment to NumPy to take a percentile inside construct -> .asnumpy() and np.percentile in construct, expect error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NoiseFloorEstimator(nn.Cell):
    def __init__(self, percentile=20.0, frame=64):
        super().__init__()
        self.percentile = percentile
        self.frame = frame

    def construct(self, quiet_groove):
        frames = quiet_groove.reshape(-1, self.frame)
        rms = ops.sqrt((frames * frames).mean(axis=1))
        floor = np.percentile(rms.asnumpy(), self.percentile)
        return 20.0 * ops.log10(rms / Tensor(floor, ms.float32))


def make():
    np.random.seed(71)
    x = (np.random.randn(2048) * 0.01).astype(np.float32)
    return NoiseFloorEstimator(), (Tensor(x),)
