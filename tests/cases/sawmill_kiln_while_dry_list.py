# case: kiln schedule simulator steps the moisture curve until the charge reaches target moisture, appending each step's moisture to a list -> while on tensor value growing a list, expect error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KilnDryingCurve(nn.Cell):
    def __init__(self, emc=0.08, rate=0.12, target_mc=0.15, max_steps=40):
        super().__init__()
        self.emc = emc
        self.rate = rate
        self.target_mc = target_mc
        self.max_steps = max_steps

    def step(self, mc, temp_c):
        k = self.rate * (temp_c / 60.0)
        return self.emc + (mc - self.emc) * ops.exp(-k)

    def construct(self, initial_mc, temp_c):
        mc = initial_mc
        curve = [mc]
        n = 0
        while mc.max() > self.target_mc and n < self.max_steps:
            mc = self.step(mc, temp_c)
            curve.append(mc)
            n += 1
        return ops.stack(curve)


def make():
    np.random.seed(3204)
    mc0 = Tensor(np.random.uniform(0.45, 0.7, size=6).astype(np.float32))
    temp = Tensor(np.array(70.0, np.float32))
    return KilnDryingCurve(), (mc0, temp)
