# case: ESMM-style multi-task towers compute the CVR loss only on clicked impressions via ops.masked_select -> data-dependent output size, Graph mode goes dynamic or rejects
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiTaskConfig:
    def __init__(self, hidden=16, tower_dims=(8,), tasks=("ctr", "cvr"), cvr_on_clicks_only=True):
        self.hidden = hidden
        self.tower_dims = tower_dims
        self.tasks = tasks
        self.cvr_on_clicks_only = cvr_on_clicks_only


def build_tower(in_dim, dims):
    layers = []
    for d in dims:
        layers += [nn.Dense(in_dim, d), nn.ReLU()]
        in_dim = d
    layers.append(nn.Dense(in_dim, 1))
    return nn.SequentialCell(layers)


class ESMMTowers(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.towers = nn.CellList([build_tower(config.hidden, config.tower_dims) for _ in config.tasks])
        self.cvr_on_clicks_only = config.cvr_on_clicks_only
        self.bce = nn.BCEWithLogitsLoss()

    def _cvr_loss(self, cvr_logit, conv, click):
        if self.cvr_on_clicks_only:
            clicked = click > 0.5
            return self.bce(ops.masked_select(cvr_logit, clicked), ops.masked_select(conv, clicked))
        return self.bce(cvr_logit, conv)

    def construct(self, shared, click, conv):
        ctr_logit, cvr_logit = [tower(shared).squeeze(-1) for tower in self.towers]
        ctr_loss = self.bce(ctr_logit, click)
        return ctr_loss + self._cvr_loss(cvr_logit, conv, click)


def make():
    np.random.seed(3907)
    shared = Tensor(np.random.randn(10, 16).astype(np.float32))
    click = Tensor(np.array([1, 0, 0, 1, 1, 0, 0, 0, 1, 0], np.float32))
    conv = Tensor(np.array([1, 0, 0, 0, 1, 0, 0, 0, 0, 0], np.float32))
    return ESMMTowers(MultiTaskConfig()), (shared, click, conv)
