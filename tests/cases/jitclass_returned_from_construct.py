# case: construct creates a jit_class Prediction from tensors and returns the instance; jit_class creation from tensors fails at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class Prediction:
    def __init__(self, scores, labels):
        self.scores = scores
        self.labels = labels


class Detector(nn.Cell):
    def __init__(self):
        super().__init__()
        self.cls = nn.Dense(8, 4)

    def construct(self, x):
        logits = self.cls(x)
        scores = ops.softmax(logits, -1)
        labels = ops.argmax(scores, -1)
        return Prediction(scores, labels)


def make():
    return Detector(), (Tensor(np.random.randn(3, 8).astype(np.float32)),)
