# case: ms.jit_class replay config built in __init__ and only read inside construct -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class ReplayConfig:
    def __init__(self, replay_weight=0.5, temperature=2.0, use_kd=True):
        self.replay_weight = replay_weight
        self.temperature = temperature
        self.use_kd = use_kd


class DarkExperienceReplay(nn.Cell):
    """DER: match stored logits of replayed samples in addition to the CE on the current batch."""

    def __init__(self, in_dim=5, n_cls=4, config=None):
        super().__init__()
        self.cfg = config if config is not None else ReplayConfig()
        self.net = nn.Dense(in_dim, n_cls)

    def distill(self, logits, stored_logits):
        t = self.cfg.temperature
        p = ops.log_softmax(logits / t, axis=-1)
        q = ops.softmax(stored_logits / t, axis=-1)
        return -(q * p).sum(-1).mean() * t * t

    def construct(self, x, y, mem_x, mem_logits):
        loss = ops.cross_entropy(self.net(x), y)
        if self.cfg.use_kd:
            loss = loss + self.cfg.replay_weight * self.distill(self.net(mem_x), mem_logits)
        return loss


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(3, 5).astype(np.float32))
    y = Tensor(np.array([0, 3, 1], dtype=np.int32))
    mx = Tensor(np.random.randn(4, 5).astype(np.float32))
    ml = Tensor(np.random.randn(4, 4).astype(np.float32))
    return DarkExperienceReplay(), (x, y, mx, ml)
