# case: build a sparse COOTensor joint regressor from stored indices/values in construct and multiply it with the vertex tensor -> sparse tensor in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseJointRegressor(nn.Cell):
    def __init__(self, num_verts=30, num_joints=5, per_joint=4):
        super().__init__()
        np.random.seed(9)
        rows = np.repeat(np.arange(num_joints), per_joint)
        cols = np.random.choice(num_verts, num_joints * per_joint, replace=False)
        self.indices = Tensor(np.stack([rows, cols], axis=1).astype(np.int32))
        self.values = Tensor(np.full(num_joints * per_joint, 1.0 / per_joint, np.float32))
        self.shape = (num_joints, num_verts)

    def construct(self, verts):
        # verts: (V, 3)
        reg = COOTensor(self.indices, self.values, self.shape)
        dense = reg.to_dense()
        return ops.matmul(dense, verts)


def make():
    np.random.seed(0)
    verts = Tensor(np.random.randn(30, 3).astype(np.float32))
    return SparseJointRegressor(), (verts,)
