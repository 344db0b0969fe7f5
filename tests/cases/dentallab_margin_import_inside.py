# case: margin angle check imports math inside construct to convert the preparation taper limit to radians -> graph mode may reject the import statement
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TaperAngleCheck(nn.Cell):
    def __init__(self, max_taper_deg=12.0):
        super().__init__()
        self.max_taper_deg = max_taper_deg

    def construct(self, wall_normals):
        import math
        limit = math.radians(self.max_taper_deg)
        nz = ops.abs(wall_normals[:, 2])
        norm = ops.norm(wall_normals, dim=-1) + 1e-6
        taper = ops.asin(ops.clamp(nz / norm, 0.0, 1.0))
        undercut = (taper > limit).astype(ms.float32)
        return taper, undercut.mean()


def make():
    np.random.seed(337)
    normals = np.random.randn(90, 3).astype(np.float32)
    normals[:, 2] *= 0.2
    return TaperAngleCheck(), (Tensor(normals),)
