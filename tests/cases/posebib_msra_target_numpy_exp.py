# case: on-the-fly MSRA heatmap target generator inside the training cell evaluates the Gaussian with np.exp on traced tensors and wraps the result back into a Tensor -> NumPy applied to tensors in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TargetCfg:
    heatmap_size = (12, 16)   # (w, h)
    sigma = 2.0
    use_target_weight = True


class MSRAHeatmapTarget(nn.Cell):
    def __init__(self, cfg):
        super().__init__()
        w, h = cfg.heatmap_size
        self.sigma = cfg.sigma
        self.xs = Tensor(np.arange(w, dtype=np.float32))
        self.ys = Tensor(np.arange(h, dtype=np.float32))

    def construct(self, keypoints, visibility):
        kx = keypoints[..., 0][..., None, None]
        ky = keypoints[..., 1][..., None, None]
        d2 = (self.xs[None, None, None, :] - kx) ** 2 + (self.ys[None, None, :, None] - ky) ** 2
        heat = Tensor(np.exp(-d2 / (2 * self.sigma ** 2)).astype(np.float32))
        return heat * visibility[..., None, None]


class TrainStep(nn.Cell):
    def __init__(self, cfg=TargetCfg()):
        super().__init__()
        self.target_gen = MSRAHeatmapTarget(cfg)
        self.head = nn.Conv2d(8, 17, 1, has_bias=True)
        self.use_target_weight = cfg.use_target_weight

    def construct(self, feats, keypoints, visibility):
        pred = self.head(feats)
        target = self.target_gen(keypoints, visibility)
        diff = (pred - target) ** 2
        if self.use_target_weight:
            diff = diff * visibility[..., None, None]
        return diff.mean()


def make():
    np.random.seed(124)
    feats = Tensor(np.random.randn(2, 8, 16, 12).astype(np.float32))
    kpts = Tensor((np.random.rand(2, 17, 2) * [12, 16]).astype(np.float32))
    vis = Tensor((np.random.rand(2, 17) > 0.2).astype(np.float32))
    return TrainStep(), (feats, kpts, vis)
