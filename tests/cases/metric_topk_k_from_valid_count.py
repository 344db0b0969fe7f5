# case: recall@k where k is the number of positive labels counted from a tensor, fed to ops.topk; expect error (or dynamic) at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def count_positive(targets):
    return (targets > 0).astype(ms.int32).sum()


class RecallAtK(nn.Cell):
    """R-precision: retrieve as many items as there are relevant ones."""

    def __init__(self):
        super().__init__()
        self.eps = 1e-6

    def construct(self, scores, targets):
        k = count_positive(targets)
        _, idx = ops.topk(scores, k)
        hits = ops.gather(targets, idx, 0)
        return hits.astype(ms.float32).sum() / (k.astype(ms.float32) + self.eps)


class Net(nn.Cell):
    def __init__(self, dim=16):
        super().__init__()
        self.score = nn.Dense(dim, 1)
        self.metric = RecallAtK()

    def construct(self, items, targets):
        s = self.score(items).squeeze(-1)
        return self.metric(s, targets)


def make():
    items = Tensor(np.random.randn(12, 16).astype(np.float32))
    t = np.zeros((12,), np.int32)
    t[[1, 4, 7]] = 1
    return Net(), (items, Tensor(t))
