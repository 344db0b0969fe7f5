# case: truncates token batches to a max length fixed in the constructor and masks padding using a length tensor compared against arange -> static slice plus mask, should compile static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EventEncoder(nn.Cell):
    def __init__(self, vocab_size=388, dim=32, max_len=16):
        super().__init__()
        self.max_len = max_len
        self.embed = nn.Embedding(vocab_size, dim)
        self.proj = nn.Dense(dim, dim)

    def length_mask(self, lengths):
        pos = ops.arange(self.max_len).reshape(1, -1)
        return (pos < lengths.reshape(-1, 1)).astype(ms.float32)

    def construct(self, tokens, lengths):
        tokens = tokens[:, :self.max_len]
        mask = self.length_mask(lengths)
        h = ops.relu(self.proj(self.embed(tokens)))
        h = h * mask.expand_dims(-1)
        return h.sum(axis=1) / ops.maximum(mask.sum(axis=1, keepdims=True), 1.0)


def make():
    np.random.seed(30)
    tokens = Tensor(np.random.randint(0, 388, size=(3, 24)).astype(np.int32))
    lengths = Tensor(np.array([16, 9, 12], dtype=np.int32))
    return EventEncoder(), (tokens, lengths)
