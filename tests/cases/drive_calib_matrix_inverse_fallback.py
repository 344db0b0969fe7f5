# case: camera-to-ego projection that wraps the intrinsics inversion in try/except with a pinhole fallback -> compile error at line 13
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrustumToEgo(nn.Cell):
    def __init__(self, depth_min=1.0, depth_max=9.0, depth_bins=4):
        super().__init__()
        self.depths = Tensor(np.linspace(depth_min, depth_max, depth_bins).astype(np.float32))

    def invert_intrinsics(self, K):
        try:
            K_inv = ops.inverse(K)
        except RuntimeError:
            fx, fy = K[0, 0], K[1, 1]
            K_inv = ops.diag(ops.stack([1.0 / fx, 1.0 / fy, ops.ones_like(fx)]))
        return K_inv

    def construct(self, pixels, K, cam_to_ego):
        K_inv = self.invert_intrinsics(K)
        ones = ops.ones((pixels.shape[0], 1), ms.float32)
        rays = ops.matmul(ops.concat([pixels, ones], axis=1), K_inv.T)
        pts = rays.expand_dims(1) * self.depths.reshape(1, -1, 1)
        pts_h = ops.concat([pts, ops.ones_like(pts[..., :1])], axis=-1)
        return ops.matmul(pts_h, cam_to_ego.T)[..., :3]


def make():
    np.random.seed(16)
    pix = Tensor(np.random.uniform(0, 64, size=(10, 2)).astype(np.float32))
    K = Tensor(np.array([[50.0, 0, 32], [0, 50.0, 24], [0, 0, 1]], dtype=np.float32))
    T = np.eye(4, dtype=np.float32)
    T[:3, 3] = [1.5, 0.0, 1.6]
    return FrustumToEgo(), (pix, K, Tensor(T))
