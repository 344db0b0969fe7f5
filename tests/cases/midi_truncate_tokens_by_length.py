# case: truncates a note-event token sequence to its true length given as a tensor and embeds it -> slice bound from tensor value, error or dynamic shape in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EventTokenEncoder(nn.Cell):
    def __init__(self, vocab_size=388, dim=32):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, dim)
        self.proj = nn.Dense(dim, dim)

    def construct(self, tokens, length):
        n = length[0]
        valid = tokens[:n]
        h = self.embed(valid)
        h = ops.relu(self.proj(h))
        return h.mean(axis=0)


def make():
    np.random.seed(0)
    tokens = Tensor(np.random.randint(0, 388, size=(24,)).astype(np.int32))
    length = Tensor(np.array([17], dtype=np.int32))
    return EventTokenEncoder(), (tokens, length)
