# case: backbone accepts either a tensor or an (x, mask) tuple and unpacks with isinstance (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Backbone(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(5, 5)

    def construct(self, inputs):
        if isinstance(inputs, (tuple, list)):
            x, mask = inputs
        else:
            x, mask = inputs, None
        y = self.fc(x)
        if mask is not None:
            y = y * mask.expand_dims(-1)
        return y


def make():
    x = Tensor(np.random.randn(2, 3, 5).astype(np.float32))
    mask = Tensor(np.array([[1, 1, 0], [1, 0, 0]], np.float32))
    return Backbone(), ((x, mask),)
