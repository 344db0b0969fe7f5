# case: streaming GRU keyword spotter takes and returns its hidden state; chunk split into sub-frames via reshape of static shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SubframeEmbed(nn.Cell):
    def __init__(self, subframe=16, dim=12):
        super().__init__()
        self.subframe = subframe
        self.proj = nn.Dense(subframe, dim)

    def construct(self, chunk):
        b, n = chunk.shape
        sub = chunk.reshape(b, n // self.subframe, self.subframe)
        return ops.tanh(self.proj(sub))


class StreamingGRUKWS(nn.Cell):
    def __init__(self, subframe=16, dim=12, hidden=10, n_keywords=3):
        super().__init__()
        self.embed = SubframeEmbed(subframe, dim)
        self.gru = nn.GRU(dim, hidden, batch_first=True)
        self.head = nn.Dense(hidden, n_keywords + 1)

    def construct(self, chunk, state):
        x = self.embed(chunk)
        out, new_state = self.gru(x, state)
        logits = self.head(out[:, -1])
        return ops.softmax(logits, axis=-1), new_state


def make():
    np.random.seed(37)
    chunk = np.random.randn(2, 64).astype(np.float32)
    state = np.zeros((1, 2, 10), np.float32)
    return StreamingGRUKWS(), (Tensor(chunk), Tensor(state))
