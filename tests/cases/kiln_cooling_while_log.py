# case: kiln cooling simulator steps Newton cooling until the chamber drops below the unload temperature and logs each step into a Python list -> data-dependent loop count growing a list
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CoolingSimulator(nn.Cell):
    def __init__(self, ambient_c=25.0, unload_c=150.0, k_per_step=0.08):
        super().__init__()
        self.ambient = ambient_c
        self.unload = unload_c
        self.k = k_per_step

    def construct(self, peak_temp):
        temp = peak_temp
        curve = []
        while temp > self.unload:
            temp = temp - self.k * (temp - self.ambient)
            curve.append(temp)
        return ops.stack(curve)


def make():
    np.random.seed(51)
    return CoolingSimulator(), (Tensor(np.array(1230.0, np.float32)),)
