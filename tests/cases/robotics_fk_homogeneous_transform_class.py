# case: FK chain that composes homogeneous transforms through a small plain Python Pose class built from tensors -> compile error at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Pose:
    """Minimal rigid transform helper (rotation about z + translation)."""

    def __init__(self, rot, trans):
        self.rot = rot
        self.trans = trans

    def compose(self, other):
        return Pose(ops.matmul(self.rot, other.rot),
                    ops.matmul(self.rot, other.trans) + self.trans)


class SerialChainFK(nn.Cell):
    def __init__(self, num_joints=3, link_length=0.25):
        super().__init__()
        self.num_joints = num_joints
        self.offset = Tensor(np.array([link_length, 0.0, 0.0], np.float32))

    def joint_pose(self, q):
        c, s = ops.cos(q), ops.sin(q)
        zero, one = ops.zeros_like(q), ops.ones_like(q)
        rot = ops.stack((ops.stack((c, -s, zero)), ops.stack((s, c, zero)),
                         ops.stack((zero, zero, one))))
        return Pose(rot, ops.matmul(rot, self.offset))

    def construct(self, q):
        pose = self.joint_pose(q[0])
        for i in range(1, self.num_joints):
            pose = pose.compose(self.joint_pose(q[i]))
        return pose.trans


def make():
    np.random.seed(9)
    q = Tensor(np.random.uniform(-1.0, 1.0, (3,)).astype(np.float32))
    return SerialChainFK(), (q,)
