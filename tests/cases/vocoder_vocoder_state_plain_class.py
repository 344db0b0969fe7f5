# case: streaming vocoder keeps its conv history in a plain Python state object created inside construct -> compile error at line 31
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StreamState:
    def __init__(self, history, n_seen):
        self.history = history
        self.n_seen = n_seen

    def push(self, chunk, keep):
        self.history = ops.concat((self.history, chunk), axis=-1)[..., -keep:]
        self.n_seen = self.n_seen + chunk.shape[-1]


class StreamingConvVocoder(nn.Cell):
    def __init__(self, channels=4, kernel_size=5):
        super().__init__()
        self.keep = kernel_size - 1
        self.conv = nn.Conv1d(channels, 1, kernel_size, pad_mode="valid")

    def run_chunk(self, state, chunk):
        window = ops.concat((state.history, chunk), axis=-1)
        y = self.conv(window)
        state.push(chunk, self.keep)
        return y

    def construct(self, chunk_a, chunk_b):
        b, c, _ = chunk_a.shape
        state = StreamState(ops.zeros((b, c, self.keep), ms.float32), 0)
        ya = self.run_chunk(state, chunk_a)
        yb = self.run_chunk(state, chunk_b)
        return ops.concat((ya, yb), axis=-1), state.n_seen


def make():
    np.random.seed(16)
    a = np.random.randn(1, 4, 6).astype(np.float32)
    b = np.random.randn(1, 4, 6).astype(np.float32)
    return StreamingConvVocoder(), (Tensor(a), Tensor(b))
