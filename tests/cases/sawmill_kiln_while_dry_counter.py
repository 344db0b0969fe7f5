# case: kiln schedule simulator counts the hours until the wettest board reaches target moisture with a while loop on the tensor value, shapes stay fixed -> control flow on tensor but constant shapes, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KilnHoursToTarget(nn.Cell):
    def __init__(self, emc=0.08, rate=0.12, target_mc=0.15):
        super().__init__()
        self.emc = emc
        self.rate = rate
        self.target_mc = target_mc

    def step(self, mc, temp_c):
        k = self.rate * (temp_c / 60.0)
        return self.emc + (mc - self.emc) * ops.exp(-k)

    def construct(self, initial_mc, temp_c):
        mc = initial_mc
        hours = ops.zeros((), ms.float32)
        while mc.max() > self.target_mc:
            mc = self.step(mc, temp_c)
            hours = hours + 1.0
        return hours, mc


def make():
    np.random.seed(3205)
    mc0 = Tensor(np.random.uniform(0.45, 0.7, size=6).astype(np.float32))
    temp = Tensor(np.array(70.0, np.float32))
    return KilnHoursToTarget(), (mc0, temp)
