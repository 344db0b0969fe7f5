# case: simulate bronze cooling in the mould for a fixed number of Newton steps from config, stacking the curve -> loop over range of a Python int, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MouldCooling(nn.Cell):
    def __init__(self, ambient=25.0, k_cool=0.08, n_steps=24):
        super().__init__()
        self.ambient = ambient
        self.k_cool = k_cool
        self.n_steps = n_steps

    def step(self, temp):
        return temp - self.k_cool * (temp - self.ambient)

    def construct(self, temp0):
        temp = temp0
        history = []
        for _ in range(self.n_steps):
            temp = self.step(temp)
            history.append(temp)
        curve = ops.stack(history)
        return curve, curve.min(axis=0)


def make():
    np.random.seed(31)
    temp0 = (1100.0 + 20.0 * np.random.randn(6)).astype(np.float32)
    return MouldCooling(), (Tensor(temp0),)
