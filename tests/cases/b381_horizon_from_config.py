# case: multi-step decoder whose rollout length comes from config.horizon through a mixin helper, with a tensor horizon argument only used for shape bookkeeping of the output -> Python-int loop, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RolloutConfig:
    def __init__(self, hidden=12, horizon=4, output_hidden=False):
        self.hidden = hidden
        self.horizon = horizon
        self.output_hidden = output_hidden


class RolloutMixin:
    def rollout(self, h, x, steps):
        preds = []
        for _ in range(steps):
            h = self.cell(x, h)
            x = self.head(h)
            preds.append(x)
        return ops.stack(preds, axis=1), h


class AutoregressiveDecoder(nn.Cell, RolloutMixin):
    def __init__(self, n_nodes, config):
        super().__init__()
        self.horizon = config.horizon
        self.output_hidden = config.output_hidden
        self.cell = nn.GRUCell(n_nodes, config.hidden)
        self.head = nn.Dense(config.hidden, n_nodes)

    def construct(self, h, last_obs, *args, **kwargs):
        steps = getattr(self, "horizon", 12)
        preds, h_last = self.rollout(h, last_obs, steps)
        outputs = (preds, h_last) if self.output_hidden else (preds,)
        return outputs


def make():
    np.random.seed(3820)
    n, b = 7, 2
    net = AutoregressiveDecoder(n, RolloutConfig())
    return net, (Tensor(np.zeros((b, 12), np.float32)), Tensor(np.random.randn(b, n).astype(np.float32)))
