# case: temporal positional encoding table built with NumPy in a helper called from __init__ and stored as a Tensor, construct only slices it by x.shape[1] -> NumPy stays out of construct, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PosEncConfig:
    def __init__(self, dim=16, max_frames=24, dropout=0.0, scale_by_dim=False):
        self.dim = dim
        self.max_frames = max_frames
        self.dropout = dropout
        self.scale_by_dim = scale_by_dim


def sinusoid_table(n, d):
    pos = np.arange(n)[:, None].astype(np.float64)
    div = np.exp(np.arange(0, d, 2) * (-np.log(10000.0) / d))
    pe = np.zeros((n, d), np.float32)
    pe[:, 0::2] = np.sin(pos * div)
    pe[:, 1::2] = np.cos(pos * div)
    return pe


class TemporalPositionalEncoding(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.scale = float(np.sqrt(config.dim)) if config.scale_by_dim else 1.0
        self.dropout = nn.Dropout(p=config.dropout)
        self._build_table(config)

    def _build_table(self, config):
        self.pe = Tensor(sinusoid_table(config.max_frames, config.dim)[None])

    def construct(self, x):
        num_frames = x.shape[1]
        x = x * self.scale + self.pe[:, :num_frames]
        if self.training:
            x = self.dropout(x)
        return x


def make():
    np.random.seed(37428)
    x = Tensor(np.random.randn(18, 8, 16).astype(np.float32))
    return TemporalPositionalEncoding(PosEncConfig()), (x,)
