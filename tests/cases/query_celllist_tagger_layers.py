# case: stacked residual feed-forward layers for a slot tagger applied by iterating a CellList -> loop over a constant list of sub-Cells, static shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResidualFFN(nn.Cell):
    def __init__(self, dim, hidden):
        super().__init__()
        self.norm = nn.LayerNorm((dim,))
        self.fc1 = nn.Dense(dim, hidden, activation="gelu")
        self.fc2 = nn.Dense(hidden, dim)

    def construct(self, x):
        return x + self.fc2(self.fc1(self.norm(x)))


class SlotFillingTagger(nn.Cell):
    def __init__(self, vocab=150, dim=16, num_layers=3, num_slots=9):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.layers = nn.CellList([ResidualFFN(dim, dim * 2) for _ in range(num_layers)])
        self.head = nn.Dense(dim, num_slots)

    def construct(self, token_ids):
        h = self.emb(token_ids)
        for layer in self.layers:
            h = layer(h)
        return ops.log_softmax(self.head(h), axis=-1)


def make():
    np.random.seed(37)
    ids = np.random.randint(0, 150, size=(2, 6)).astype(np.int32)
    return SlotFillingTagger(), (Tensor(ids),)
