# case: lock cycle model accumulates the number of cycles seen in a non-trainable Parameter updated with ops.assign -> Parameter side effect, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class CycleTimer(nn.Cell):
    def __init__(self, hidden=6):
        super().__init__()
        self.enc = nn.Dense(4, hidden)
        self.head = nn.Dense(hidden, 1)
        self.cycles_seen = Parameter(Tensor(0.0, ms.float32), name="cycles_seen", requires_grad=False)

    def construct(self, cycle_feats):
        h = ops.relu(self.enc(cycle_feats))
        fill_time = self.head(h).squeeze(-1)
        ops.assign(self.cycles_seen, self.cycles_seen + cycle_feats.shape[0])
        return fill_time


def make():
    np.random.seed(112)
    ms.set_seed(112)
    feats = np.random.randn(9, 4).astype(np.float32)
    return CycleTimer(), (Tensor(feats),)
