# case: route RoIs to FPN levels by gathering the indices of each level with nonzero -> dynamic shape at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiLevelRoIRouter(nn.Cell):
    def __init__(self, num_levels=3, finest_scale=56.0, out_channels=8):
        super().__init__()
        self.num_levels = num_levels
        self.finest_scale = finest_scale
        self.level_heads = nn.CellList([nn.Dense(out_channels, out_channels) for _ in range(num_levels)])

    def target_levels(self, rois):
        scale = ops.sqrt((rois[:, 2] - rois[:, 0]) * (rois[:, 3] - rois[:, 1]))
        lvl = ops.floor(ops.log2(scale / self.finest_scale + 1e-6))
        return ops.clamp(lvl, 0, self.num_levels - 1).astype(ms.int32)

    def construct(self, rois, roi_feats):
        levels = self.target_levels(rois)
        out = ops.zeros_like(roi_feats)
        for i in range(self.num_levels):
            inds = ops.nonzero(levels == i).view(-1)
            feats_i = ops.gather(roi_feats, inds, 0)
            out = ops.tensor_scatter_update(out, inds.view(-1, 1), self.level_heads[i](feats_i))
        return out


def make():
    np.random.seed(10)
    xy = np.random.rand(12, 2).astype(np.float32) * 100
    wh = np.random.rand(12, 2).astype(np.float32) * 250 + 20
    rois = Tensor(np.concatenate([xy, xy + wh], axis=1))
    feats = Tensor(np.random.randn(12, 8).astype(np.float32))
    return MultiLevelRoIRouter(), (rois, feats)
