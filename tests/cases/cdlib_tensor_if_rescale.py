# case: change score calibration rescales the score map when its mean exceeds a target, decided by an if on a tensor value whose branches keep the same shape -> tensor condition with same-shaped branches, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CalibConfig:
    target_mean = 0.3
    clamp = True


class ScoreCalibrator(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.target_mean = config.target_mean
        self.clamp = config.clamp

    def _rescale(self, score):
        m = score.mean()
        if m > self.target_mean:
            score = score * (self.target_mean / m)
        else:
            score = score + 0.0
        return score

    def construct(self, score):
        out = self._rescale(score)
        if self.clamp:
            out = ops.clamp(out, 0.0, 1.0)
        return out


def make():
    np.random.seed(45)
    score = Tensor(np.random.rand(2, 1, 16, 16).astype(np.float32))
    return ScoreCalibrator(CalibConfig()), (score,)
