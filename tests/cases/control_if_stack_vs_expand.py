# case: tensor-condition branches give leading dims 2 and 1
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Lead(nn.Cell):
    def construct(self, x):
        if x.mean() > 0:
            y = ops.stack((x, x))
        else:
            y = ops.expand_dims(x, 0)
        return y


def make():
    return Lead(), (Tensor(np.array([0.5, -1.0, 2.0, 0.0, 3.5, -0.25, 1.0, 4.0], np.float32)),)
