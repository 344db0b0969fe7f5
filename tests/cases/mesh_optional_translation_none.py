# case: body model forward with an optional global translation tested with `is None` and default argument -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SimpleBodyModel(nn.Cell):
    def __init__(self, num_verts=18, num_betas=6):
        super().__init__()
        np.random.seed(2)
        self.template = Tensor(np.random.randn(num_verts, 3).astype(np.float32))
        self.shapedirs = Tensor(np.random.randn(num_verts, 3, num_betas).astype(np.float32) * 0.02)

    def construct(self, betas, global_orient, transl=None):
        # betas: (B, K), global_orient: (B, 3, 3)
        b = betas.shape[0]
        dirs = self.shapedirs.reshape(-1, self.shapedirs.shape[-1])
        offsets = ops.matmul(betas, dirs.T).reshape(b, -1, 3)
        verts = self.template + offsets
        verts = ops.matmul(verts, global_orient.transpose(0, 2, 1))
        if transl is not None:
            verts = verts + transl.expand_dims(1)
        return verts


def make():
    np.random.seed(0)
    betas = Tensor(np.random.randn(2, 6).astype(np.float32))
    R = Tensor(np.tile(np.eye(3, dtype=np.float32), (2, 1, 1)))
    return SimpleBodyModel(), (betas, R)
