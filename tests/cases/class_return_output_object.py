# case: model returns a custom ModelOutput-like Python object (no jit_class) built from tensors in construct; expect error at STRICT, interpreted fallback (dynamic) at LAX
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ModelOutput:
    def __init__(self, logits, hidden):
        self.logits = logits
        self.hidden = hidden


class Classifier(nn.Cell):
    def __init__(self, d=8, classes=3):
        super().__init__()
        self.body = nn.Dense(d, d)
        self.head = nn.Dense(d, classes)

    def construct(self, x):
        h = ops.gelu(self.body(x))
        return ModelOutput(self.head(h), h)


def make():
    return Classifier(), (Tensor(np.ones((2, 8), np.float32)),)
