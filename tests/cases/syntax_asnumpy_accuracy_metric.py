# case: eval cell computes accuracy with .asnumpy() and numpy comparisons inside construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EvalNet(nn.Cell):
    def __init__(self):
        super().__init__()
        self.net = nn.SequentialCell([nn.Dense(4, 8), nn.ReLU(), nn.Dense(8, 3)])

    def construct(self, x, labels):
        logits = self.net(x)
        pred = logits.argmax(axis=1).asnumpy()
        acc = (pred == labels.asnumpy()).mean()
        return logits, acc


def make():
    return EvalNet(), (Tensor(np.random.randn(5, 4).astype(np.float32)), Tensor(np.array([0, 1, 2, 1, 0], np.int32)))
