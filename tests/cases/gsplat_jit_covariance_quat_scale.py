# case: ms.jit function building 3D covariances R S S^T R^T from normalized quaternions and log scales -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def quat_to_rotmat(q):
    q = q / ops.norm(q, dim=-1, keepdim=True)
    w, x, y, z = q[:, 0], q[:, 1], q[:, 2], q[:, 3]
    r0 = ops.stack([1 - 2 * (y * y + z * z), 2 * (x * y - w * z), 2 * (x * z + w * y)], axis=-1)
    r1 = ops.stack([2 * (x * y + w * z), 1 - 2 * (x * x + z * z), 2 * (y * z - w * x)], axis=-1)
    r2 = ops.stack([2 * (x * z - w * y), 2 * (y * z + w * x), 1 - 2 * (x * x + y * y)], axis=-1)
    return ops.stack([r0, r1, r2], axis=1)


@ms.jit
def covariance3d(quats, log_scales, scale_modifier=1.0):
    rot = quat_to_rotmat(quats)
    s = ops.exp(log_scales) * scale_modifier
    m = rot * s.expand_dims(1)
    return ops.bmm(m, m.transpose(0, 2, 1))


def make():
    np.random.seed(36)
    quats = Tensor(np.random.randn(12, 4).astype(np.float32))
    log_scales = Tensor(np.random.uniform(-4, -1, (12, 3)).astype(np.float32))
    return covariance3d, (quats, log_scales)
