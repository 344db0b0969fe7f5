# case: keep previous pose for low-confidence mocap joints using three-argument ops.select -> static shapes, fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConfidenceGatedRetarget(nn.Cell):
    def __init__(self, conf_thr=0.6, blend=0.8):
        super().__init__()
        self.conf_thr = conf_thr
        self.blend = blend
        self.proj = nn.Dense(3, 3)

    def construct(self, joints, prev_joints, confidence):
        ok = ops.expand_dims(confidence > self.conf_thr, -1)
        ok = ops.broadcast_to(ok, joints.shape)
        fused = ops.select(ok, joints, prev_joints)
        smoothed = self.blend * fused + (1.0 - self.blend) * prev_joints
        return self.proj(smoothed)


def make():
    np.random.seed(16)
    joints = np.random.randn(17, 3).astype(np.float32)
    prev = joints + 0.05 * np.random.randn(17, 3).astype(np.float32)
    conf = np.random.rand(17).astype(np.float32)
    return ConfidenceGatedRetarget(), (Tensor(joints), Tensor(prev), Tensor(conf))
