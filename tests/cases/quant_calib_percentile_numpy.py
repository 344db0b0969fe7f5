# case: calibration observer clips activations at the 99.9th percentile computed with np.percentile on asnumpy() -> error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PercentileCalibrator(nn.Cell):
    def __init__(self, percentile=99.9, num_bits=8):
        super().__init__()
        self.percentile = percentile
        self.qmax = 2 ** (num_bits - 1) - 1

    def construct(self, act):
        clip = np.percentile(np.abs(act.asnumpy()), self.percentile)
        scale = clip / self.qmax
        q = ops.clamp(ops.round(act / scale), -self.qmax, self.qmax)
        return q * scale


def make():
    np.random.seed(4)
    act = Tensor(np.random.randn(8, 32).astype(np.float32))
    return PercentileCalibrator(), (act,)
