# case: ESMM-style multi-task model reads loss weights and gating switches from an @ms.jit_class config object inside construct -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class TaskConfig:
    def __init__(self, ctr_weight=1.0, cvr_weight=0.5, gate_temperature=2.0, use_gate=True):
        self.ctr_weight = ctr_weight
        self.cvr_weight = cvr_weight
        self.gate_temperature = gate_temperature
        self.use_gate = use_gate


class EsmmWithGate(nn.Cell):
    def __init__(self, in_dim=5, hidden=8, cfg=None):
        super().__init__()
        self.cfg = cfg if cfg is not None else TaskConfig()
        self.shared = nn.Dense(in_dim, hidden, activation="relu")
        self.gate = nn.Dense(in_dim, hidden)
        self.ctr = nn.Dense(hidden, 1)
        self.cvr = nn.Dense(hidden, 1)
        self.bce = nn.BCELoss(reduction="mean")

    def construct(self, x, click, convert):
        h = self.shared(x)
        if self.cfg.use_gate:
            h = h * ops.sigmoid(self.gate(x) / self.cfg.gate_temperature)
        p_ctr = ops.sigmoid(self.ctr(h)).squeeze(-1)
        p_cvr = ops.sigmoid(self.cvr(h)).squeeze(-1)
        p_ctcvr = p_ctr * p_cvr
        loss = self.cfg.ctr_weight * self.bce(p_ctr, click)
        loss = loss + self.cfg.cvr_weight * self.bce(p_ctcvr, click * convert)
        return loss


def make():
    np.random.seed(13)
    x = Tensor(np.random.randn(4, 5).astype(np.float32))
    click = Tensor(np.array([1, 0, 1, 0], np.float32))
    conv = Tensor(np.array([1, 0, 0, 0], np.float32))
    return EsmmWithGate(), (x, click, conv)
