# case: blend optimiser renormalises only the ingredients actually dosed, pulled out with ops.masked_select -> data-dependent length, dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class BlendRatios(nn.Cell):
    def __init__(self, n_ingredients=12, min_dose=0.01):
        super().__init__()
        self.logits = Parameter(Tensor(np.random.randn(n_ingredients).astype(np.float32)), name="blend_logits")
        self.min_dose = min_dose

    def construct(self, odour_values):
        ratios = ops.softmax(self.logits, axis=0)
        dosed = ratios > self.min_dose
        active = ops.masked_select(ratios, dosed)
        active_ov = ops.masked_select(odour_values, dosed)
        active = active / active.sum()
        impact = (active * ops.log1p(active_ov)).sum()
        return impact, active


def make():
    np.random.seed(41)
    ov = Tensor(np.random.rand(12).astype(np.float32) * 500.0)
    return BlendRatios(), (ov,)
