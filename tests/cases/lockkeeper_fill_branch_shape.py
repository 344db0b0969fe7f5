# case: if the chamber is already near the target level return only the last fill sample, else return the whole remaining fill curve -> if on tensor value with branches of different shapes, expect rejection
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FillPlanner(nn.Cell):
    def __init__(self, tolerance_m=0.1):
        super().__init__()
        self.tol = tolerance_m

    def remaining(self, curve, target):
        return target - curve

    def construct(self, curve, target):
        gap = self.remaining(curve, target)
        if ops.abs(gap[-1]) < self.tol:
            out = gap[-1:]
        else:
            out = gap
        return out * 2.0


def make():
    np.random.seed(201)
    c = np.linspace(0.5, 5.0, 16).astype(np.float32)
    return FillPlanner(), (Tensor(c), Tensor(np.float32(6.0)))
