# case: greedy residue decoder unrolled for a fixed max length, tokens after the stop token replaced by padding through ops.select -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GreedyProteinDecoder(nn.Cell):
    def __init__(self, vocab=22, hidden=16, max_len=8, stop_id=20, pad_id=21):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.cell = nn.GRUCell(hidden, hidden)
        self.head = nn.Dense(hidden, vocab)
        self.max_len = max_len
        self.stop_id = stop_id
        self.pad_id = pad_id

    def construct(self, first_token, h):
        token = first_token
        finished = ops.zeros(first_token.shape, ms.bool_)
        pad = ops.fill(ms.int32, first_token.shape, self.pad_id)
        outputs = []
        for _ in range(self.max_len):
            h = self.cell(self.embed(token), h)
            nxt = ops.argmax(self.head(h), dim=-1).astype(ms.int32)
            nxt = ops.select(finished, pad, nxt)
            finished = finished | (nxt == self.stop_id)
            outputs.append(nxt)
            token = nxt
        return ops.stack(outputs, axis=1), finished


def make():
    np.random.seed(7)
    first = Tensor(np.array([1, 5, 9], dtype=np.int32))
    h0 = Tensor(np.random.randn(3, 16).astype(np.float32))
    return GreedyProteinDecoder(), (first, h0)
