# near-miss: add_module only under a flag that is off by default: the Cell builds, and its boolean mask in construct is dynamic
import numpy as np
from mindspore import nn, Tensor


class Head(nn.Cell):
    def __init__(self, extra=False):
        super().__init__()
        self.classifier = nn.SequentialCell()
        if extra:
            self.classifier.add_module("extra", nn.Dense(3, 3))
        self.fc = nn.Dense(3, 3)

    def construct(self, x):
        return self.fc(x)[x > 0]


def make():
    return Head(), (Tensor(np.ones((2, 3), np.float32)),)
