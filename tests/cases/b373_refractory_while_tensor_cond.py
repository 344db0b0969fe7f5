# case: refractory-period suppression iterates with a while loop on a tensor condition but only updates a fixed-shape score vector each pass -> loop state keeps its shape, expected static (or at least not dynamic)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RefractoryConfig:
    def __init__(self, refractory=40, max_iter=6, threshold=0.5):
        self.refractory = refractory
        self.max_iter = max_iter
        self.threshold = threshold


class RefractorySuppression(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.refractory = config.refractory
        self.max_iter = config.max_iter
        self.threshold = config.threshold

    def _suppress_around(self, scores, positions):
        centre = scores.argmax(-1).expand_dims(-1)
        near = ops.abs(positions - centre) < self.refractory
        return ops.where(near, ops.zeros_like(scores), scores)

    def construct(self, scores):
        positions = ops.arange(scores.shape[-1]).astype(ms.int32).expand_dims(0)
        kept = ops.zeros_like(scores)
        it = Tensor(0, ms.int32)
        while ops.logical_and(scores.max() > self.threshold, it < self.max_iter):
            top = ops.one_hot(scores.argmax(-1), scores.shape[-1], Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
            kept = kept + top * scores
            scores = self._suppress_around(scores, positions)
            it = it + 1
        return kept


def make():
    np.random.seed(3759)
    t = np.arange(300) / 250.0
    s = np.abs(np.sin(2 * np.pi * 1.3 * t)) ** 25 + 0.02 * np.random.rand(2, 300)
    return RefractorySuppression(RefractoryConfig()), (Tensor(s.astype(np.float32)),)
