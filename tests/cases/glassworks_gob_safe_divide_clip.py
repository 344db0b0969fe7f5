# case: gob-weight correction with the plunger stroke clamped away from zero before the division -> plain ops instead of try, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GobWeightCorrectorSafe(nn.Cell):
    def __init__(self, target=310.0, gain=0.002, max_step=0.5):
        super().__init__()
        self.target = target
        self.gain = gain
        self.max_step = max_step

    def construct(self, gob_weights, plunger_stroke):
        err = self.target - gob_weights
        stroke = ops.clamp(plunger_stroke, 1e-3, None)
        adj = ops.clamp(self.gain * err / stroke, -self.max_step, self.max_step)
        return plunger_stroke + adj


def make():
    np.random.seed(122)
    w = (310.0 + 4.0 * np.random.randn(12)).astype(np.float32)
    s = (40.0 + np.random.rand(12)).astype(np.float32)
    return GobWeightCorrectorSafe(), (Tensor(w), Tensor(s))
