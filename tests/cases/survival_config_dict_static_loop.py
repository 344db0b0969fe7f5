# case: multi-task survival head reading loss weights from a constant config dict and looping over a fixed tuple of horizons -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

LOSS_CFG = {"cox": 1.0, "horizon": 0.5}
HORIZONS = (6.0, 12.0, 24.0)


class MultiHorizonSurvival(nn.Cell):
    def __init__(self, in_dim=6):
        super().__init__()
        self.risk = nn.Dense(in_dim, 1)
        self.horizon_heads = nn.Dense(in_dim, len(HORIZONS))
        self.w_cox = LOSS_CFG["cox"]
        self.w_hor = LOSS_CFG["horizon"]

    def construct(self, x, times, events):
        r = self.risk(x).squeeze(-1)
        at_risk = (times.expand_dims(0) >= times.expand_dims(1)).astype(ms.float32)
        cox = -((r - ops.log(ops.matmul(at_risk, ops.exp(r)))) * events).sum() / ops.clamp(events.sum(), min=1.0)
        probs = ops.sigmoid(self.horizon_heads(x))
        hor_loss = ops.zeros((), ms.float32)
        for k, h in enumerate(HORIZONS):
            label = ((times <= h) * events).astype(ms.float32)
            known = ops.logical_or(times > h, events > 0).astype(ms.float32)
            p = probs[:, k]
            bce = -(label * ops.log(p + 1e-6) + (1 - label) * ops.log(1 - p + 1e-6))
            hor_loss = hor_loss + (bce * known).sum() / ops.clamp(known.sum(), min=1.0)
        return self.w_cox * cox + self.w_hor * hor_loss


def make():
    np.random.seed(38)
    x = Tensor(np.random.randn(9, 6).astype(np.float32))
    times = Tensor(np.random.rand(9).astype(np.float32) * 30)
    events = Tensor((np.random.rand(9) > 0.4).astype(np.float32))
    return MultiHorizonSurvival(), (x, times, events)
