# case: guard the gob-weight correction with try/except around the shear adjustment division -> try statement in construct, expect Graph mode error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GobWeightCorrector(nn.Cell):
    def __init__(self, target=310.0, gain=0.002):
        super().__init__()
        self.target = target
        self.gain = gain

    def construct(self, gob_weights, plunger_stroke):
        err = self.target - gob_weights
        try:
            adj = self.gain * err / plunger_stroke
        except ZeroDivisionError:
            adj = ops.zeros_like(err)
        return plunger_stroke + adj


def make():
    np.random.seed(121)
    w = (310.0 + 4.0 * np.random.randn(12)).astype(np.float32)
    s = (40.0 + np.random.rand(12)).astype(np.float32)
    return GobWeightCorrector(), (Tensor(w), Tensor(s))
