# case: a plain collector object created in construct whose method returns a local list it builds, stacked -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Collector:
    def __init__(self, scale):
        self.scale = scale

    def gather(self, xs):
        out = []
        for x in xs:
            out.append(x * self.scale)
        return out


class Net(nn.Cell):
    def construct(self, a, b):
        c = Collector(2.0)
        return ops.stack(c.gather([a, b]))


def make():
    return Net(), (Tensor(np.ones((3,), np.float32)), Tensor(np.zeros((3,), np.float32)))
