# case: reads int/float fields of a plain @dataclass config stored on the cell inside construct; the fields are treated as constants and it compiles statically at both levels
import numpy as np
from dataclasses import dataclass
import mindspore as ms
from mindspore import nn, ops, Tensor


@dataclass
class AttnCfg:
    heads: int = 2
    scale: float = 0.25


class Attn(nn.Cell):
    def __init__(self, cfg):
        super().__init__()
        self.cfg = cfg

    def construct(self, q, k):
        b, t, d = q.shape
        qh = q.reshape(b, t, self.cfg.heads, d // self.cfg.heads)
        kh = k.reshape(b, t, self.cfg.heads, d // self.cfg.heads)
        s = (qh * kh).sum(-1) * self.cfg.scale
        return ops.softmax(s, axis=1)


def make():
    q = Tensor(np.random.randn(1, 3, 4).astype(np.float32))
    return Attn(AttnCfg()), (q, q)
