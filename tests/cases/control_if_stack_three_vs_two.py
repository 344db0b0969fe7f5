# case: a tensor condition stacks three copies on one path and two on the other (hazard)
import numpy as np
from mindspore import nn, ops, Tensor


class Lead(nn.Cell):
    def construct(self, x):
        if x.mean() > 0:
            y = ops.stack((x, x, x))
        else:
            y = ops.stack((x, x))
        return y * 2


def make():
    return Lead(), (Tensor(np.array([0.5, -1.0, 2.0, 0.0], np.float32)),)
