# case: gated block picks between two same-padding convolutions on a tensor condition (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GatedConv(nn.Cell):
    def __init__(self):
        super().__init__()
        self.conv_a = nn.Conv2d(4, 4, 3, pad_mode="same")
        self.conv_b = nn.Conv2d(4, 4, 5, pad_mode="same")

    def construct(self, x, gate):
        if gate.sum() > 0:
            y = self.conv_a(x)
        else:
            y = self.conv_b(x)
        return ops.relu(y) + x


def make():
    x = Tensor(np.random.rand(1, 4, 6, 6).astype(np.float32))
    return GatedConv(), (x, Tensor(np.array([1.0, -0.5], np.float32)))
