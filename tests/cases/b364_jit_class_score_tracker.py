# case: evaluator creates a @ms.jit_class min/max score tracker inside construct and mutates its fields per layer while scoring a feature pyramid -> jit_class instance mutated in construct, expect error or static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class ScoreRange:
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi

    def update(self, scores):
        self.lo = ops.minimum(self.lo, scores.min())
        self.hi = ops.maximum(self.hi, scores.max())


class LayerScorer(nn.Cell):
    def __init__(self, channels):
        super().__init__()
        self.proj = nn.Conv2d(channels, 1, 1, has_bias=True)

    def construct(self, x):
        return ops.sigmoid(self.proj(x))


class PyramidEvaluator(nn.Cell):
    def __init__(self, channels=(8, 16), out_size=(8, 8)):
        super().__init__()
        self.scorers = nn.CellList([LayerScorer(c) for c in channels])
        self.out_size = out_size

    def construct(self, *features):
        tracker = ScoreRange(Tensor(1e9, ms.float32), Tensor(-1e9, ms.float32))
        maps = []
        for scorer, feat in zip(self.scorers, features):
            s = ops.interpolate(scorer(feat), size=self.out_size, mode="bilinear", align_corners=False)
            tracker.update(s)
            maps.append(s)
        amap = ops.stack(maps, axis=0).mean(axis=0)
        return (amap - tracker.lo) / (tracker.hi - tracker.lo + 1e-6)


def make():
    np.random.seed(3653)
    net = PyramidEvaluator()
    f1 = Tensor(np.random.randn(2, 8, 8, 8).astype(np.float32))
    f2 = Tensor(np.random.randn(2, 16, 4, 4).astype(np.float32))
    return net, (f1, f2)
