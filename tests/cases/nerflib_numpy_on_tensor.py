# case: contraction helper normalises unbounded sample points by the batch's largest coordinate computed with np.max/np.abs on the tensor inside construct -> NumPy applied to a tensor in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ContractConfig:
    def __init__(self, contract="auto", hidden=16):
        self.contract = contract
        self.hidden = hidden


def scene_scale(pts):
    return float(np.max(np.abs(pts))) + 1e-6


class ContractedField(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.contract = config.contract
        self.net = nn.SequentialCell([nn.Dense(3, config.hidden), nn.Tanh(), nn.Dense(config.hidden, 1)])

    def _normalize(self, pts):
        if self.contract == "auto":
            return pts / scene_scale(pts)
        return pts

    def construct(self, rays_o, rays_d, t):
        pts = rays_o[:, None, :] + rays_d[:, None, :] * t[None, :, None]
        pts = self._normalize(pts)
        return ops.softplus(self.net(pts)).squeeze(-1)


def make():
    np.random.seed(16)
    o = np.random.randn(8, 3).astype(np.float32)
    d = np.random.randn(8, 3).astype(np.float32)
    t = np.linspace(0.1, 20.0, 12).astype(np.float32)
    return ContractedField(ContractConfig()), (Tensor(o), Tensor(d), Tensor(t))
