# case: kiln cooling simulator runs a fixed number of Newton cooling steps from the config, collects them in a list and stacks -> Python-int loop, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CoolingSimulator(nn.Cell):
    def __init__(self, ambient_c=25.0, k_per_step=0.08, n_steps=24):
        super().__init__()
        self.ambient = ambient_c
        self.k = k_per_step
        self.n_steps = n_steps

    def construct(self, peak_temp):
        temp = peak_temp
        curve = []
        for _ in range(self.n_steps):
            temp = temp - self.k * (temp - self.ambient)
            curve.append(temp)
        return ops.stack(curve)


def make():
    np.random.seed(52)
    return CoolingSimulator(), (Tensor(np.array(1230.0, np.float32)),)
