# case: task-incremental model whose active head is chosen by a Python task id set at construction -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TaskIncrementalNet(nn.Cell):
    def __init__(self, in_dim=6, hidden=10, classes_per_task=(2, 4, 3), task_id=1, freeze_trunk=False):
        super().__init__()
        self.trunk = nn.SequentialCell([nn.Dense(in_dim, hidden), nn.ReLU(), nn.Dense(hidden, hidden), nn.ReLU()])
        self.heads = nn.CellList([nn.Dense(hidden, c) for c in classes_per_task])
        self.task_id = task_id
        self.freeze_trunk = freeze_trunk

    def features(self, x):
        h = self.trunk(x)
        if self.freeze_trunk:
            h = ops.stop_gradient(h)
        return h

    def construct(self, x, y):
        logits = self.heads[self.task_id](self.features(x))
        return ops.cross_entropy(logits, y)


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(5, 6).astype(np.float32))
    y = Tensor(np.array([0, 3, 1, 2, 0], dtype=np.int32))
    return TaskIncrementalNet(), (x, y)
