# case: spectral band selector keeps the bands whose learned importance beats a threshold, k counted from the weights -> topk with a data-derived k should fail or go dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

DEFAULT_THRESHOLD = 0.5


class BandSelectConfig:
    def __init__(self, num_bands=12, threshold=DEFAULT_THRESHOLD, use_gumbel=False):
        self.num_bands = num_bands
        self.threshold = threshold
        self.use_gumbel = use_gumbel


class LearnedBandSelector(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.threshold = getattr(config, "threshold", DEFAULT_THRESHOLD)
        self.use_gumbel = config.use_gumbel
        self._init_importance(config.num_bands)

    def _init_importance(self, num_bands):
        init = np.linspace(0.1, 0.9, num_bands).astype(np.float32)
        self.importance = Parameter(Tensor(init), name="band_importance")

    def _num_kept(self, scores):
        return int((scores > self.threshold).sum())

    def construct(self, cube):
        scores = ops.sigmoid(self.importance * 4.0 - 2.0) if self.use_gumbel else self.importance
        k = self._num_kept(scores)
        _, idx = ops.topk(scores, k)
        return ops.gather(cube, idx, 1)


def make():
    np.random.seed(3371)
    cfg = BandSelectConfig()
    cube = Tensor(np.random.rand(2, 12, 16, 16).astype(np.float32))
    return LearnedBandSelector(cfg), (cube,)
