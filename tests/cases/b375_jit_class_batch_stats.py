# case: multi-head scorer accumulates batch risk statistics in a @ms.jit_class object created and mutated inside construct -> graph mode rejects or mishandles the mutated object
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class BatchRiskStats:
    def __init__(self):
        self.count = 0
        self.total = 0.0

    def update(self, scores):
        self.count = self.count + scores.shape[0]
        self.total = self.total + scores.sum()

    def mean(self):
        return self.total / self.count


class HeadsConfig:
    hidden = 12
    num_heads = 3


class MultiHeadScorer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.heads = nn.CellList([nn.Dense(config.hidden, 1) for _ in range(config.num_heads)])

    def construct(self, h):
        stats = BatchRiskStats()
        per_head = []
        for head in self.heads:
            s = ops.sigmoid(head(h)).squeeze(-1)
            stats.update(s)
            per_head.append(s)
        return ops.stack(per_head, axis=1), stats.mean()


def make():
    np.random.seed(3761)
    h = np.random.randn(7, 12).astype(np.float32)
    return MultiHeadScorer(HeadsConfig()), (Tensor(h),)
