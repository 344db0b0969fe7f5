# case: local-window attention for a long-context decoder whose band mask is built as an ms.COOTensor from the window offsets and densified in construct -> sparse tensor created in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LocalAttnConfig:
    def __init__(self, hidden_size=16, window=2, seq_len=8):
        self.hidden_size = hidden_size
        self.window = window
        self.seq_len = seq_len


def _band_indices(seq_len, window):
    pairs = [(i, j) for i in range(seq_len) for j in range(max(0, i - window), i + 1)]
    return np.array(pairs, dtype=np.int32)


class LocalSelfAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.qkv = nn.Dense(config.hidden_size, 3 * config.hidden_size)
        self.out = nn.Dense(config.hidden_size, config.hidden_size)
        idx = _band_indices(config.seq_len, config.window)
        self.band_indices = Tensor(idx)
        self.band_values = Tensor(np.ones(len(idx), dtype=np.float32))
        self.seq_len = config.seq_len
        self.scale = config.hidden_size ** -0.5

    def _band_mask(self):
        coo = ms.COOTensor(self.band_indices, self.band_values, (self.seq_len, self.seq_len))
        return coo.to_dense()

    def construct(self, hidden_states):
        q, k, v = ops.split(self.qkv(hidden_states), hidden_states.shape[-1], axis=-1)
        scores = ops.matmul(q, k.swapaxes(-1, -2)) * self.scale
        mask = self._band_mask()
        scores = scores + (1.0 - mask) * -1e9
        return self.out(ops.matmul(ops.softmax(scores, axis=-1), v))


def make():
    np.random.seed(3373)
    cfg = LocalAttnConfig()
    h = Tensor(np.random.randn(2, cfg.seq_len, cfg.hidden_size).astype(np.float32))
    return LocalSelfAttention(cfg), (h,)
