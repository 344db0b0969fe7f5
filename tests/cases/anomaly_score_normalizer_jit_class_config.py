# case: min-max score normalisation where thresholds live in a read-only @ms.jit_class config object -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class NormalizationStats:
    def __init__(self, image_threshold, pixel_threshold, min_val, max_val):
        self.image_threshold = image_threshold
        self.pixel_threshold = pixel_threshold
        self.min_val = min_val
        self.max_val = max_val

    def span(self):
        return self.max_val - self.min_val


class ScoreNormalizer(nn.Cell):
    """Maps raw scores so that the calibrated threshold lands at 0.5 (anomalib style)."""

    def __init__(self, stats=None):
        super().__init__()
        self.stats = stats if stats is not None else NormalizationStats(1.2, 1.0, 0.1, 3.0)

    def normalize(self, x, threshold):
        x = (x - threshold) / self.stats.span() + 0.5
        return ops.clamp(x, 0.0, 1.0)

    def construct(self, amap, image_score):
        return (self.normalize(amap, self.stats.pixel_threshold),
                self.normalize(image_score, self.stats.image_threshold))


def make():
    np.random.seed(33)
    amap = (np.random.rand(2, 1, 8, 8) * 3).astype(np.float32)
    score = (np.random.rand(2) * 3).astype(np.float32)
    return ScoreNormalizer(), (Tensor(amap), Tensor(score))
