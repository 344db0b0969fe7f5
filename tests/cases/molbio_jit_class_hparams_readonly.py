# case: @ms.jit_class hyperparameter container created in __init__ and only read inside construct (RBF + cutoff) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class SchNetConfig:
    def __init__(self, cutoff=4.0, num_rbf=10, gamma=5.0):
        self.cutoff = cutoff
        self.num_rbf = num_rbf
        self.gamma = gamma

    def rbf_spacing(self):
        return self.cutoff / (self.num_rbf - 1)


class SchNetFilter(nn.Cell):
    def __init__(self, dim=8, config=None):
        super().__init__()
        self.cfg = config if config is not None else SchNetConfig()
        self.centers = Tensor(np.linspace(0, self.cfg.cutoff, self.cfg.num_rbf).astype(np.float32))
        self.filter_net = nn.SequentialCell([nn.Dense(self.cfg.num_rbf, dim), nn.SiLU(), nn.Dense(dim, dim)])

    def construct(self, dist, h):
        width = self.cfg.rbf_spacing()
        rbf = ops.exp(-self.cfg.gamma * ((dist[..., None] - self.centers) / width) ** 2)
        envelope = (dist < self.cfg.cutoff).astype(ms.float32)[..., None]
        w = self.filter_net(rbf) * envelope
        return (w * h[None, :, :]).sum(1)


def make():
    np.random.seed(32)
    pos = np.random.rand(5, 3).astype(np.float32) * 3
    dist = np.linalg.norm(pos[:, None] - pos[None], axis=-1).astype(np.float32)
    h = np.random.randn(5, 8).astype(np.float32)
    return SchNetFilter(), (Tensor(dist), Tensor(h))
