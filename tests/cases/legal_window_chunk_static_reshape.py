# case: split a batch of long documents into fixed windows using sizes from x.shape and the constructor -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WindowEncoder(nn.Cell):
    def __init__(self, vocab_size=100, hidden=8, window=6):
        super().__init__()
        self.window = window
        self.embed = nn.Embedding(vocab_size, hidden)
        self.proj = nn.Dense(hidden, hidden)

    def to_windows(self, emb):
        batch, seq_len, hidden = emb.shape
        num_windows = seq_len // self.window
        usable = num_windows * self.window
        emb = emb[:, :usable, :]
        return emb.reshape(batch, num_windows, self.window, hidden)

    def construct(self, token_ids):
        emb = self.embed(token_ids)
        windows = self.to_windows(emb)
        window_vecs = windows.mean(axis=2)
        return ops.tanh(self.proj(window_vecs))


def make():
    np.random.seed(1)
    token_ids = Tensor(np.random.randint(0, 100, size=(2, 26)).astype(np.int32))
    return WindowEncoder(), (token_ids,)
