# case: task-incremental classifier picks its head with int(task_id) inside a helper guarded by isinstance(task_id, Tensor) -> int() of a runtime tensor cannot index a CellList in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TILConfig:
    def __init__(self, in_dim=20, hidden=32, num_tasks=4, classes_per_task=5, dropout=0.0):
        self.in_dim = in_dim
        self.hidden = hidden
        self.num_tasks = num_tasks
        self.classes_per_task = classes_per_task
        self.dropout = dropout


class TaskIncrementalNet(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.backbone = nn.SequentialCell(nn.Dense(config.in_dim, config.hidden), nn.ReLU())
        self.heads = nn.CellList([nn.Dense(config.hidden, config.classes_per_task)
                                  for _ in range(config.num_tasks)])
        self.use_dropout = config.dropout > 0
        self.drop = nn.Dropout(p=0.5 if not self.use_dropout else config.dropout)

    def _select_head(self, task_id):
        if isinstance(task_id, Tensor):
            task_id = int(task_id)
        return self.heads[task_id]

    def construct(self, x, task_id):
        h = self.backbone(x)
        if self.training and self.use_dropout:
            h = self.drop(h)
        head = self._select_head(task_id)
        return head(h)


def make():
    np.random.seed(7)
    net = TaskIncrementalNet(TILConfig())
    net.set_train(False)
    x = Tensor(np.random.randn(4, 20).astype(np.float32))
    task_id = Tensor(2, ms.int32)
    return net, (x, task_id)
