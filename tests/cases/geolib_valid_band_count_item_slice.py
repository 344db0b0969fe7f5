# case: hyperspectral tile encoder trims the band axis to the number of valid bands reported by a per-sample band-validity vector via .item() before a channel-mean -> slice length from tensor data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HyperspectralConfig:
    def __init__(self, max_bands=32, dim=8, drop_invalid=True):
        self.max_bands = max_bands
        self.dim = dim
        self.drop_invalid = drop_invalid


class SpectralSummary(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.drop_invalid = config.drop_invalid
        self.proj = nn.Dense(3, config.dim)

    def _num_valid(self, valid):
        return valid.sum().item()

    def construct(self, cube, valid):
        if self.drop_invalid:
            n = self._num_valid(valid)
            cube = cube[:, :n]
        stats = ops.stack([cube.mean(axis=(1, 2, 3)), cube.std(axis=(1, 2, 3)), cube.amax(axis=(1, 2, 3))], axis=1)
        return self.proj(stats)


def make():
    np.random.seed(3399)
    cube = Tensor(np.random.rand(2, 32, 8, 8).astype(np.float32))
    valid = np.zeros(32, np.int32)
    valid[:27] = 1
    return SpectralSummary(HyperspectralConfig()), (cube, Tensor(valid))
