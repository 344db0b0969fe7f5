# case: a @ms.jit_class heatmap codec is instantiated inside construct and its sigma attribute is annealed (written) before encoding the target -> jit_class created and mutated in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class GaussianCodec:
    def __init__(self, sigma):
        self.sigma = sigma

    def encode(self, kx, ky, grid_x, grid_y):
        d2 = (grid_x - kx[..., None, None]) ** 2 + (grid_y - ky[..., None, None]) ** 2
        return ops.exp(-d2 / (2.0 * self.sigma * self.sigma))


class TrainCfg:
    sigma = 3.0
    sigma_decay = 0.5
    heatmap_size = (12, 16)


class AnnealedTargetLoss(nn.Cell):
    def __init__(self, cfg=TrainCfg):
        super().__init__()
        w, h = cfg.heatmap_size
        ys, xs = np.meshgrid(np.arange(h), np.arange(w), indexing="ij")
        self.grid_x = Tensor(xs.astype(np.float32))
        self.grid_y = Tensor(ys.astype(np.float32))
        self.sigma = cfg.sigma
        self.sigma_decay = cfg.sigma_decay

    def construct(self, pred, keypoints, visibility):
        codec = GaussianCodec(self.sigma)
        codec.sigma = codec.sigma * self.sigma_decay
        target = codec.encode(keypoints[..., 0], keypoints[..., 1], self.grid_x, self.grid_y)
        diff = (pred - target) ** 2 * visibility[..., None, None]
        return diff.mean()


def make():
    np.random.seed(130)
    pred = Tensor(np.random.rand(2, 17, 16, 12).astype(np.float32))
    kpts = Tensor((np.random.rand(2, 17, 2) * [12, 16]).astype(np.float32))
    vis = Tensor((np.random.rand(2, 17) > 0.2).astype(np.float32))
    return AnnealedTargetLoss(), (pred, kpts, vis)
