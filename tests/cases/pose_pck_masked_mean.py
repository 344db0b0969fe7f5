# case: PCKh-style accuracy with head-size normalization and masked mean over joints, threshold from config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PCKhAccuracy(nn.Cell):
    def __init__(self, thr=0.5, head_top=9, neck=8, per_joint=False):
        super().__init__()
        self.thr = thr
        self.head_top = head_top
        self.neck = neck
        self.per_joint = per_joint

    def head_size(self, gt):
        seg = gt[:, self.head_top] - gt[:, self.neck]
        return ops.norm(seg, dim=-1)

    def construct(self, pred, gt, vis):
        hs = self.head_size(gt).expand_dims(1)
        err = ops.norm(pred - gt, dim=-1) / (hs + 1e-6)
        correct = (err <= self.thr).astype(ms.float32)
        w = (vis > 0).astype(ms.float32)
        if self.per_joint:
            return (correct * w).sum(0) / ops.clamp(w.sum(0), min=1.0)
        return (correct * w).sum() / ops.clamp(w.sum(), min=1.0)


def make():
    np.random.seed(6)
    gt = np.random.rand(6, 16, 2).astype(np.float32) * 96
    pred = gt + np.random.randn(6, 16, 2).astype(np.float32) * 3
    vis = np.random.randint(0, 2, size=(6, 16)).astype(np.int32)
    return PCKhAccuracy(), (Tensor(pred), Tensor(gt), Tensor(vis))
