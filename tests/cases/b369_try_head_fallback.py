# case: continual learner looks up the configured task head inside try/except IndexError, falling back to the newest head -> try statement inside construct, Graph mode rejects
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TaskConfig:
    num_tasks = 3
    active_task = 1
    classes_per_task = 4
    hidden = 16


class FallbackHeadLearner(nn.Cell):
    def __init__(self, config, in_dim=8):
        super().__init__()
        self.active_task = getattr(config, "active_task", 0)
        self.encoder = nn.Dense(in_dim, config.hidden, activation="relu")
        self.heads = nn.CellList([nn.Dense(config.hidden, config.classes_per_task)
                                  for _ in range(config.num_tasks)])

    def construct(self, x):
        h = self.encoder(x)
        try:
            logits = self.heads[self.active_task](h)
        except IndexError:
            logits = self.heads[-1](h)
        return logits


def make():
    np.random.seed(33)
    net = FallbackHeadLearner(TaskConfig())
    return net, (Tensor(np.random.randn(4, 8).astype(np.float32)),)
