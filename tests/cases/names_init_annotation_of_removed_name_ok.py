# case: near miss: __init__ annotates an attribute with a removed name, which a function body never evaluates; the mask is dynamic (hazard)
import numpy as np
from mindspore import nn, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc: nn.ResizeBilinear = nn.Dense(3, 3)

    def construct(self, x):
        return self.fc(x)[x > 0]


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
