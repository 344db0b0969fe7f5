# case: token accuracy with ignore_index handled by a float mask and sums (no selection); expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

IGNORE_INDEX = -100


class TokenAccuracy(nn.Cell):
    def __init__(self, ignore_index=IGNORE_INDEX, eps=1e-6):
        super().__init__()
        self.ignore_index = ignore_index
        self.eps = eps

    def construct(self, logits, labels):
        pred = ops.argmax(logits, dim=-1)
        valid = (labels != self.ignore_index).astype(ms.float32)
        correct = (pred == labels).astype(ms.float32) * valid
        # average only over the valid positions, keep the shape fixed
        return correct.sum() / (valid.sum() + self.eps)


class Net(nn.Cell):
    def __init__(self, hidden=16, vocab=10):
        super().__init__()
        self.proj = nn.Dense(hidden, vocab)
        self.metric = TokenAccuracy()

    def construct(self, x, labels):
        logits = self.proj(x)
        acc = self.metric(logits, labels)
        return logits, acc


def make():
    x = Tensor(np.random.randn(2, 6, 16).astype(np.float32))
    labels = np.random.randint(0, 10, (2, 6)).astype(np.int32)
    labels[:, -2:] = IGNORE_INDEX
    return Net(), (x, Tensor(labels))
