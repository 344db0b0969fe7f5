# case: accuracy metric pulls the hit count to host with .asnumpy() and float(); expect fallback (dynamic) at LAX, error at STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HostAccuracy(nn.Cell):
    def __init__(self, num_classes=4):
        super().__init__()
        self.num_classes = num_classes

    def construct(self, logits, labels):
        pred = logits.argmax(-1)
        hits = (pred == labels).astype(ms.float32).sum()
        correct = hits.asnumpy()
        acc = float(correct) / labels.shape[0]
        return Tensor(acc, ms.float32)


def make():
    logits = Tensor(np.random.randn(16, 4).astype(np.float32))
    labels = Tensor(np.random.randint(0, 4, (16,)).astype(np.int32))
    return HostAccuracy(), (logits, labels)
