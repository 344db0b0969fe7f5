# case: pointer network picks encoder states with x.gather(1, idx) where idx comes from argmax of attention (fixed size) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PointerAttention(nn.Cell):
    def __init__(self, hidden):
        super().__init__()
        self.w_ref = nn.Dense(hidden, hidden, has_bias=False)
        self.w_q = nn.Dense(hidden, hidden, has_bias=False)
        self.v = nn.Dense(hidden, 1, has_bias=False)

    def construct(self, query, ref):
        u = self.v(ops.tanh(self.w_ref(ref) + self.w_q(query).unsqueeze(1))).squeeze(-1)
        return u


class PointerDecoder(nn.Cell):
    def __init__(self, hidden=8, n_steps=3, mask_visited=True):
        super().__init__()
        self.attn = PointerAttention(hidden)
        self.cell = nn.GRUCell(hidden, hidden)
        self.n_steps = n_steps
        self.mask_visited = mask_visited

    def construct(self, enc, h):
        batch, seq_len, hidden = enc.shape
        visited = ops.zeros((batch, seq_len), ms.bool_)
        inp = enc.mean(1)
        pointers = []
        for _ in range(self.n_steps):
            h = self.cell(inp, h)
            logits = self.attn(h, enc)
            if self.mask_visited:
                logits = logits.masked_fill(visited, -1e9)
            idx = logits.argmax(-1, keepdims=True)
            picked = ops.one_hot(idx.squeeze(-1), seq_len, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
            visited = visited | picked.astype(ms.bool_)
            gather_idx = idx.unsqueeze(-1).broadcast_to((batch, 1, hidden))
            inp = enc.gather(1, gather_idx).squeeze(1)
            pointers.append(idx)
        return ops.cat(pointers, axis=1)


def make():
    np.random.seed(27)
    enc = np.random.randn(2, 5, 8).astype(np.float32)
    h = np.zeros((2, 8), dtype=np.float32)
    return PointerDecoder(), (Tensor(enc), Tensor(h))
