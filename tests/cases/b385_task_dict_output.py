# case: PLE-style multi-task head returns a dict {task_name: probability} built with a dict comprehension over zip(task_names, towers) -> dict built by comprehension and returned from construct, unsure whether Graph mode accepts it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DEFAULT_TASKS = ("click", "like", "share")


class HeadConfig:
    def __init__(self, in_dim=10, tasks=None, apply_sigmoid=True):
        self.in_dim = in_dim
        self.tasks = DEFAULT_TASKS if tasks is None else tuple(tasks)
        self.apply_sigmoid = apply_sigmoid


class MultiTaskHeads(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.task_names = config.tasks
        self.apply_sigmoid = config.apply_sigmoid
        self.towers = nn.CellList([nn.Dense(config.in_dim, 1) for _ in self.task_names])

    def _activate(self, logit):
        return ops.sigmoid(logit) if self.apply_sigmoid else logit

    def construct(self, shared):
        return {name: self._activate(tower(shared)).squeeze(-1)
                for name, tower in zip(self.task_names, self.towers)}


def make():
    np.random.seed(38514)
    cfg = HeadConfig()
    x = Tensor(np.random.randn(5, cfg.in_dim).astype(np.float32))
    return MultiTaskHeads(cfg), (x,)
