# case: stroke encoder pools hidden states over real pen points using a length mask built from arange < lengths and applied by multiplication -> fixed shapes throughout, expect Graph mode to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PoolerConfig:
    def __init__(self, point_dim=3, hidden_size=32, pooling="mean", return_dict=False):
        self.point_dim = point_dim
        self.hidden_size = hidden_size
        self.pooling = pooling
        self.return_dict = return_dict


def sequence_mask(lengths, max_len, dtype=ms.float32):
    steps = ops.arange(max_len, dtype=lengths.dtype)
    return (steps.expand_dims(0) < lengths.expand_dims(1)).astype(dtype)


class MaskedMeanPooler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.proj = nn.Dense(config.point_dim, config.hidden_size, activation="tanh")
        self.pooling = config.pooling

    def construct(self, ink, lengths=None):
        hidden = self.proj(ink)
        if lengths is None:
            return hidden.mean(axis=1)
        mask = sequence_mask(lengths, ink.shape[1]).expand_dims(-1)
        summed = (hidden * mask).sum(axis=1)
        return summed / ops.maximum(mask.sum(axis=1), 1.0)


def make():
    np.random.seed(3721)
    ink = Tensor(np.random.randn(4, 26, 3).astype(np.float32))
    lengths = Tensor(np.array([26, 19, 5, 11], dtype=np.int32))
    return MaskedMeanPooler(PoolerConfig()), (ink, lengths)
