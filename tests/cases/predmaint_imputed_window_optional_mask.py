# case: window feature extractor with an optional missing-sample mask (None guard) and masked mean via where -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedWindowFeatures(nn.Cell):
    def __init__(self, channels=3, out_dim=4, eps=1e-6):
        super().__init__()
        self.eps = eps
        self.proj = nn.Dense(channels * 2, out_dim)

    def _masked_mean(self, x, mask):
        w = mask.astype(x.dtype)
        return (x * w).sum(axis=1) / (w.sum(axis=1) + self.eps)

    def _masked_std(self, x, mask, mean):
        w = mask.astype(x.dtype)
        dev = ops.where(mask, x - mean.expand_dims(1), ops.zeros_like(x))
        return ops.sqrt((dev * dev).sum(axis=1) / (w.sum(axis=1) + self.eps))

    def construct(self, x, mask=None):
        # x: (batch, time, channels)
        if mask is None:
            mask = ops.ones_like(x).astype(ms.bool_)
        elif mask.ndim == 2:
            mask = ops.broadcast_to(mask.expand_dims(-1), x.shape)
        mean = self._masked_mean(x, mask)
        std = self._masked_std(x, mask, mean)
        return self.proj(ops.concat([mean, std], axis=-1))


def make():
    np.random.seed(23)
    x = np.random.randn(2, 10, 3).astype(np.float32)
    mask = np.random.rand(2, 10) > 0.2
    return MaskedWindowFeatures(), (Tensor(x), Tensor(mask))
