# case: chunk a document into windows inside try/except, falling back to padding when the reshape does not divide evenly -> try/except in construct, error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SafeChunker(nn.Cell):
    def __init__(self, window=5):
        super().__init__()
        self.window = window

    def construct(self, emb):
        seq_len, hidden = emb.shape
        try:
            chunks = emb.reshape(seq_len // self.window, self.window, hidden)
        except ValueError:
            pad = self.window - seq_len % self.window
            emb = ops.pad(emb, (0, 0, 0, pad))
            chunks = emb.reshape(-1, self.window, hidden)
        return chunks.mean(axis=1)


def make():
    np.random.seed(28)
    emb = Tensor(np.random.randn(20, 6).astype(np.float32))
    return SafeChunker(), (emb,)
