import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClassWeight(nn.Cell):
    def __init__(self):
        super().__init__()
        self.weights = {0: 1.0, 1: 3.0, 2: 0.5}
        self.head = nn.Dense(6, 3)

    def weight_for(self, label):
        return self.weights.get(label)

    def construct(self, x):
        logits = self.head(x)
        top = logits.sum(axis=0).argmax()
        w = self.weight_for(top)
        return logits * w


def make():
    np.random.seed(0)
    return ClassWeight(), (Tensor(np.random.rand(2, 6).astype(np.float32)),)
