# case: turn the tensor of selected joint ids into a Python list with .tolist() and rebuild an index Tensor from it in construct -> error or host round trip in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class JointSubsetRegressor(nn.Cell):
    def __init__(self, num_verts=25, num_joints=12):
        super().__init__()
        np.random.seed(6)
        r = np.random.rand(num_joints, num_verts).astype(np.float32)
        self.reg = Tensor(r / r.sum(axis=1, keepdims=True))

    def construct(self, verts, joint_ids):
        # verts: (B, V, 3), joint_ids: (K,) int32 chosen per dataset
        joints = ops.matmul(self.reg, verts)
        ids = joint_ids.tolist()
        index = Tensor(ids, ms.int32)
        return ops.gather(joints, index, 1)


def make():
    np.random.seed(0)
    verts = Tensor(np.random.randn(2, 25, 3).astype(np.float32))
    ids = Tensor(np.array([0, 3, 4, 7, 11], np.int32))
    return JointSubsetRegressor(), (verts, ids)
