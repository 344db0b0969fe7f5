# case: variable-length ECG segments padded to a fixed length; pooling mixin averages only valid samples via boolean-mask indexing feat[mask] -> boolean index gives a data-dependent shape, expected dynamic or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SegmentConfig:
    def __init__(self, n_leads=12, hidden=32, pool="masked_mean", use_layer_norm=True):
        self.n_leads = n_leads
        self.hidden = hidden
        self.pool = pool
        self.use_layer_norm = use_layer_norm


class MaskedPoolMixin:
    def masked_mean(self, feat, mask):
        # feat: (B, T, H), mask: (B, T) bool
        valid = feat[mask]
        return valid.mean(axis=0, keep_dims=True)


class SegmentEncoder(nn.Cell, MaskedPoolMixin):
    def __init__(self, config):
        super().__init__()
        self.proj = nn.Dense(config.n_leads, config.hidden)
        self.norm = nn.LayerNorm((config.hidden,)) if config.use_layer_norm else nn.Identity()
        self.pool = config.pool

    def construct(self, segments, padding_mask=None):
        h = self.norm(ops.relu(self.proj(segments)))
        if padding_mask is None:
            return h.mean(axis=1)
        if self.pool == "masked_mean":
            return self.masked_mean(h, padding_mask)
        return h.max(axis=1)


def make():
    np.random.seed(3733)
    lengths = [70, 45]
    x = np.zeros((2, 80, 12), np.float32)
    mask = np.zeros((2, 80), bool)
    for i, n in enumerate(lengths):
        x[i, :n] = np.random.randn(n, 12)
        mask[i, :n] = True
    return SegmentEncoder(SegmentConfig()), (Tensor(x), Tensor(mask))
