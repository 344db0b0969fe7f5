# case: basket completion model pads baskets to a constructor max length and averages embeddings with a length mask -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedBasketEncoder(nn.Cell):
    def __init__(self, num_products=50, dim=8, max_len=10):
        super().__init__()
        self.max_len = max_len
        self.item_emb = nn.Embedding(num_products, dim)
        self.positions = Tensor(np.arange(max_len).astype(np.int32))

    def construct(self, items, lengths):
        items = items[:, :self.max_len]
        mask = (self.positions.reshape(1, -1) < lengths.reshape(-1, 1)).astype(ms.float32)
        emb = self.item_emb(items) * mask.expand_dims(-1)
        denom = ops.maximum(mask.sum(axis=1, keepdims=True), 1.0)
        return emb.sum(axis=1) / denom


class BasketCompleter(nn.Cell):
    def __init__(self, num_products=50, dim=8):
        super().__init__()
        self.encoder = MaskedBasketEncoder(num_products, dim)
        self.head = nn.Dense(dim, num_products)

    def construct(self, items, lengths):
        return self.head(self.encoder(items, lengths))


def make():
    np.random.seed(1)
    items = Tensor(np.random.randint(0, 50, size=(4, 12)).astype(np.int32))
    lengths = Tensor(np.array([3, 10, 7, 1], dtype=np.int32))
    return BasketCompleter(), (items, lengths)
