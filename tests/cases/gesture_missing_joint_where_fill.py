# case: replaces low-confidence joints with the wrist position via ops.where on a broadcast mask -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HandKeypointCleaner(nn.Cell):
    def __init__(self, wrist_index=0, min_conf=0.1, center=True):
        super().__init__()
        self.wrist_index = wrist_index
        self.min_conf = min_conf
        self.center = center

    def construct(self, joints, joint_conf):
        # joints: (T, 21, 3), joint_conf: (T, 21)
        wrist = joints[:, self.wrist_index:self.wrist_index + 1, :]
        missing = (joint_conf < self.min_conf).expand_dims(-1)
        filled = ops.where(missing, ops.broadcast_to(wrist, joints.shape), joints)
        if self.center:
            filled = filled - wrist
        return filled


def make():
    np.random.seed(5)
    joints = Tensor(np.random.randn(10, 21, 3).astype(np.float32))
    conf = np.random.rand(10, 21).astype(np.float32)
    conf[:, [4, 8]] = 0.0
    return HandKeypointCleaner(), (joints, Tensor(conf))
