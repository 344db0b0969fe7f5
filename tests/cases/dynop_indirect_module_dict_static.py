# case: near miss: a module-level dict of primitives, the shape-preserving one called
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P

OPS = {'find': P.NonZero(), 'act': P.ReLU()}


class Net(nn.Cell):
    def construct(self, x):
        return OPS['act'](x) * 2


def make():
    return Net(), (Tensor(np.array([0, -2, 3, 0], np.float32)),)
