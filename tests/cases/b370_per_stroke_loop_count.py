# case: stroke-level pooling loops over the number of strokes read from the sample's stroke-count tensor and collects one pooled vector per stroke in a list -> loop count from tensor values with a growing list, expect Graph mode to refuse or unroll dynamically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PoolConfig:
    hidden_size = 12
    points_per_stroke = 8
    pool = "mean"


class StrokePooler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.points_per_stroke = config.points_per_stroke
        self.embed = nn.Dense(3, config.hidden_size)
        self.use_max = getattr(config, "pool", "mean") == "max"

    def _pool(self, seg):
        return seg.max(axis=0) if self.use_max else seg.mean(axis=0)

    def construct(self, ink, num_strokes):
        h = self.embed(ink)
        pooled = []
        for i in range(int(num_strokes)):
            start = i * self.points_per_stroke
            pooled.append(self._pool(h[start:start + self.points_per_stroke]))
        return ops.stack(pooled)


def make():
    np.random.seed(3716)
    ink = Tensor(np.random.randn(40, 3).astype(np.float32))
    num_strokes = Tensor(np.int32(4))
    return StrokePooler(PoolConfig()), (ink, num_strokes)
