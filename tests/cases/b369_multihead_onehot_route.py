# case: per-sample task routing computes every same-width head, stacks them and picks each row's head with a one-hot of the task-id tensor multiplied in -> task ids only enter arithmetic, static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RoutingConfig:
    num_tasks = 3
    classes_per_task = 5
    hidden = 16
    output_all_heads = False


class RoutedHeads(nn.Cell):
    def __init__(self, config, in_dim=8):
        super().__init__()
        self.num_tasks = config.num_tasks
        self.output_all_heads = config.output_all_heads
        self.encoder = nn.Dense(in_dim, config.hidden, activation="tanh")
        self.heads = nn.CellList([nn.Dense(config.hidden, config.classes_per_task)
                                  for _ in range(config.num_tasks)])
        self.onehot = ops.OneHot()
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, x, task_ids):
        h = self.encoder(x)
        per_head = ops.stack([head(h) for head in self.heads], axis=1)   # (B, T, C)
        route = self.onehot(task_ids, self.num_tasks, self.on, self.off)  # (B, T)
        logits = (per_head * route.expand_dims(-1)).sum(axis=1)
        outputs = (logits, per_head) if self.output_all_heads else (logits,)
        return outputs


def make():
    np.random.seed(10)
    net = RoutedHeads(RoutingConfig())
    x = Tensor(np.random.randn(7, 8).astype(np.float32))
    task_ids = Tensor(np.random.randint(0, 3, size=(7,)).astype(np.int32))
    return net, (x, task_ids)
