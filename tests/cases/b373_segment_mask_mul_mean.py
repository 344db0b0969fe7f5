# case: padded ECG segments, masked mean pooling done by multiplying with the mask and dividing by mask.sum (looks like a data-dependent length, but only values) -> expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from dataclasses import dataclass


@dataclass
class PoolConfig:
    n_leads: int = 12
    hidden: int = 24
    eps: float = 1e-6
    return_dict: bool = False


class SegmentPoolOutput:
    def __init__(self, pooled, lengths):
        self.pooled = pooled
        self.lengths = lengths


class MaskedSegmentPool(nn.Cell):
    def __init__(self, config: PoolConfig):
        super().__init__()
        self.embed = nn.Dense(config.n_leads, config.hidden)
        self.eps = config.eps
        self.return_dict = config.return_dict

    def _pool(self, h, mask):
        m = mask.astype(h.dtype).expand_dims(-1)
        n_valid = m.sum(axis=1)
        pooled = (h * m).sum(axis=1) / (n_valid + self.eps)
        return pooled, n_valid.squeeze(-1)

    def construct(self, segments, mask=None):
        h = ops.gelu(self.embed(segments))
        if mask is None:
            mask = ops.ones(segments.shape[:2], ms.bool_)
        pooled, lengths = self._pool(h, mask)
        if self.return_dict:
            return SegmentPoolOutput(pooled, lengths)
        return pooled, lengths


def make():
    np.random.seed(3734)
    x = np.random.randn(3, 64, 12).astype(np.float32)
    lens = np.array([64, 40, 17])
    mask = np.arange(64)[None, :] < lens[:, None]
    x = x * mask[..., None]
    return MaskedSegmentPool(PoolConfig()), (Tensor(x), Tensor(mask))
