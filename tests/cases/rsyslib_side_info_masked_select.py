# case: optional side-information fusion projects category features only for items that have them, selecting those rows with ops.masked_select and scattering the mean back -> masked_select gives a data-dependent length, dynamic or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FusionConfig:
    def __init__(self, hidden=8, n_cats=6, fusion="add"):
        self.hidden = hidden
        self.n_cats = n_cats
        self.fusion = fusion


class SideInfoFusion(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.cat_proj = nn.Dense(config.n_cats, config.hidden)
        self.fusion = config.fusion
        self.hidden = config.hidden

    def _side_vectors(self, cat_feats, has_side):
        proj = self.cat_proj(cat_feats)
        sel = ops.masked_select(proj, has_side.expand_dims(-1).broadcast_to(proj.shape))
        sel = sel.reshape(-1, self.hidden)
        return sel.mean(axis=0, keep_dims=True)

    def construct(self, item_h, cat_feats, has_side=None):
        if has_side is None:
            return item_h
        side = self._side_vectors(cat_feats, has_side)
        if self.fusion == "add":
            return item_h + side
        return ops.concat((item_h, side.broadcast_to(item_h.shape)), axis=-1)


def make():
    np.random.seed(3591)
    item_h = Tensor(np.random.randn(5, 8).astype(np.float32))
    cats = Tensor(np.random.rand(5, 6).astype(np.float32))
    has_side = Tensor(np.array([True, False, True, True, False]))
    return SideInfoFusion(FusionConfig()), (item_h, cats, has_side)
