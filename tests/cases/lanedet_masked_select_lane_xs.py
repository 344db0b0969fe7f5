# case: gather x-coordinates of lane pixels whose segmentation score passes a threshold with masked_select, then average them -> dynamic shape from masked_select
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LaneCenterEstimator(nn.Cell):
    def __init__(self, img_w=32, score_thresh=0.5):
        super().__init__()
        self.img_w = img_w
        self.score_thresh = score_thresh
        self.sigmoid = nn.Sigmoid()

    def pixel_columns(self, h, w):
        cols = ops.arange(0, w, dtype=ms.float32)
        return ops.broadcast_to(cols.view(1, w), (h, w))

    def construct(self, seg_logits):
        prob = self.sigmoid(seg_logits)
        h, w = prob.shape
        xs = self.pixel_columns(h, w)
        lane_mask = prob > self.score_thresh
        lane_xs = ops.masked_select(xs, lane_mask)
        center = lane_xs.mean() / self.img_w
        return center, lane_xs.shape[0]


def make():
    np.random.seed(0)
    logits = Tensor(np.random.randn(16, 32).astype(np.float32))
    return LaneCenterEstimator(), (logits,)
