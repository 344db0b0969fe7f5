# case: greedy protein decoder that keeps generating residues in a while loop until the stop token is predicted, collecting tokens in a list -> tensor-valued loop condition with a growing list, error or dynamic in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

STOP = 20


class ResidueDecoder(nn.Cell):
    def __init__(self, vocab=21, hidden=16, max_len=12):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.cell = nn.GRUCell(hidden, hidden)
        self.head = nn.Dense(hidden, vocab)
        self.max_len = max_len

    def step(self, token, h):
        h = self.cell(self.embed(token), h)
        return ops.argmax(self.head(h), dim=-1).astype(ms.int32), h

    def construct(self, first_token, h):
        token = first_token
        decoded = []
        steps = 0
        while token[0] != STOP and steps < self.max_len:
            token, h = self.step(token, h)
            decoded.append(token)
            steps += 1
        return ops.stack(decoded)


def make():
    np.random.seed(6)
    first = Tensor(np.array([3], dtype=np.int32))
    h0 = Tensor(np.random.randn(1, 16).astype(np.float32))
    return ResidueDecoder(), (first, h0)
