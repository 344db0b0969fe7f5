# case: lane-graph preprocessing computes the centroid of valid lane nodes by ops.masked_select on the node mask -> masked_select output size from data, expect dynamic or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def _centroid(xy, mask):
    xs = ops.masked_select(xy[..., 0], mask)
    ys = ops.masked_select(xy[..., 1], mask)
    return ops.stack([xs.mean(), ys.mean()])


class LaneNodeNormalizer(nn.Cell):
    """Centers lane nodes on their centroid (scene-centric mode)."""

    def __init__(self, scene_centric=True, scale=None):
        super().__init__()
        self.scene_centric = scene_centric
        self.scale = scale

    def construct(self, lane_xy, lane_mask):
        if self.scene_centric:
            center = _centroid(lane_xy, lane_mask)
            lane_xy = lane_xy - center
        if self.scale is not None:
            lane_xy = lane_xy / self.scale
        return lane_xy * lane_mask.astype(lane_xy.dtype).expand_dims(-1)


def make():
    np.random.seed(5)
    xy = Tensor((np.random.randn(6, 10, 2) * 20).astype(np.float32))
    m = np.random.rand(6, 10) > 0.3
    return LaneNodeNormalizer(), (xy, Tensor(m))
