# case: regress 3D joints from mesh vertices with a dense joint regressor matrix via einsum-like matmul -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class JointRegressor(nn.Cell):
    def __init__(self, num_verts=40, num_joints=14, normalize=True):
        super().__init__()
        np.random.seed(5)
        reg = np.abs(np.random.randn(num_joints, num_verts)).astype(np.float32)
        if normalize:
            reg = reg / reg.sum(axis=1, keepdims=True)
        self.regressor = Tensor(reg)

    def construct(self, verts):
        # verts: (B, V, 3) -> joints (B, J, 3)
        b = verts.shape[0]
        reg = ops.broadcast_to(self.regressor, (b,) + self.regressor.shape)
        return ops.bmm(reg, verts)


def make():
    np.random.seed(0)
    verts = Tensor(np.random.randn(3, 40, 3).astype(np.float32))
    return JointRegressor(), (verts,)
