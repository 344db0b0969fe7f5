# case: __init__ calls PyTorch's add_module on an nn.SequentialCell in a constant loop: building raises AttributeError, the masked construct is never compiled
import numpy as np
from mindspore import nn, Tensor


class VGGHead(nn.Cell):
    def __init__(self):
        super().__init__()
        self.classifier = nn.SequentialCell()
        for i in range(2):
            self.classifier.add_module("fc" + str(i), nn.Dense(3, 3))
        self.fc = nn.Dense(3, 3)

    def construct(self, x):
        return self.fc(x)[x > 0]


def make():
    return VGGHead(), (Tensor(np.ones((2, 3), np.float32)),)
