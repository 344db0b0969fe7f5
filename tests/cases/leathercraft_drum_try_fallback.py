# case: tanning drum chemistry, computes chrome offer per hide weight and falls back to a default offer in an except block if the division misbehaves -> try/except in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChromeOffer(nn.Cell):
    def __init__(self, offer_pct=6.0, default_kg=7.5):
        super().__init__()
        self.offer_pct = offer_pct
        self.default_kg = default_kg

    def construct(self, pelt_weight_kg, float_ratio):
        try:
            chrome_kg = pelt_weight_kg * self.offer_pct / 100.0
            water_l = pelt_weight_kg * float_ratio
        except ZeroDivisionError:
            chrome_kg = ops.ones_like(pelt_weight_kg) * self.default_kg
            water_l = pelt_weight_kg
        return chrome_kg, water_l


def make():
    np.random.seed(3097)
    w = Tensor(np.array([110.0, 125.0, 98.0], np.float32))
    ratio = Tensor(np.array([0.8, 0.8, 1.0], np.float32))
    return ChromeOffer(), (w, ratio)
