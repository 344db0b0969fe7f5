# case: surface-noise floor estimator takes the 20th-percentile frame RMS by sorting and indexing at a position fixed by the frame count -> sort plus constant index, expect static
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
        ordered, _ = ops.sort(rms)
        pos = int(rms.shape[0] * self.percentile / 100.0)
        floor = ordered[pos]
        return 20.0 * ops.log10(rms / floor)


def make():
    np.random.seed(72)
    x = (np.random.randn(2048) * 0.01).astype(np.float32)
    return NoiseFloorEstimator(), (Tensor(x),)
