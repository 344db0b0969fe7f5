# near-miss: SequentialCell.append exists in MindSpore: the Cell builds, and its boolean mask in construct is dynamic
import numpy as np
from mindspore import nn, Tensor


class Head(nn.Cell):
    def __init__(self):
        super().__init__()
        self.classifier = nn.SequentialCell()
        for _ in range(2):
            self.classifier.append(nn.Dense(3, 3))

    def construct(self, x):
        return self.classifier(x)[x > 0]


def make():
    return Head(), (Tensor(np.ones((2, 3), np.float32)),)
