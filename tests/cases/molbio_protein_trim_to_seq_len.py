# case: protein sequence encoder trims padded residues with a slice whose end comes from mask.sum() -> dynamic shape at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResidueEncoder(nn.Cell):
    def __init__(self, vocab=21, dim=16, num_layers=2):
        super().__init__()
        self.embed = nn.Embedding(vocab + 1, dim, padding_idx=0)
        self.layers = nn.CellList([nn.Dense(dim, dim) for _ in range(num_layers)])
        self.act = nn.GELU()

    def trim(self, h, mask):
        seq_len = mask.sum().astype(ms.int32)
        return h[:, :seq_len]

    def construct(self, tokens):
        mask = (tokens[0] > 0).astype(ms.float32)
        h = self.embed(tokens)
        for layer in self.layers:
            h = h + self.act(layer(h))
        h = self.trim(h, mask)
        return h.mean(axis=1)


def make():
    np.random.seed(2)
    tokens = np.random.randint(1, 22, size=(1, 10)).astype(np.int32)
    tokens[:, 7:] = 0
    return ResidueEncoder(), (Tensor(tokens),)
