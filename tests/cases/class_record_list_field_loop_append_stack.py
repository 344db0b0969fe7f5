# case: a plain record made in construct; construct sets or grows a field and reads it after
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
        for i in range(3):
            s.flags.append(claims[i] * 2.0)
        out = ops.stack(s.flags)
        return out.sum()


def make():
    np.random.seed(25)
    return Builder(), (Tensor(np.random.rand(7).astype(np.float32)),)
