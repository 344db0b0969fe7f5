# case: streaming GRU keyword model updates its hidden-state cache inside try/except and falls back to zeros on a shape mismatch -> try statement in construct, Graph mode rejects it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GRUKWSConfig:
    def __init__(self, n_mfcc=10, hidden=16, num_labels=4, use_cache=True):
        self.n_mfcc = n_mfcc
        self.hidden = hidden
        self.num_labels = num_labels
        self.use_cache = use_cache


class StreamingGRUKWS(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_cache = config.use_cache
        self.hidden = config.hidden
        self.cell = nn.GRUCell(config.n_mfcc, config.hidden)
        self.head = nn.Dense(config.hidden, config.num_labels)

    def _init_state(self, batch):
        return ops.zeros((batch, self.hidden), ms.float32)

    def _step(self, frame, state):
        try:
            new_state = self.cell(frame, state)
        except ValueError:
            new_state = self.cell(frame, self._init_state(frame.shape[0]))
        return new_state

    def construct(self, frames, state=None):
        if state is None or not self.use_cache:
            state = self._init_state(frames.shape[0])
        for t in range(frames.shape[1]):
            state = self._step(frames[:, t, :], state)
        return self.head(state), state


def make():
    np.random.seed(38315)
    frames = Tensor(np.random.randn(2, 5, 10).astype(np.float32))
    state = Tensor(np.zeros((2, 16), np.float32))
    return StreamingGRUKWS(GRUKWSConfig()), (frames, state)
