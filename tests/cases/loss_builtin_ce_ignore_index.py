# case: nn.CrossEntropyLoss with ignore_index and label smoothing on flattened logits from a small head -> static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Head(nn.Cell):
    def __init__(self, hidden=8, vocab=6):
        super().__init__()
        self.dense = nn.Dense(hidden, vocab)
        self.loss = nn.CrossEntropyLoss(ignore_index=-1, label_smoothing=0.1)

    def construct(self, x, labels):
        logits = self.dense(x)
        logits = logits.reshape(-1, logits.shape[-1])
        return self.loss(logits, labels.reshape(-1))


def make():
    x = Tensor(np.random.randn(2, 5, 8).astype(np.float32))
    labels = Tensor(np.array([[1, 2, -1, 0, 3], [5, -1, -1, 2, 1]], np.int32))
    return Head(), (x, labels)
