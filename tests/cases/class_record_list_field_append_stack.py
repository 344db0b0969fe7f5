# case: a plain record made in construct gets two values appended to its list field, and construct stacks the list
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Summary:
    def __init__(self):
        self.total = None
        self.flags = []


class Builder(nn.Cell):
    def construct(self, claims):
        s = Summary()
        s.flags.append(claims.max())
        s.flags.append(claims.min())
        return ops.stack(s.flags)


def make():
    np.random.seed(25)
    return Builder(), (Tensor(np.random.rand(7).astype(np.float32)),)
