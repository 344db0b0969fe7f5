# case: associate detections to existing tracks by cdist + argmin and blend positions with a momentum factor -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MomentumAssociator(nn.Cell):
    def __init__(self, momentum=0.7, gate=5.0):
        super().__init__()
        self.momentum = momentum
        self.gate = gate

    def construct(self, prev_xy, det_xy):
        d = ops.cdist(prev_xy, det_xy)
        match = d.argmin(axis=1)
        best = d.min(axis=1)
        cand = ops.gather(det_xy, match, 0)
        blended = self.momentum * cand + (1 - self.momentum) * prev_xy
        ok = (best < self.gate).expand_dims(1)
        return ops.where(ok, blended, prev_xy), match


def make():
    np.random.seed(20)
    prev = (np.random.rand(10, 2) * 50).astype(np.float32)
    det = (prev[np.random.permutation(10)] + np.random.randn(10, 2) * 0.5).astype(np.float32)
    return MomentumAssociator(), (Tensor(prev), Tensor(det))
