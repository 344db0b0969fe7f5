# case: replace low-confidence 2D keypoints by the projected prediction with ops.where before the loss -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PerspectiveCamera(nn.Cell):
    def __init__(self, focal=500.0, center=(112.0, 112.0)):
        super().__init__()
        self.focal = focal
        self.center = Tensor(np.array(center, np.float32))

    def construct(self, points, trans):
        # points: (B, J, 3), trans: (B, 3)
        p = points + trans.expand_dims(1)
        z = ops.clamp(p[:, :, 2:3], min=1e-3)
        return self.focal * p[:, :, :2] / z + self.center


class RobustKeypointLoss(nn.Cell):
    def __init__(self, conf_thresh=0.25):
        super().__init__()
        self.camera = PerspectiveCamera()
        self.conf_thresh = conf_thresh

    def construct(self, joints, trans, kp2d, conf):
        pred = self.camera(joints, trans)
        good = ops.broadcast_to((conf > self.conf_thresh).expand_dims(-1), pred.shape)
        target = ops.where(good, kp2d, ops.stop_gradient(pred))
        return ops.abs(pred - target).mean()


def make():
    np.random.seed(0)
    joints = Tensor(np.random.randn(2, 12, 3).astype(np.float32) * 0.3)
    trans = Tensor(np.array([[0, 0, 5], [0.1, 0, 6]], np.float32))
    kp = Tensor(np.random.rand(2, 12, 2).astype(np.float32) * 224)
    conf = Tensor(np.random.rand(2, 12).astype(np.float32))
    return RobustKeypointLoss(), (joints, trans, kp, conf)
