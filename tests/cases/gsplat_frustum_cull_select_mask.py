# case: frustum culling that keeps every point and zeroes the opacity of culled ones with ops.select instead of dropping them -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SoftFrustumCull(nn.Cell):
    def __init__(self, near=0.2, far=100.0, tan_half_fov=0.6, margin=1.3):
        super().__init__()
        self.near = near
        self.far = far
        self.limit = tan_half_fov * margin

    def construct(self, means, opacity, viewmat):
        rot = viewmat[:3, :3]
        trans = viewmat[:3, 3]
        cam = ops.matmul(means, rot.T) + trans
        z = cam[:, 2]
        safe_z = ops.clamp(z, min=1e-6)
        in_x = ops.abs(cam[:, 0] / safe_z) <= self.limit
        in_y = ops.abs(cam[:, 1] / safe_z) <= self.limit
        in_z = ops.logical_and(z > self.near, z < self.far)
        inside = ops.logical_and(ops.logical_and(in_x, in_y), in_z)
        culled_opacity = ops.select(inside, opacity, ops.zeros_like(opacity))
        return culled_opacity, inside.astype(ms.int32).sum()


def make():
    np.random.seed(12)
    means = Tensor(np.random.uniform(-4, 4, (28, 3)).astype(np.float32))
    opacity = Tensor(np.random.rand(28).astype(np.float32))
    view = np.eye(4, dtype=np.float32)
    view[2, 3] = 5.0
    return SoftFrustumCull(), (means, opacity, Tensor(view))
