# case: stroke embedding accepts optional lengths (None, a Tensor, or a list of ints) guarded by is None / isinstance checks, and builds the padding mask from the static shape -> all guards resolve at compile time, expect Graph mode to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EmbedConfig:
    point_dim = 3
    hidden_size = 16
    dropout = 0.1


class StrokePointEmbedding(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.proj = nn.Dense(config.point_dim, config.hidden_size)
        self.dropout = nn.Dropout(p=config.dropout)

    def _padding_mask(self, points, lengths=None):
        batch, max_len = points.shape[0], points.shape[1]
        if lengths is None:
            return ops.ones((batch, max_len), ms.float32)
        if isinstance(lengths, (list, tuple)):
            lengths = Tensor(lengths, ms.int32)
        steps = ops.arange(max_len, dtype=ms.int32)
        return (steps.expand_dims(0) < lengths.expand_dims(1)).astype(ms.float32)

    def construct(self, points, lengths=None, position_bias=None):
        mask = self._padding_mask(points, lengths)
        emb = self.proj(points)
        if position_bias is not None and isinstance(position_bias, Tensor):
            emb = emb + position_bias
        return self.dropout(emb) * mask.expand_dims(-1), mask


def make():
    np.random.seed(3729)
    points = Tensor(np.random.randn(3, 12, 3).astype(np.float32))
    lengths = Tensor(np.array([12, 7, 3], dtype=np.int32))
    cell = StrokePointEmbedding(EmbedConfig())
    cell.set_train(False)
    return cell, (points, lengths)
