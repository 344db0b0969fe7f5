# case: classifier returns a dict of logits and loss, like an output struct (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Classifier(nn.Cell):
    def __init__(self):
        super().__init__()
        self.body = nn.SequentialCell([nn.Dense(6, 8), nn.ReLU(), nn.Dense(8, 3)])
        self.loss_fn = nn.CrossEntropyLoss()

    def construct(self, x, labels):
        logits = self.body(x)
        return {"logits": logits, "loss": self.loss_fn(logits, labels)}


def make():
    return Classifier(), (Tensor(np.random.randn(4, 6).astype(np.float32)), Tensor(np.array([0, 2, 1, 1], np.int32)))
