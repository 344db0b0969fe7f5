# case: irregular vitals normaliser computing per-channel observed mean/std with mask sums and ops.where -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedChannelNorm(nn.Cell):
    def __init__(self, n_channels=4, eps=1e-5, fill_missing=0.0):
        super().__init__()
        self.n_channels = n_channels
        self.eps = eps
        self.fill_missing = fill_missing

    def construct(self, values, mask):
        count = mask.sum(axis=(0, 1)).clip(1.0, None)
        mean = (values * mask).sum(axis=(0, 1)) / count
        var = (((values - mean) * mask) ** 2).sum(axis=(0, 1)) / count
        z = (values - mean) / ops.sqrt(var + self.eps)
        return ops.where(mask > 0, z, ops.fill(ms.float32, z.shape, self.fill_missing))


class VitalsTimeEncoder(nn.Cell):
    def __init__(self, n_channels=4, hidden=12):
        super().__init__()
        self.norm = MaskedChannelNorm(n_channels)
        self.time_proj = nn.Dense(1, hidden)
        self.val_proj = nn.Dense(2 * n_channels, hidden)

    def construct(self, values, mask, deltas):
        z = self.norm(values, mask)
        h = self.val_proj(ops.concat((z, mask), -1)) + ops.sin(self.time_proj(deltas.expand_dims(-1)))
        seen = (mask.sum(-1, keepdims=True) > 0).astype(ms.float32)
        return (h * seen).sum(1) / seen.sum(1).clip(1.0, None)


def make():
    np.random.seed(3)
    values = Tensor(np.random.randn(2, 9, 4).astype(np.float32))
    mask = Tensor((np.random.rand(2, 9, 4) > 0.5).astype(np.float32))
    deltas = Tensor(np.random.rand(2, 9).astype(np.float32) * 4)
    return VitalsTimeEncoder(), (values, mask, deltas)
