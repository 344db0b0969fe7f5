# case: cache regressed joints in a module-level dict keyed by subject id inside construct -> error or fallback in graph mode (global mutable state)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

_JOINT_CACHE = {}


class CachedJointRegressor(nn.Cell):
    def __init__(self, num_verts=20, num_joints=6):
        super().__init__()
        np.random.seed(8)
        r = np.random.rand(num_joints, num_verts).astype(np.float32)
        self.reg = Tensor(r / r.sum(axis=1, keepdims=True))

    def construct(self, verts, subject_id):
        joints = ops.matmul(self.reg, verts)
        _JOINT_CACHE[subject_id] = joints
        return joints


def make():
    np.random.seed(0)
    verts = Tensor(np.random.randn(20, 3).astype(np.float32))
    return CachedJointRegressor(), (verts, 3)
