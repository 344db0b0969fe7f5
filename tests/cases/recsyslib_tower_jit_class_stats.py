# case: multi-task loss helper accumulates per-task loss statistics in an @ms.jit_class object created and mutated inside construct -> jit_class instance mutated in graph, Graph mode may reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class TaskLossStats:
    def __init__(self):
        self.total = 0.0
        self.count = 0

    def update(self, loss):
        self.total = self.total + loss
        self.count = self.count + 1

    def mean(self):
        return self.total / self.count


class LossConfig:
    task_weights = (1.0, 0.5)
    reduction = "mean"


class WeightedMultiTaskLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.task_weights = tuple(config.task_weights)
        self.bce = nn.BCEWithLogitsLoss(reduction=config.reduction)

    def construct(self, logits, labels):
        stats = TaskLossStats()
        for i, w in enumerate(self.task_weights):
            stats.update(w * self.bce(logits[:, i], labels[:, i]))
        return stats.mean()


def make():
    np.random.seed(3920)
    logits = Tensor(np.random.randn(8, 2).astype(np.float32))
    labels = Tensor(np.random.randint(0, 2, size=(8, 2)).astype(np.float32))
    return WeightedMultiTaskLoss(LossConfig()), (logits, labels)
