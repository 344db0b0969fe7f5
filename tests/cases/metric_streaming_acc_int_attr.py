# case: streaming accuracy accumulates into plain Python int attributes self.total/self.steps in construct; expect fallback at LAX, error at STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StreamingAcc(nn.Cell):
    def __init__(self):
        super().__init__()
        self.total = 0
        self.steps = 0

    def construct(self, logits, labels):
        pred = ops.argmax(logits, -1)
        correct = ops.equal(pred, labels).astype(ms.float32).sum()
        self.total = self.total + labels.shape[0]
        self.steps += 1
        return correct / self.total


def make():
    logits = Tensor(np.random.randn(16, 4).astype(np.float32))
    labels = Tensor(np.random.randint(0, 4, (16,)).astype(np.int32))
    return StreamingAcc(), (logits, labels)
