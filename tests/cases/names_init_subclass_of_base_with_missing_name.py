# case: a subclass runs its base's __init__, which reads a removed name: building the subclass fails there, so its mask is never compiled
import numpy as np
from mindspore import nn, Tensor


class BaseDecoder(nn.Cell):
    def __init__(self):
        super().__init__()
        self.resize = nn.ResizeBilinear()
        self.fc = nn.Dense(3, 3)

    def construct(self, x):
        return self.fc(x)[x > 0]


class GroupDecoder(BaseDecoder):
    def __init__(self):
        super().__init__()
        self.scale = 2.0


def make():
    return GroupDecoder(), (Tensor(np.ones((2, 3), np.float32)),)
