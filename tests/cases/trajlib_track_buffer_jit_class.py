# case: streaming motion predictor keeps a @ms.jit_class TrackBuffer of past embeddings and appends the new frame to it inside construct -> jit_class instance mutated in construct, expect error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class TrackBuffer:
    def __init__(self, size):
        self.size = size
        self.frames = []

    def push(self, emb):
        self.frames.append(emb)
        if len(self.frames) > self.size:
            self.frames = self.frames[1:]
        return self.frames


class StreamingPredictor(nn.Cell):
    def __init__(self, hidden_size=32, memory=3, use_memory=True):
        super().__init__()
        self.use_memory = use_memory
        self.buffer = TrackBuffer(memory)
        self.enc = nn.Dense(4, hidden_size)
        self.head = nn.Dense(hidden_size, 24)

    def construct(self, agent_state):
        emb = ops.relu(self.enc(agent_state))
        if self.use_memory:
            frames = self.buffer.push(emb)
            emb = ops.stack(frames, axis=0).mean(axis=0)
        return self.head(emb).reshape(-1, 12, 2)


def make():
    np.random.seed(33)
    state = Tensor(np.random.randn(8, 4).astype(np.float32))
    return StreamingPredictor(), (state,)
