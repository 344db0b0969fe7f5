# case: associate detections to tracks by nearest distance, wrapping the gather in try/except to fall back on the previous positions -> try/except in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NearestAssociator(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, prev_xy, det_xy):
        d = ops.cdist(prev_xy, det_xy)
        match = d.argmin(axis=1)
        try:
            new_xy = ops.gather(det_xy, match, 0)
        except IndexError:
            new_xy = prev_xy
        return new_xy, match


def make():
    np.random.seed(19)
    prev = (np.random.rand(10, 2) * 50).astype(np.float32)
    det = (prev[np.random.permutation(10)] + np.random.randn(10, 2) * 0.5).astype(np.float32)
    return NearestAssociator(), (Tensor(prev), Tensor(det))
