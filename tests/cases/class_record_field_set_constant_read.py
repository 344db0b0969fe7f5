# case: a plain record made in construct, a field set to a constant and read
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from dataclasses import dataclass, field


class Summary:
    def __init__(self):
        self.total = None
        self.scale = 2.0
        self.flags = []


@dataclass
class Stats:
    total: float = 0.0
    scale: float = 2.0


class Builder(nn.Cell):
    def construct(self, claims):
        s = Summary()
        s.scale = 3.0
        y = claims * s.scale
        return y + 1.0


def make():
    np.random.seed(25)
    return Builder(), (Tensor(np.random.rand(7).astype(np.float32)),)
