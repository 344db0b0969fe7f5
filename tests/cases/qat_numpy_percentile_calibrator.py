# case: percentile calibrator calls np.percentile directly on the |x| tensor inside construct to pick the clip value -> compile error at line 15
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class PercentileCalibrator(nn.Cell):
    def __init__(self, percentile=99.9, num_bits=8):
        super().__init__()
        self.percentile = percentile
        self.qmax = 2 ** (num_bits - 1) - 1
        self.clip = Parameter(Tensor(0.0, ms.float32), name="clip", requires_grad=False)

    def _clip_value(self, x):
        return np.percentile(ops.abs(x), self.percentile)

    def construct(self, x):
        clip = Tensor(self._clip_value(x), ms.float32)
        ops.assign(self.clip, ops.maximum(self.clip, clip))
        scale = self.clip / self.qmax
        return ops.clamp(ops.round(x / scale), -self.qmax, self.qmax) * scale


def make():
    np.random.seed(13)
    x = Tensor(np.random.randn(16, 16).astype(np.float32))
    return PercentileCalibrator(), (x,)
