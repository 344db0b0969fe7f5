# case: lane normalizer has an 'exact_centroid' path using ops.masked_select, but the default config keeps it off and uses a mask-weighted mean -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NormalizerConfig:
    def __init__(self, scene_centric=True, exact_centroid=False, scale=None):
        self.scene_centric = scene_centric
        self.exact_centroid = exact_centroid
        self.scale = scale


def _weighted_centroid(xy, mask):
    w = mask.astype(xy.dtype).expand_dims(-1)
    total = (xy * w).sum(axis=(0, 1))
    return total / ops.clamp(w.sum(), min=1.0)


class LaneNodeNormalizer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.scene_centric = config.scene_centric
        self.exact_centroid = config.exact_centroid
        self.scale = config.scale

    def _exact_centroid(self, xy, mask):
        xs = ops.masked_select(xy[..., 0], mask)
        ys = ops.masked_select(xy[..., 1], mask)
        return ops.stack([xs.mean(), ys.mean()])

    def construct(self, lane_xy, lane_mask):
        if self.scene_centric:
            if self.exact_centroid:
                center = self._exact_centroid(lane_xy, lane_mask)
            else:
                center = _weighted_centroid(lane_xy, lane_mask)
            lane_xy = lane_xy - center
        if self.scale is not None:
            lane_xy = lane_xy / self.scale
        return lane_xy * lane_mask.astype(lane_xy.dtype).expand_dims(-1)


def make():
    np.random.seed(6)
    xy = Tensor((np.random.randn(6, 10, 2) * 20).astype(np.float32))
    m = np.random.rand(6, 10) > 0.3
    return LaneNodeNormalizer(NormalizerConfig()), (xy, Tensor(m))
