# case: sub-Cells fetched by getattr with a constant name in an unrolled loop (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.layer0 = nn.Dense(3, 3)
        self.layer1 = nn.Dense(3, 3)

    def construct(self, x):
        for i in range(2):
            x = getattr(self, "layer" + str(i))(x)
        return x


def make():
    return Net(), (Tensor(np.arange(6, dtype=np.float32).reshape(2, 3)),)
