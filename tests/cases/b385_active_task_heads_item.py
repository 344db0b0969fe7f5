# case: multi-task ranker runs only as many task heads as the request's task mask enables, counting them with .item() and slicing the CellList -> loop count taken from tensor data, expect rejection
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MTLConfig:
    def __init__(self, in_dim=16, expert_dim=24, tasks=("ctr", "cvr", "dwell")):
        self.in_dim = in_dim
        self.expert_dim = expert_dim
        self.tasks = tasks


class SharedBottomMTL(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.bottom = nn.SequentialCell([nn.Dense(config.in_dim, config.expert_dim), nn.ReLU()])
        self.heads = nn.CellList([nn.Dense(config.expert_dim, 1) for _ in config.tasks])

    def _num_active(self, task_mask):
        return int(task_mask.sum().item())

    def construct(self, features, task_mask):
        h = self.bottom(features)
        n_active = self._num_active(task_mask)
        logits = []
        for head in self.heads[:n_active]:
            logits.append(head(h))
        return ops.concat(logits, axis=-1)


def make():
    np.random.seed(38512)
    cfg = MTLConfig()
    x = Tensor(np.random.randn(6, cfg.in_dim).astype(np.float32))
    task_mask = Tensor(np.array([1, 1, 0], dtype=np.int32))
    return SharedBottomMTL(cfg), (x, task_mask)
