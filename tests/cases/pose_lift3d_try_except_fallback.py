# case: 2D-to-3D lifting network whose construct wraps the camera-space back-projection in try/except with a root-relative fallback -> compile error at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LiftingMLP(nn.Cell):
    def __init__(self, num_joints=17, hidden=64):
        super().__init__()
        self.num_joints = num_joints
        self.net = nn.SequentialCell([
            nn.Dense(num_joints * 2, hidden), nn.ReLU(),
            nn.Dense(hidden, num_joints * 3),
        ])

    def construct(self, kpts2d):
        b = kpts2d.shape[0]
        return self.net(kpts2d.reshape(b, -1)).reshape(b, self.num_joints, 3)


class CameraAwareLifter(nn.Cell):
    def __init__(self, num_joints=17, root=0):
        super().__init__()
        self.lifter = LiftingMLP(num_joints)
        self.root = root

    def construct(self, kpts2d, focal, root_depth):
        pose3d = self.lifter(kpts2d)
        try:
            z = pose3d[..., 2] + root_depth.expand_dims(-1)
            xy = kpts2d * z.expand_dims(-1) / focal.reshape(-1, 1, 1)
            cam = ops.concat([xy, z.expand_dims(-1)], axis=-1)
        except ValueError:
            cam = pose3d - pose3d[:, self.root:self.root + 1]
        return cam


def make():
    np.random.seed(25)
    k = np.random.randn(2, 17, 2).astype(np.float32)
    f = np.array([1000.0, 1100.0], np.float32)
    d = np.array([4.0, 5.5], np.float32)
    return CameraAwareLifter(), (Tensor(k), Tensor(f), Tensor(d))
