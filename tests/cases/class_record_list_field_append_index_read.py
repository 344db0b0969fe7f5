# case: a plain record made in construct gets a comparison appended to its list field, and construct returns that list's first item
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
        s.flags.append(claims.max() > 0.5)
        return claims.sum(), s.flags[0]


def make():
    np.random.seed(25)
    return Builder(), (Tensor(np.random.rand(7).astype(np.float32)),)
