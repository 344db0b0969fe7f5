# case: @ms.jit_class AverageMeter instantiated from tensors inside construct and mutated per chunk -> compile error at line 36
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class AverageMeter:
    def __init__(self, total, count):
        self.total = total
        self.count = count

    def update(self, value, n):
        self.total = self.total + value * n
        self.count = self.count + n

    def average(self):
        return self.total / self.count


class ChunkedTopKAccuracy(nn.Cell):
    def __init__(self, k=2, chunks=2):
        super().__init__()
        self.k = k
        self.chunks = chunks

    def _topk_hits(self, logits, labels):
        _, idx = ops.topk(logits, self.k)
        return (idx == labels[:, None]).any(axis=1).astype(ms.float32)

    def construct(self, logits, labels):
        meter = AverageMeter(ops.zeros((), ms.float32), ops.zeros((), ms.float32))
        size = logits.shape[0] // self.chunks
        for i in range(self.chunks):
            hits = self._topk_hits(logits[i * size:(i + 1) * size], labels[i * size:(i + 1) * size])
            meter.update(hits.mean(), size)
        return meter.average()


def make():
    np.random.seed(19)
    logits = Tensor(np.random.randn(8, 6).astype(np.float32))
    labels = Tensor(np.random.randint(0, 6, size=(8,)).astype(np.int32))
    return ChunkedTopKAccuracy(), (logits, labels)
