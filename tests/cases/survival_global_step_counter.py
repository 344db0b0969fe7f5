# case: hazard model bumps a module-level global step counter inside construct to warm up the censoring weight -> global state mutated in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

GLOBAL_STEP = 0
WARMUP_STEPS = 100


class WarmupCensorWeight(nn.Cell):
    def __init__(self, in_dim=6, num_bins=4):
        super().__init__()
        self.fc = nn.Dense(in_dim, num_bins)

    def construct(self, x, censored):
        global GLOBAL_STEP
        GLOBAL_STEP += 1
        w = min(1.0, GLOBAL_STEP / WARMUP_STEPS)
        hazards = ops.sigmoid(self.fc(x))
        surv = ops.cumprod(1.0 - hazards, 1)
        weight = 1.0 - censored * (1.0 - w)
        return (surv[:, -1] * weight).mean()


def make():
    np.random.seed(24)
    x = Tensor(np.random.randn(5, 6).astype(np.float32))
    censored = Tensor(np.array([0, 1, 0, 1, 1], dtype=np.float32))
    return WarmupCensorWeight(), (x, censored)
