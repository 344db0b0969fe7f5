# case: packed-ray renderer reshapes flat per-sample densities to (rays, samples) using the sample count carried in the batch as a tensor (int(batch n_samples)) -> reshape size from data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PackedConfig:
    hidden = 16
    density_activation = "softplus"


ACTIVATIONS = {"softplus": ops.softplus, "relu": ops.relu}


class PackedDensityRenderer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.density_net = nn.SequentialCell([nn.Dense(3, config.hidden), nn.ReLU(), nn.Dense(config.hidden, 1)])
        self.act = ACTIVATIONS[config.density_activation]

    def _unpack(self, flat, n_samples):
        if isinstance(n_samples, Tensor):
            n_samples = int(n_samples)
        return flat.reshape(-1, n_samples)

    def construct(self, pts_flat, deltas_flat, n_samples):
        sigma = self.act(self.density_net(pts_flat)).squeeze(-1)
        sigma = self._unpack(sigma, n_samples)
        deltas = self._unpack(deltas_flat, n_samples)
        alpha = 1.0 - ops.exp(-sigma * deltas)
        return alpha.sum(axis=-1)


def make():
    np.random.seed(14)
    n_rays, n_s = 6, 10
    pts = np.random.randn(n_rays * n_s, 3).astype(np.float32)
    deltas = np.full(n_rays * n_s, 0.1, np.float32)
    return PackedDensityRenderer(PackedConfig()), (Tensor(pts), Tensor(deltas), Tensor(n_s, ms.int32))
