# case: zero out lane coordinates of non-existing lanes with ops.select on a broadcast existence mask instead of dropping them -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LaneMasker(nn.Cell):
    def __init__(self, exist_thresh=0.5, invalid_value=-2.0):
        super().__init__()
        self.exist_thresh = exist_thresh
        self.invalid_value = invalid_value

    def construct(self, exist_logits, lane_xs):
        exist = ops.sigmoid(exist_logits) > self.exist_thresh
        mask = ops.broadcast_to(exist.view(-1, 1), lane_xs.shape)
        filler = ops.full_like(lane_xs, self.invalid_value)
        masked = ops.select(mask, lane_xs, filler)
        n_lanes = exist.astype(ms.int32).sum()
        return masked, n_lanes


def make():
    np.random.seed(21)
    logits = Tensor(np.random.randn(4).astype(np.float32))
    xs = Tensor(np.random.rand(4, 18).astype(np.float32))
    return LaneMasker(), (logits, xs)
