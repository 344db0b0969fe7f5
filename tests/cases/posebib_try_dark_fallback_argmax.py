# case: keypoint decoder wraps the configured refinement in try/except and falls back to plain argmax on failure -> try statement inside construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DecoderCfg:
    refine = "soft_argmax"
    beta = 10.0


def argmax_decode(heatmaps):
    b, k, h, w = heatmaps.shape
    idx = heatmaps.reshape(b, k, h * w).argmax(-1)
    return ops.stack(((idx % w).astype(ms.float32), (idx // w).astype(ms.float32)), -1)


class RobustKeypointDecoder(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        cfg = cfg or DecoderCfg()
        self.refine = cfg.refine
        self.beta = cfg.beta

    def _soft_argmax(self, heatmaps):
        b, k, h, w = heatmaps.shape
        probs = ops.softmax(heatmaps.reshape(b, k, h * w) * self.beta, -1).reshape(b, k, h, w)
        xs = ops.arange(w).astype(ms.float32)
        ys = ops.arange(h).astype(ms.float32)
        x = (probs.sum(2) * xs).sum(-1)
        y = (probs.sum(3) * ys).sum(-1)
        return ops.stack((x, y), -1)

    def construct(self, heatmaps):
        try:
            coords = self._soft_argmax(heatmaps)
        except ValueError:
            coords = argmax_decode(heatmaps)
        return coords


def make():
    np.random.seed(123)
    hm = Tensor(np.random.rand(2, 17, 16, 12).astype(np.float32))
    return RobustKeypointDecoder(), (hm,)
