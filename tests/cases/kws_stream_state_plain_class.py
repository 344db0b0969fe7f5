# case: streaming decoder builds a plain Python state object from tensors in construct and mutates it -> compile error at line 34
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DecoderState:
    def __init__(self, hidden, score):
        self.hidden = hidden
        self.score = score

    def update(self, hidden, frame_score, decay):
        self.hidden = hidden
        self.score = self.score * decay + frame_score


class StreamingDecoder(nn.Cell):
    def __init__(self, feat_dim=10, hidden=12, decay=0.9):
        super().__init__()
        self.cell = nn.GRUCell(feat_dim, hidden)
        self.score_head = nn.Dense(hidden, 1)
        self.decay = decay
        self.hidden = hidden

    def step(self, state, frame):
        h = self.cell(frame, state.hidden)
        s = ops.sigmoid(self.score_head(h))
        state.update(h, s, self.decay)
        return state

    def construct(self, chunk):
        # chunk: (T, B, F)
        b = chunk.shape[1]
        state = DecoderState(ops.zeros((b, self.hidden), ms.float32),
                             ops.zeros((b, 1), ms.float32))
        for t in range(chunk.shape[0]):
            state = self.step(state, chunk[t])
        return state.score


def make():
    np.random.seed(9)
    chunk = np.random.randn(6, 2, 10).astype(np.float32)
    return StreamingDecoder(), (Tensor(chunk),)
