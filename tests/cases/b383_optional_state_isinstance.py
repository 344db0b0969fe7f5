# case: streaming LSTM keyword cell takes an Optional state (None by default) and guards it with isinstance(state, (list, tuple)) before unpacking, otherwise zero-initialising -> guards resolve at compile time, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LSTMKWSConfig:
    n_mfcc = 10
    hidden = 20
    num_labels = 3
    use_cache = True


class StreamingLSTMKWS(nn.Cell):
    def __init__(self, config=LSTMKWSConfig):
        super().__init__()
        self.hidden = config.hidden
        self.use_cache = config.use_cache
        self.lstm = nn.LSTMCell(config.n_mfcc, config.hidden)
        self.head = nn.Dense(config.hidden, config.num_labels)

    def _zero_state(self, batch):
        z = ops.zeros((batch, self.hidden), ms.float32)
        return z, z

    def construct(self, frames, state=None):
        batch = frames.shape[0]
        if isinstance(state, (list, tuple)) and self.use_cache:
            h, c = state
        else:
            h, c = self._zero_state(batch)
        for t in range(frames.shape[1]):
            h, c = self.lstm(frames[:, t, :], (h, c))
        return self.head(h), (h, c)


def make():
    np.random.seed(38328)
    frames = Tensor(np.random.randn(2, 6, 10).astype(np.float32))
    return StreamingLSTMKWS(), (frames,)
