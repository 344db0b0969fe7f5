# case: construct builds a plain result object (class Output) holding two tensors and returns it; STRICT cannot create/return it, LAX may via fallback
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Output:
    def __init__(self, logits, loss):
        self.logits = logits
        self.loss = loss


class Classifier(nn.Cell):
    def __init__(self, num_classes=3):
        super().__init__()
        self.head = nn.Dense(8, num_classes)

    def construct(self, x, label):
        logits = self.head(x)
        loss = ops.cross_entropy(logits, label)
        return Output(logits, loss)


def make():
    x = Tensor(np.random.randn(4, 8).astype(np.float32))
    y = Tensor(np.array([0, 1, 2, 1], np.int32))
    return Classifier(), (x, y)
