# case: GRU4Rec-style session encoder unrolls a GRUCell over range(seq.shape[1]) and freezes finished sessions with a length mask -> loop count from shape, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SessionConfig:
    embed_dim = 8
    hidden = 16
    return_all_states = False


class MaskedGRUEncoder(nn.Cell):
    def __init__(self, config, initial_state=None):
        super().__init__()
        self.cell = nn.GRUCell(config.embed_dim, config.hidden)
        self.hidden = config.hidden
        self.return_all_states = config.return_all_states
        self.initial_state = initial_state

    def _init_state(self, batch, dtype):
        if self.initial_state is not None:
            return ops.broadcast_to(self.initial_state, (batch, self.hidden))
        return ops.zeros((batch, self.hidden), dtype)

    def construct(self, seq_emb, lengths):
        batch, steps = seq_emb.shape[0], seq_emb.shape[1]
        h = self._init_state(batch, seq_emb.dtype)
        states = []
        for t in range(steps):
            h_new = self.cell(seq_emb[:, t], h)
            keep = (lengths > t).astype(h.dtype).expand_dims(-1)
            h = keep * h_new + (1.0 - keep) * h
            states.append(h)
        if self.return_all_states:
            return h, ops.stack(states, axis=1)
        return h


def make():
    np.random.seed(3928)
    seq = Tensor(np.random.randn(3, 6, 8).astype(np.float32))
    lengths = Tensor(np.array([2, 6, 3]), ms.int32)
    return MaskedGRUEncoder(SessionConfig()), (seq, lengths)
