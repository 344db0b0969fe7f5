# case: build a plain Python SegmentStats helper object in construct, mutate its fields with tensor results and return values from it -> error or static (Python object in graph)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SegmentStats:
    def __init__(self):
        self.peak = None
        self.rms = None
        self.crest = None


class SegmentAnalyzer(nn.Cell):
    def __init__(self, eps=1e-8):
        super().__init__()
        self.eps = eps

    def construct(self, segment):
        stats = SegmentStats()
        stats.peak = ops.abs(segment).max(axis=-1)
        stats.rms = ops.sqrt(ops.mean(segment * segment, axis=-1) + self.eps)
        stats.crest = stats.peak / stats.rms
        return stats.crest, stats.rms


def make():
    np.random.seed(22)
    seg = Tensor(np.random.randn(3, 200).astype(np.float32))
    return SegmentAnalyzer(), (seg,)
