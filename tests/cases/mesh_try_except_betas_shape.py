# case: wrap the shape-blend matmul in try/except to fall back to the template mesh -> error in graph mode (try unsupported)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SafeShapeBlend(nn.Cell):
    def __init__(self, num_verts=16, num_betas=10):
        super().__init__()
        np.random.seed(4)
        self.template = Tensor(np.random.randn(num_verts, 3).astype(np.float32))
        self.shapedirs = Tensor(np.random.randn(num_betas, num_verts * 3).astype(np.float32) * 0.01)

    def construct(self, betas):
        try:
            offsets = ops.matmul(betas, self.shapedirs).reshape(betas.shape[0], -1, 3)
            verts = self.template + offsets
        except ValueError:
            verts = ops.broadcast_to(self.template, (betas.shape[0],) + self.template.shape)
        return verts


def make():
    np.random.seed(0)
    betas = Tensor(np.random.randn(2, 10).astype(np.float32))
    return SafeShapeBlend(), (betas,)
