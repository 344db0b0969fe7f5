# case: integral pose regression (soft-argmax) with a learnable beta Parameter created in a helper, expectation over x/y grids precomputed with np.linspace in __init__ -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class IntegralCfg:
    in_channels = 32
    num_keypoints = 17
    heatmap_size = (12, 16)
    normalize = True
    learn_beta = True


class SoftArgmaxHead(nn.Conv2d):
    """1x1 conv producing logits, followed by a soft-argmax over each keypoint map."""

    def __init__(self, cfg):
        super().__init__(cfg.in_channels, cfg.num_keypoints, 1, has_bias=True)
        w, h = cfg.heatmap_size
        lo, hi = (0.0, 1.0) if cfg.normalize else (0.0, 1.0 * (w - 1))
        self.grid_x = Tensor(np.linspace(lo, hi, w, dtype=np.float32))
        hi_y = 1.0 if cfg.normalize else 1.0 * (h - 1)
        self.grid_y = Tensor(np.linspace(0.0, hi_y, h, dtype=np.float32))
        self._build_beta(cfg.learn_beta)

    def _build_beta(self, learnable, init=4.0):
        self.beta = Parameter(Tensor(np.full((1, 1, 1), init, np.float32)), name="beta", requires_grad=learnable)

    def construct(self, feats):
        logits = super().construct(feats)
        b, k, h, w = logits.shape
        probs = ops.softmax(logits.reshape(b, k, -1) * self.beta, -1).reshape(b, k, h, w)
        x = (probs.sum(2) * self.grid_x).sum(-1)
        y = (probs.sum(3) * self.grid_y).sum(-1)
        confidence = ops.amax(probs.reshape(b, k, -1), -1)
        return ops.stack((x, y), -1), confidence


def make():
    np.random.seed(136)
    feats = Tensor(np.random.randn(2, 32, 16, 12).astype(np.float32))
    return SoftArgmaxHead(IntegralCfg()), (feats,)
