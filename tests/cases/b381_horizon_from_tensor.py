# case: multi-step decoder that reads the number of horizons to roll out from a tensor argument (int(horizon)) and appends one prediction per step -> loop count from data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RolloutConfig:
    def __init__(self, hidden=12, max_horizon=12):
        self.hidden = hidden
        self.max_horizon = max_horizon


class RolloutMixin:
    def rollout(self, h, x, steps):
        preds = []
        for _ in range(steps):
            h = self.cell(x, h)
            x = self.head(h)
            preds.append(x)
        return ops.stack(preds, axis=1)


class AutoregressiveDecoder(nn.Cell, RolloutMixin):
    def __init__(self, n_nodes, config):
        super().__init__()
        self.max_horizon = config.max_horizon
        self.cell = nn.GRUCell(n_nodes, config.hidden)
        self.head = nn.Dense(config.hidden, n_nodes)

    def construct(self, h, last_obs, horizon):
        steps = int(horizon)
        return self.rollout(h, last_obs, steps)


def make():
    np.random.seed(3819)
    n, b = 7, 2
    net = AutoregressiveDecoder(n, RolloutConfig())
    return net, (Tensor(np.zeros((b, 12), np.float32)), Tensor(np.random.randn(b, n).astype(np.float32)),
                 Tensor(3, ms.int32))
