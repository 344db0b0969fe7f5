# case: simulate bronze cooling in the mould with Newton's law, stepping while the hottest point is above the shake-out temperature and keeping each step in a list -> while on tensor value with a growing list, expected error or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MouldCooling(nn.Cell):
    def __init__(self, ambient=25.0, k_cool=0.08, shakeout=300.0, max_steps=200):
        super().__init__()
        self.ambient = ambient
        self.k_cool = k_cool
        self.shakeout = shakeout
        self.max_steps = max_steps

    def step(self, temp):
        return temp - self.k_cool * (temp - self.ambient)

    def construct(self, temp0):
        temp = temp0
        history = []
        n = 0
        while temp.max() > self.shakeout and n < self.max_steps:
            temp = self.step(temp)
            history.append(temp)
            n += 1
        return ops.stack(history), temp


def make():
    np.random.seed(31)
    temp0 = (1100.0 + 20.0 * np.random.randn(6)).astype(np.float32)
    return MouldCooling(), (Tensor(temp0),)
