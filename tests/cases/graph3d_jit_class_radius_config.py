# case: @ms.jit_class config object read inside construct for a cutoff-envelope SchNet filter -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class CutoffConfig:
    def __init__(self, cutoff=5.0, num_rbf=16, envelope="cosine"):
        self.cutoff = cutoff
        self.num_rbf = num_rbf
        self.envelope = envelope


class SchNetFilter(nn.Cell):
    def __init__(self, hidden=16, cfg=None):
        super().__init__()
        self.cfg = cfg if cfg is not None else CutoffConfig()
        self.centers = Tensor(np.linspace(0.0, self.cfg.cutoff, self.cfg.num_rbf).astype(np.float32))
        self.filter_net = nn.SequentialCell([nn.Dense(self.cfg.num_rbf, hidden), nn.Tanh(), nn.Dense(hidden, hidden)])

    def envelope_fn(self, d):
        if self.cfg.envelope == "cosine":
            return 0.5 * (ops.cos(d * np.pi / self.cfg.cutoff) + 1.0) * (d < self.cfg.cutoff).astype(ms.float32)
        return ops.ones_like(d)

    def construct(self, h, pos, edge_index):
        src, dst = edge_index[0], edge_index[1]
        d = ops.norm(ops.gather(pos, src, 0) - ops.gather(pos, dst, 0), dim=-1)
        rbf = ops.exp(-10.0 * (d.expand_dims(-1) - self.centers) ** 2)
        w = self.filter_net(rbf) * self.envelope_fn(d).expand_dims(-1)
        return ops.unsorted_segment_sum(ops.gather(h, src, 0) * w, dst, h.shape[0])


def make():
    np.random.seed(20)
    h = Tensor(np.random.randn(9, 16).astype(np.float32))
    pos = Tensor((np.random.rand(9, 3) * 4).astype(np.float32))
    ei = Tensor(np.random.randint(0, 9, size=(2, 25)).astype(np.int32))
    return SchNetFilter(), (h, pos, ei)
