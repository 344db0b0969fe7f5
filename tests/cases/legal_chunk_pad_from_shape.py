# case: pad a document to a multiple of the window with the pad amount computed from emb.shape, then reshape into chunks -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PaddingChunker(nn.Cell):
    def __init__(self, hidden=6, window=5):
        super().__init__()
        self.window = window
        self.chunk_proj = nn.Dense(hidden, hidden)

    def pad_to_window(self, emb):
        seq_len = emb.shape[0]
        remainder = seq_len % self.window
        if remainder != 0:
            emb = ops.pad(emb, (0, 0, 0, self.window - remainder))
        return emb

    def construct(self, emb):
        emb = self.pad_to_window(emb)
        hidden = emb.shape[-1]
        chunks = emb.reshape(-1, self.window, hidden)
        return self.chunk_proj(chunks.max(axis=1))


def make():
    np.random.seed(29)
    emb = Tensor(np.random.randn(23, 6).astype(np.float32))
    return PaddingChunker(), (emb,)
