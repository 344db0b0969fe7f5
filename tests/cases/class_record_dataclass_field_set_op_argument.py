# case: a dataclass record made in construct, a field set from data and handed to an op
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
        s = Stats()
        s.total = claims.sum()
        y = ops.exp(s.total)
        return y * 2.0


def make():
    np.random.seed(25)
    return Builder(), (Tensor(np.random.rand(7).astype(np.float32)),)
