# case: NeRF positional encoding with log-sampled frequency bands built in __init__, include_input flag -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PositionalEncoding(nn.Cell):
    def __init__(self, in_dims=3, n_freqs=6, max_freq_log2=5, log_sampling=True, include_input=True):
        super().__init__()
        if log_sampling:
            bands = 2.0 ** np.linspace(0.0, max_freq_log2, n_freqs)
        else:
            bands = np.linspace(1.0, 2.0 ** max_freq_log2, n_freqs)
        self.freq_bands = Tensor(bands.astype(np.float32))
        self.include_input = include_input
        self.out_dims = in_dims * (2 * n_freqs + int(include_input))

    def construct(self, x):
        scaled = x[..., None, :] * self.freq_bands[:, None]
        scaled = scaled.reshape(x.shape[:-1] + (-1,))
        feats = [ops.sin(scaled), ops.cos(scaled)]
        if self.include_input:
            feats = [x] + feats
        return ops.concat(feats, axis=-1)


class TinyField(nn.Cell):
    def __init__(self, hidden=32):
        super().__init__()
        self.embed = PositionalEncoding()
        self.mlp = nn.SequentialCell([nn.Dense(self.embed.out_dims, hidden), nn.ReLU(), nn.Dense(hidden, 4)])

    def construct(self, pts):
        out = self.mlp(self.embed(pts))
        return ops.relu(out[..., :1]), ops.sigmoid(out[..., 1:])


def make():
    np.random.seed(7)
    pts = Tensor(np.random.randn(5, 8, 3).astype(np.float32))
    return TinyField(), (pts,)
