# case: forward kinematics of a planar serial arm accumulating joint angles link by link -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PlanarArmFK(nn.Cell):
    def __init__(self, link_lengths=(0.4, 0.3, 0.2, 0.1), return_all_joints=True):
        super().__init__()
        self.link_lengths = link_lengths
        self.num_links = len(link_lengths)
        self.return_all_joints = return_all_joints

    def link_offset(self, theta, length):
        return ops.stack((length * ops.cos(theta), length * ops.sin(theta)), axis=-1)

    def construct(self, joint_angles):
        batch = joint_angles.shape[0]
        pos = ops.zeros((batch, 2), ms.float32)
        theta = ops.zeros((batch,), ms.float32)
        joints = []
        for i in range(self.num_links):
            theta = theta + joint_angles[:, i]
            pos = pos + self.link_offset(theta, self.link_lengths[i])
            joints.append(pos)
        if self.return_all_joints:
            return ops.stack(joints, axis=1)
        return pos


def make():
    np.random.seed(8)
    q = Tensor(np.random.uniform(-np.pi, np.pi, (5, 4)).astype(np.float32))
    return PlanarArmFK(), (q,)
