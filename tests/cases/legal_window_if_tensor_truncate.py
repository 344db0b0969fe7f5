# case: if the document's token count (a tensor) exceeds the window, truncate to the window else keep the whole padded sequence, so the branches return different lengths -> tensor-dependent if with different output shapes, error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LongDocTruncator(nn.Cell):
    def __init__(self, hidden=8, window=8):
        super().__init__()
        self.window = window
        self.norm = nn.LayerNorm((hidden,))

    def construct(self, emb, num_tokens):
        if num_tokens > self.window:
            out = emb[:, :self.window, :]
        else:
            out = emb
        return self.norm(out)


def make():
    np.random.seed(22)
    emb = Tensor(np.random.randn(2, 14, 8).astype(np.float32))
    num_tokens = Tensor(np.array(11, dtype=np.int32))
    return LongDocTruncator(), (emb, num_tokens)
