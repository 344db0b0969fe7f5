# case: top-1/top-5 accuracy using the ops.TopK() primitive with constant k from a module tuple; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

TOPK = (1, 5)


class TopKAccuracy(nn.Cell):
    def __init__(self, topk=TOPK):
        super().__init__()
        self.topk = topk
        self.maxk = max(topk)
        self.top_k = ops.TopK(sorted=True)
        self.cast = ops.Cast()

    def construct(self, logits, labels):
        _, pred = self.top_k(logits, self.maxk)           # (N, maxk)
        hit = ops.equal(pred, labels.reshape(-1, 1))       # (N, maxk)
        hit = self.cast(hit, ms.float32)
        res = ()
        for k in self.topk:
            correct_k = hit[:, :k].sum(axis=1).clip(0.0, 1.0)
            res = res + (correct_k.mean() * 100.0,)
        return res


class Classifier(nn.Cell):
    def __init__(self, in_dim=32, num_classes=20):
        super().__init__()
        self.body = nn.SequentialCell([nn.Dense(in_dim, 64), nn.ReLU(), nn.Dense(64, num_classes)])
        self.acc = TopKAccuracy()

    def construct(self, x, labels):
        logits = self.body(x)
        top1, top5 = self.acc(logits, labels)
        return logits, top1, top5


def make():
    x = Tensor(np.random.randn(8, 32).astype(np.float32))
    y = Tensor(np.random.randint(0, 20, (8,)).astype(np.int32))
    return Classifier(), (x, y)
