# case: fuses depth readings that arrive either as one tensor or as a tuple of per-camera tensors, dispatched with isinstance in construct -> type guard on Python structure, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DepthFusion(nn.Cell):
    def __init__(self, max_depth=20.0):
        super().__init__()
        self.max_depth = max_depth

    def clean(self, depth):
        depth = ops.clamp(depth, 0.0, self.max_depth)
        return ops.where(depth <= 0.0, ops.full_like(depth, self.max_depth), depth)

    def construct(self, depth):
        if isinstance(depth, (tuple, list)):
            stacked = ops.stack([self.clean(d) for d in depth])
            fused = stacked.min(axis=0)
        else:
            fused = self.clean(depth)
        return fused, fused.min()


def make():
    np.random.seed(35)
    cams = tuple(Tensor(np.random.uniform(-1, 25, size=(6, 8)).astype(np.float32)) for _ in range(3))
    return DepthFusion(), (cams,)
