# case: optional side-information fusion uses ops.where with three arguments to fuse category features only where an item has them, falling back to the plain embedding elsewhere -> elementwise select keeps static shapes, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FusionConfig:
    def __init__(self, hidden=8, n_cats=6, fusion="gate"):
        self.hidden = hidden
        self.n_cats = n_cats
        self.fusion = fusion


class GatedSideFusion(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.cat_proj = nn.Dense(config.n_cats, config.hidden)
        self.gate = nn.Dense(2 * config.hidden, config.hidden, activation="sigmoid")
        self.fusion = config.fusion

    def _fuse(self, item_h, side_h):
        if self.fusion == "gate":
            g = self.gate(ops.concat((item_h, side_h), axis=-1))
            return g * item_h + (1 - g) * side_h
        return item_h + side_h

    def construct(self, item_h, cat_feats, has_side=None):
        side_h = self.cat_proj(cat_feats)
        fused = self._fuse(item_h, side_h)
        if has_side is None:
            return fused
        return ops.where(has_side.expand_dims(-1), fused, item_h)


def make():
    np.random.seed(3592)
    item_h = Tensor(np.random.randn(5, 8).astype(np.float32))
    cats = Tensor(np.random.rand(5, 6).astype(np.float32))
    has_side = Tensor(np.array([True, False, True, True, False]))
    return GatedSideFusion(FusionConfig()), (item_h, cats, has_side)
