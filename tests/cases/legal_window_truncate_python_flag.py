# case: truncate long documents to the window only when a constructor Python bool asks for it, with the window taken from emb.shape -> branch on a Python constant, static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConfigurableTruncator(nn.Cell):
    def __init__(self, hidden=8, window=8, truncate=True):
        super().__init__()
        self.window = window
        self.truncate = truncate
        self.norm = nn.LayerNorm((hidden,))

    def construct(self, emb):
        seq_len = emb.shape[1]
        if self.truncate and seq_len > self.window:
            emb = emb[:, :self.window, :]
        return self.norm(emb)


def make():
    np.random.seed(23)
    emb = Tensor(np.random.randn(2, 14, 8).astype(np.float32))
    return ConfigurableTruncator(), (emb,)
