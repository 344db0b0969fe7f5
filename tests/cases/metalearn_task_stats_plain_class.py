# case: meta-batch loop accumulating per-task losses in a plain Python class created and mutated inside construct -> compile error at line 32
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TaskStats:
    def __init__(self, first_loss):
        self.total = first_loss
        self.worst = first_loss
        self.count = 1

    def update(self, loss):
        self.total = self.total + loss
        self.worst = ops.maximum(self.worst, loss)
        self.count += 1

    def mean(self):
        return self.total / self.count


class MetaBatchLoss(nn.Cell):
    def __init__(self, in_dim=5, worst_case_weight=0.5):
        super().__init__()
        self.model = nn.Dense(in_dim, 1)
        self.worst_case_weight = worst_case_weight

    def task_loss(self, x, y):
        return ops.reduce_mean((self.model(x).squeeze(-1) - y) ** 2)

    def construct(self, xs, ys):
        stats = TaskStats(self.task_loss(xs[0], ys[0]))
        for t in range(1, xs.shape[0]):
            stats.update(self.task_loss(xs[t], ys[t]))
        return stats.mean() + self.worst_case_weight * stats.worst


def make():
    np.random.seed(10)
    net = MetaBatchLoss()
    xs = Tensor(np.random.randn(4, 7, 5).astype(np.float32))
    ys = Tensor(np.random.randn(4, 7).astype(np.float32))
    return net, (xs, ys)
