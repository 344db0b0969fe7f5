# case: RoI-to-level mapper loops over pyramid levels with range(int(num_levels)) where num_levels is passed as a tensor, appending per-level masks to a list -> loop count from a tensor value
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FINEST_SCALE = 56


class RoILevelMapper(nn.Cell):
    def __init__(self, finest_scale=FINEST_SCALE, **kwargs):
        super().__init__()
        self.finest_scale = finest_scale
        self.max_level = kwargs.get("max_level", 3)

    def map_roi_levels(self, rois):
        scale = ops.sqrt((rois[:, 3] - rois[:, 1]) * (rois[:, 4] - rois[:, 2]))
        lvl = ops.floor(ops.log2(scale / self.finest_scale + 1e-6))
        return ops.clamp(lvl, 0, self.max_level).astype(ms.int32)

    def construct(self, rois, num_levels):
        target_lvls = self.map_roi_levels(rois)
        masks = []
        for i in range(int(num_levels)):
            masks.append((target_lvls == i).astype(ms.float32))
        return ops.stack(masks)


def make():
    np.random.seed(3374)
    xy = np.random.rand(10, 2) * 100
    wh = np.random.rand(10, 2) * 300 + 8
    rois = np.concatenate([np.zeros((10, 1)), xy, xy + wh], 1).astype(np.float32)
    return RoILevelMapper(max_level=3), (Tensor(rois), Tensor(4, ms.int32))
