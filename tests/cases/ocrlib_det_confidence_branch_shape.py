# case: text detector that, when the mean text probability is low, keeps the full-resolution map, otherwise downsamples it 2x to save post-processing time (tensor-valued if whose branches yield different shapes) -> rejected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FastDetConfig:
    def __init__(self, in_channels=16, sparse_thresh=0.5, adaptive_resolution=True):
        self.in_channels = in_channels
        self.sparse_thresh = sparse_thresh
        self.adaptive_resolution = adaptive_resolution


class ResolutionMixin:
    def _maybe_downsample(self, prob):
        if prob.mean() > self.sparse_thresh:
            return prob[:, :, ::2, ::2]
        return prob


class FastDBDetector(nn.Cell, ResolutionMixin):
    def __init__(self, config):
        super().__init__()
        self.sparse_thresh = config.sparse_thresh
        self.adaptive_resolution = config.adaptive_resolution
        self.neck = nn.Conv2d(config.in_channels, 8, 3)
        self.prob_head = nn.Conv2d(8, 1, 1)

    def construct(self, feats):
        prob = ops.sigmoid(self.prob_head(ops.relu(self.neck(feats))))
        if self.adaptive_resolution:
            prob = self._maybe_downsample(prob)
        return prob * 255.0


def make():
    np.random.seed(24)
    feats = Tensor(np.random.randn(1, 16, 32, 32).astype(np.float32))
    return FastDBDetector(FastDetConfig()), (feats,)
