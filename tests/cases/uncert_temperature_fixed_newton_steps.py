# case: in-graph temperature search runs a fixed number of gradient-free bisection steps with a Python int counter in a while loop, updating lo/hi with ops.select -> constant loop count, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BisectionTemperature(nn.Cell):
    def __init__(self, steps=6, lo=0.25, hi=4.0):
        super().__init__()
        self.steps = steps
        self.lo = lo
        self.hi = hi

    def mean_conf(self, logits, t):
        return ops.softmax(logits / t, axis=-1).max(axis=-1).mean()

    def construct(self, logits, target_acc):
        lo = ops.fill(ms.float32, (), self.lo)
        hi = ops.fill(ms.float32, (), self.hi)
        i = 0
        while i < self.steps:
            mid = (lo + hi) / 2
            too_confident = self.mean_conf(logits, mid) > target_acc
            lo = ops.select(too_confident, mid, lo)
            hi = ops.select(too_confident, hi, mid)
            i += 1
        return (lo + hi) / 2


def make():
    np.random.seed(0)
    net = BisectionTemperature()
    logits = Tensor(np.random.randn(10, 4).astype(np.float32) * 3)
    target_acc = Tensor(0.6, ms.float32)
    return net, (logits, target_acc)
