# case: GRU4Rec-style session encoder unrolls a GRUCell only for as many steps as the longest session, count taken with int() on lengths.max() -> loop count from data, Graph mode rejects or unrolls dynamically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SessionConfig:
    def __init__(self, embed_dim=8, hidden=16, max_len=6, early_stop_steps=True):
        self.embed_dim = embed_dim
        self.hidden = hidden
        self.max_len = max_len
        self.early_stop_steps = early_stop_steps


class SessionGRU(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.cell = nn.GRUCell(config.embed_dim, config.hidden)
        self.hidden = config.hidden
        self.max_len = config.max_len
        self.early_stop_steps = config.early_stop_steps

    def _num_steps(self, lengths):
        if self.early_stop_steps:
            return int(lengths.max())
        return self.max_len

    def construct(self, seq_emb, lengths):
        h = ops.zeros((seq_emb.shape[0], self.hidden), seq_emb.dtype)
        for t in range(self._num_steps(lengths)):
            h_new = self.cell(seq_emb[:, t], h)
            step_mask = (lengths > t).astype(h.dtype).expand_dims(-1)
            h = step_mask * h_new + (1 - step_mask) * h
        return h


def make():
    np.random.seed(3927)
    seq = Tensor(np.random.randn(3, 6, 8).astype(np.float32))
    lengths = Tensor(np.array([2, 4, 3]), ms.int32)
    return SessionGRU(SessionConfig()), (seq, lengths)
