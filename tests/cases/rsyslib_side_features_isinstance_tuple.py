# case: side-information fusion accepts one tensor or a tuple of feature tensors (category, brand, price bucket), checked with isinstance, and sums per-feature projections by zipping them with an nn.CellList -> Python-level type checks and a fixed-length zip, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SideInfoConfig:
    def __init__(self, hidden=8, side_dims=(5, 3, 4), fusion="sum"):
        self.hidden = hidden
        self.side_dims = side_dims
        self.fusion = fusion


class MultiSideFusion(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.projs = nn.CellList([nn.Dense(d, config.hidden) for d in config.side_dims])
        self.fusion = config.fusion
        self.n_side = len(config.side_dims)

    def _project(self, side_feats):
        if isinstance(side_feats, Tensor):
            side_feats = (side_feats,)
        if not isinstance(side_feats, (list, tuple)):
            raise TypeError("side_feats must be a Tensor or a sequence of Tensors")
        return [proj(f) for proj, f in zip(self.projs, side_feats)]

    def construct(self, item_h, side_feats=None):
        if side_feats is None:
            return item_h
        parts = self._project(side_feats)
        if self.fusion == "sum":
            fused = item_h
            for p in parts:
                fused = fused + p
            return fused
        return ops.concat([item_h] + parts, axis=-1)


def make():
    np.random.seed(3607)
    item_h = Tensor(np.random.randn(2, 5, 8).astype(np.float32))
    feats = tuple(Tensor(np.random.rand(2, 5, d).astype(np.float32)) for d in (5, 3, 4))
    return MultiSideFusion(SideInfoConfig()), (item_h, feats)
