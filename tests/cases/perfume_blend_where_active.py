# case: blend optimiser zeroes under-dosed ingredients with three-argument ops.where and renormalises over the full formula -> fixed shapes, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class BlendRatios(nn.Cell):
    def __init__(self, n_ingredients=12, min_dose=0.01, ifra_cap=0.35):
        super().__init__()
        init = np.random.randn(n_ingredients).astype(np.float32)
        self.logits = Parameter(Tensor(init), name="blend_logits")
        self.min_dose = min_dose
        self.ifra_cap = ifra_cap

    def construct(self, odour_values):
        ratios = ops.softmax(self.logits, axis=0)
        ratios = ops.where(ratios > self.min_dose, ratios, ops.zeros_like(ratios))
        ratios = ops.clamp(ratios, 0.0, self.ifra_cap)
        ratios = ratios / ratios.sum()
        impact = (ratios * ops.log1p(odour_values)).sum()
        return impact, ratios


def make():
    np.random.seed(42)
    ov = Tensor(np.random.rand(12).astype(np.float32) * 500.0)
    return BlendRatios(), (ov,)
