# case: counts strokes by converting pen states to a Python list with tolist() and looping over it -> compile error at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StrokeCountConditioner(nn.Cell):
    """Condition a sketch embedding on how many strokes it has."""

    def __init__(self, dim=8, max_strokes=10):
        super().__init__()
        self.count_embed = nn.Embedding(max_strokes + 1, dim)
        self.point_proj = nn.Dense(3, dim)
        self.max_strokes = max_strokes

    def count_strokes(self, pen_lift):
        n = 0
        for flag in pen_lift.tolist():
            if flag > 0.5:
                n += 1
        return min(n, self.max_strokes)

    def construct(self, strokes):
        n = self.count_strokes(strokes[:, 2])
        pooled = self.point_proj(strokes).mean(axis=0)
        return pooled + self.count_embed(Tensor([n], ms.int32))[0]


def make():
    np.random.seed(20)
    strokes = np.random.randn(9, 3).astype(np.float32)
    strokes[:, 2] = np.array([0, 0, 1, 0, 0, 1, 0, 0, 1], np.float32)
    return StrokeCountConditioner(), (Tensor(strokes),)
