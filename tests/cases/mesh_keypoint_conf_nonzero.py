# case: find confident 2D keypoints with nonzero and gather them for a reprojection loss -> dynamic shape from nonzero/gather
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConfidentReprojLoss(nn.Cell):
    def __init__(self, conf_thresh=0.3):
        super().__init__()
        self.conf_thresh = conf_thresh

    def select_confident(self, kp2d):
        conf = kp2d[:, 2]
        idx = ops.nonzero(conf > self.conf_thresh).reshape(-1)
        return idx

    def construct(self, pred_2d, kp2d):
        # pred_2d: (J, 2), kp2d: (J, 3) with confidence in last column
        idx = self.select_confident(kp2d)
        pred = ops.gather(pred_2d, idx, 0)
        gt = ops.gather(kp2d[:, :2], idx, 0)
        return ((pred - gt) ** 2).sum(axis=-1).mean()


def make():
    np.random.seed(0)
    pred = Tensor(np.random.randn(17, 2).astype(np.float32))
    kp = np.random.randn(17, 3).astype(np.float32)
    kp[:, 2] = np.random.rand(17)
    return ConfidentReprojLoss(), (pred, Tensor(kp))
