# case: a plain record made in construct, a field set there that __init__ left None, its method hands it to ops.sum
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Plan:
    def __init__(self):
        self.holds = None
        self.turns = None

    def total(self):
        return ops.sum(self.holds)


class Recovery(nn.Cell):
    def __init__(self, cap=120.0):
        super().__init__()
        self.cap = cap

    def construct(self, delays):
        plan = Plan()
        plan.holds = ops.clip_by_value(-delays, 0.0, self.cap)
        plan.turns = (delays > 400.0).astype(ms.int32)
        return plan.total(), plan.turns


def make():
    np.random.seed(7)
    return Recovery(), (Tensor(np.random.normal(60, 250, size=(14,)).astype(np.float32)),)
