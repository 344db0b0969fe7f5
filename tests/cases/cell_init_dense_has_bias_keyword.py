# near-miss: nn.Dense(..., has_bias=True) is MindSpore's keyword: the Cell builds and its boolean mask in construct is dynamic
import numpy as np
from mindspore import nn, Tensor


class SELayer(nn.Cell):
    def __init__(self, channels):
        super().__init__()
        self.fc = nn.Dense(channels, channels, has_bias=True)

    def construct(self, x):
        return self.fc(x)[x > 0]


def make():
    return SELayer(3), (Tensor(np.ones((2, 3), np.float32)),)
