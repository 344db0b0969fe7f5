# case: optional TPS rectification chosen by config: all NumPy kernel algebra (inverse, P_hat) done once in __init__ helpers, construct only does matmuls and grid_sample on tensors -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RectifyConfig:
    def __init__(self, transform="tps", num_fiducial=10, out_size=(8, 32), in_channels=3):
        self.transform = transform
        self.num_fiducial = num_fiducial
        self.out_size = out_size
        self.in_channels = in_channels


def _ctrl_points(n):
    xs = np.linspace(-1.0, 1.0, n // 2)
    return np.concatenate([np.stack([xs, -np.ones_like(xs)], 1), np.stack([xs, np.ones_like(xs)], 1)]).astype(np.float32)


def _tps_kernel(a, b):
    d = np.linalg.norm(a[:, None] - b[None], axis=2)
    return (d ** 2) * np.log(d + 1e-6)


class TPSRectifier(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.out_h, self.out_w = config.out_size
        self.n = config.num_fiducial
        self.loc = nn.SequentialCell([nn.Conv2d(config.in_channels, 8, 3, stride=2), nn.ReLU(),
                                      nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Dense(8, self.n * 2), nn.Tanh()])
        self._build_buffers(_ctrl_points(self.n))

    def _build_buffers(self, c):
        n = self.n
        delta = np.zeros((n + 3, n + 3), np.float32)
        delta[:n, 0] = 1; delta[:n, 1:3] = c; delta[:n, 3:] = _tps_kernel(c, c)
        delta[n, 3:] = 1; delta[n + 1:, 3:] = c.T
        gx, gy = np.meshgrid(np.linspace(-1, 1, self.out_w), np.linspace(-1, 1, self.out_h))
        p = np.stack([gx.ravel(), gy.ravel()], 1).astype(np.float32)
        p_hat = np.concatenate([np.ones((p.shape[0], 1)), p, _tps_kernel(p, c)], 1).astype(np.float32)
        self.inv_delta_c = Tensor(np.linalg.inv(delta).astype(np.float32))
        self.p_hat = Tensor(p_hat)

    def construct(self, images):
        batch = images.shape[0]
        c_prime = self.loc(images).reshape(batch, self.n, 2)
        target = ops.concat((c_prime, ops.zeros((batch, 3, 2), ms.float32)), axis=1)
        t = ops.matmul(ops.tile(self.inv_delta_c.expand_dims(0), (batch, 1, 1)), target)
        grid = ops.matmul(ops.tile(self.p_hat.expand_dims(0), (batch, 1, 1)), t)
        grid = grid.reshape(batch, self.out_h, self.out_w, 2)
        return ops.grid_sample(images, grid, align_corners=True)


def make():
    np.random.seed(16)
    imgs = Tensor(np.random.rand(2, 3, 16, 64).astype(np.float32))
    return TPSRectifier(RectifyConfig()), (imgs,)
