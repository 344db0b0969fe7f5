# case: multi-task towers fill a dict keyed by task name while zipping names with an nn.CellList, and return the dict -> dict built in construct, Graph mode may accept or reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

TASK_ACTIVATIONS = {"ctr": "sigmoid", "watch_time": None}


class TowerConfig:
    hidden = 16
    tower_hidden = 8
    tasks = ("ctr", "watch_time")


class TaskTower(nn.SequentialCell):
    def __init__(self, in_dim, hidden):
        super().__init__([nn.Dense(in_dim, hidden), nn.ReLU(), nn.Dense(hidden, 1)])


class MultiTaskTowers(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.task_names = config.tasks
        self.towers = nn.CellList([TaskTower(config.hidden, config.tower_hidden) for _ in config.tasks])

    def construct(self, shared):
        outputs = {}
        for name, tower in zip(self.task_names, self.towers):
            out = tower(shared).squeeze(-1)
            if TASK_ACTIVATIONS[name] == "sigmoid":
                out = ops.sigmoid(out)
            outputs[name] = out
        return outputs


def make():
    np.random.seed(3916)
    shared = Tensor(np.random.randn(5, 16).astype(np.float32))
    return MultiTaskTowers(TowerConfig()), (shared,)
