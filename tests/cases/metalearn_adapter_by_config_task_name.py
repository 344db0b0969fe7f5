# case: multi-task model choosing its adapter via a Python int task index (default from config) or a dict of task names, isinstance-guarded -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

TASKS = {"sentiment": 0, "topic": 1, "nli": 2}


class ResidualAdapter(nn.Cell):
    def __init__(self, dim=10, hidden=4):
        super().__init__()
        self.fc1 = nn.Dense(dim, hidden)
        self.fc2 = nn.Dense(hidden, dim)

    def construct(self, h):
        return h + self.fc2(ops.relu(self.fc1(h)))


class TaskAdaptedClassifier(nn.Cell):
    def __init__(self, dim=10, n_classes=3, default_task=1):
        super().__init__()
        self.encoder = nn.Dense(dim, dim)
        self.adapters = nn.CellList([ResidualAdapter(dim) for _ in range(len(TASKS))])
        self.head = nn.Dense(dim, n_classes)
        self.default_task = default_task

    def resolve(self, task):
        if task is None:
            return self.default_task
        if isinstance(task, str):
            return TASKS[task]
        return task

    def construct(self, x, task=None):
        idx = self.resolve(task)
        h = self.adapters[idx](ops.relu(self.encoder(x)))
        return self.head(h)


def make():
    np.random.seed(39)
    net = TaskAdaptedClassifier()
    x = Tensor(np.random.randn(4, 10).astype(np.float32))
    return net, (x, "nli")
