# case: prints an f-string that embeds a tensor value inside construct for debugging; graph mode compiles it statically at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DebugLayer(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(3, 2)

    def construct(self, x):
        y = self.fc(x)
        print(f"layer output mean = {y.mean()}")
        return y


def make():
    return DebugLayer(), (Tensor(np.random.randn(2, 3).astype(np.float32)),)
