# case: converts stroke-3 offsets to absolute coordinates with np.cumsum on a Tensor inside construct -> compile error at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AbsoluteStrokeEmbedding(nn.Cell):
    """Embed absolute positions and pen state of a stroke-3 batch."""

    def __init__(self, dim=8, scale=0.1):
        super().__init__()
        self.pos = nn.Dense(2, dim)
        self.pen = nn.Embedding(2, dim)
        self.scale = scale

    def to_absolute(self, offsets):
        return Tensor(np.cumsum(offsets, axis=1))

    def construct(self, strokes):
        xy = self.to_absolute(strokes[:, :, :2]) * self.scale
        pen = strokes[:, :, 2].astype(ms.int32)
        return self.pos(xy) + self.pen(pen)


def make():
    np.random.seed(12)
    strokes = np.random.randn(2, 7, 3).astype(np.float32)
    strokes[:, :, 2] = (np.random.rand(2, 7) > 0.7).astype(np.float32)
    return AbsoluteStrokeEmbedding(), (Tensor(strokes),)
