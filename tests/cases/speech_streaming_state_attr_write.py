# case: streaming GRU keeps its hidden state as a plain Python attribute reassigned inside construct -> compile error at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StreamingGRU(nn.Cell):
    def __init__(self, in_dim=6, hidden=8, reset_each_call=False):
        super().__init__()
        self.gru = nn.GRU(in_dim, hidden, batch_first=True)
        self.head = nn.Dense(hidden, 3)
        self.hidden = hidden
        self.reset_each_call = reset_each_call
        self.state = Tensor(np.zeros((1, 1, hidden), np.float32))

    def reset(self):
        self.state = Tensor(np.zeros((1, 1, self.hidden), np.float32))

    def construct(self, chunk):
        if self.reset_each_call:
            self.reset()
        out, h = self.gru(chunk, self.state)
        # carry the state over to the next chunk
        self.state = h
        return self.head(out)


def make():
    np.random.seed(15)
    chunk = Tensor(np.random.randn(1, 4, 6).astype(np.float32))
    return StreamingGRU(), (chunk,)
