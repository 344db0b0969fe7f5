# case: hull fouling roughness estimator calls np.percentile on the sonar echo tensor inside construct -> NumPy applied to a tensor in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RoughnessEstimator(nn.Cell):
    def __init__(self, clean_rms=0.4):
        super().__init__()
        self.clean_rms = clean_rms
        self.conv = nn.Conv1d(1, 4, 5, pad_mode="same")

    def construct(self, echo):
        feat = self.conv(echo.reshape(1, 1, -1)).reshape(4, -1)
        p90 = np.percentile(echo, 90)
        rms = ops.sqrt((feat * feat).mean(axis=1))
        return rms / self.clean_rms, p90


def make():
    np.random.seed(23)
    echo = np.random.normal(0, 0.6, 128).astype(np.float32)
    return RoughnessEstimator(), (Tensor(echo),)
