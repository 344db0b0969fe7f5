# case: n-best keyword list keeps config.nbest hypotheses via ops.topk on the per-keyword peak posteriors, then zeroes entries below threshold with a mask product -> k is a Python int from config, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from dataclasses import dataclass


@dataclass
class NBestConfig:
    nbest: int = 3
    threshold: float = 0.3
    with_indices: bool = True


class NBestKeywords(nn.Cell):
    def __init__(self, config: NBestConfig):
        super().__init__()
        self.nbest = config.nbest
        self.threshold = config.threshold
        self.with_indices = config.with_indices

    def _peaks(self, posteriors):
        return posteriors.max(axis=1)

    def construct(self, posteriors):
        peaks = self._peaks(posteriors)
        scores, ids = ops.topk(peaks, self.nbest)
        keep = (scores > self.threshold).astype(scores.dtype)
        scores = scores * keep
        return (scores, ids) if self.with_indices else (scores,)


def make():
    np.random.seed(38335)
    post = np.random.rand(2, 49, 12).astype(np.float32) * 0.25
    post[0, 10, 3] = 0.8
    return NBestKeywords(NBestConfig()), (Tensor(post),)
