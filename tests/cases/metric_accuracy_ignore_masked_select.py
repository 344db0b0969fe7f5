# case: token accuracy that drops ignore_index positions with masked_select before averaging; expect dynamic shape at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

IGNORE_INDEX = -100


class TokenAccuracy(nn.Cell):
    """Ported from a torch metric: acc = (pred[mask] == tgt[mask]).float().mean()."""

    def __init__(self, ignore_index=IGNORE_INDEX):
        super().__init__()
        self.ignore_index = ignore_index

    def construct(self, logits, labels):
        pred = ops.argmax(logits, dim=-1)
        valid = labels != self.ignore_index
        pred_valid = ops.masked_select(pred, valid)
        label_valid = ops.masked_select(labels, valid)
        correct = (pred_valid == label_valid).astype(ms.float32)
        return correct.mean()


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
