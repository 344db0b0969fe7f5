# case: index projected keypoints with a boolean confidence mask (kp[conf > t]) to compute a reprojection loss -> dynamic shape from boolean indexing
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WeakPerspective(nn.Cell):
    def construct(self, joints, cam):
        # cam: (3,) = scale, tx, ty
        return cam[0] * joints[:, :2] + cam[1:3]


class KeypointLoss(nn.Cell):
    def __init__(self, conf_thresh=0.2):
        super().__init__()
        self.proj = WeakPerspective()
        self.conf_thresh = conf_thresh

    def construct(self, joints3d, cam, kp2d, conf):
        pred = self.proj(joints3d, cam)
        keep = conf > self.conf_thresh
        diff = pred[keep] - kp2d[keep]
        return (diff ** 2).mean()


def make():
    np.random.seed(0)
    j = Tensor(np.random.randn(17, 3).astype(np.float32))
    cam = Tensor(np.array([0.9, 0.1, -0.05], np.float32))
    kp = Tensor(np.random.randn(17, 2).astype(np.float32))
    conf = Tensor(np.random.rand(17).astype(np.float32))
    return KeypointLoss(), (j, cam, kp, conf)
