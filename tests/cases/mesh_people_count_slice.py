# case: slice padded per-person SMPL betas with a people-count tensor (betas[:n]) -> dynamic shape or error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShapeBlend(nn.Cell):
    def __init__(self, num_verts=20, num_betas=10):
        super().__init__()
        np.random.seed(1)
        dirs = np.random.randn(num_verts * 3, num_betas).astype(np.float32) * 0.01
        self.shapedirs = ms.Parameter(Tensor(dirs), requires_grad=False)
        self.template = ms.Parameter(Tensor(np.zeros((num_verts, 3), np.float32)), requires_grad=False)
        self.num_verts = num_verts

    def construct(self, betas):
        offsets = ops.matmul(betas, self.shapedirs.T)
        return self.template + offsets.reshape(-1, self.num_verts, 3)


class MultiPersonBody(nn.Cell):
    def __init__(self, max_people=4):
        super().__init__()
        self.max_people = max_people
        self.blend = ShapeBlend()

    def construct(self, padded_betas, num_people):
        # only run the body model for the people actually detected
        betas = padded_betas[:num_people]
        verts = self.blend(betas)
        return verts


def make():
    np.random.seed(0)
    betas = Tensor(np.random.randn(4, 10).astype(np.float32))
    n = Tensor(2, ms.int32)
    return MultiPersonBody(), (betas, n)
