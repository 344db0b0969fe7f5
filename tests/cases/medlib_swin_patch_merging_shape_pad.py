# case: SwinUNETR-style 3-D patch merging pads odd spatial sizes (computed from x.shape) and gathers the eight strided sub-volumes x[:, 0::2, 1::2, ...] before a Dense reduction -> shape-only padding and constant strided slices, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MergeConfig:
    def __init__(self, dim=4, use_norm=True, spatial_dims=3):
        self.dim = dim
        self.use_norm = use_norm
        self.spatial_dims = spatial_dims


OFFSETS = [(i, j, k) for i in (0, 1) for j in (0, 1) for k in (0, 1)]


class PatchMerging(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.dim = config.dim
        self.use_norm = config.use_norm
        self.norm = nn.LayerNorm((8 * config.dim,)) if config.use_norm else None
        self.reduction = nn.Dense(8 * config.dim, 2 * config.dim, has_bias=False)

    def _pad_to_even(self, x):
        _, d, h, w, _ = x.shape
        pad_d, pad_h, pad_w = d % 2, h % 2, w % 2
        if pad_d or pad_h or pad_w:
            x = ops.pad(x, (0, 0, 0, pad_w, 0, pad_h, 0, pad_d))
        return x

    def construct(self, x):
        x = self._pad_to_even(x)
        parts = [x[:, i::2, j::2, k::2, :] for i, j, k in OFFSETS]
        x = ops.cat(parts, axis=-1)
        if self.norm is not None:
            x = self.norm(x)
        return self.reduction(x)


def make():
    np.random.seed(39)
    x = Tensor(np.random.randn(1, 5, 6, 7, 4).astype(np.float32))
    return PatchMerging(MergeConfig()), (x,)
