# case: tanning drum chemistry, computes chrome offer per hide weight with a guarded division against a zero float ratio -> plain tensor arithmetic with ops.maximum guard, Graph mode fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChromeOffer(nn.Cell):
    def __init__(self, offer_pct=6.0, basicity_target=33.0):
        super().__init__()
        self.offer_pct = offer_pct
        self.basicity_target = basicity_target

    def construct(self, pelt_weight_kg, float_ratio, bicarb_kg):
        chrome_kg = pelt_weight_kg * self.offer_pct / 100.0
        water_l = pelt_weight_kg * float_ratio
        conc = chrome_kg / ops.maximum(water_l, 1e-3)
        basicity = bicarb_kg / ops.maximum(chrome_kg, 1e-3) * 100.0
        short = ops.relu(self.basicity_target - basicity)
        return chrome_kg, conc, short


def make():
    np.random.seed(3098)
    w = Tensor(np.array([110.0, 125.0, 98.0], np.float32))
    ratio = Tensor(np.array([0.8, 0.0, 1.0], np.float32))
    bicarb = Tensor(np.array([2.0, 2.4, 1.7], np.float32))
    return ChromeOffer(), (w, ratio, bicarb)
