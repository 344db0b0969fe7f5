# case: basket completion model truncates each padded basket to its true item count taken from a tensor -> slice bound from tensor value, dynamic shape or error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BasketCompleter(nn.Cell):
    def __init__(self, num_products=50, dim=8):
        super().__init__()
        self.item_emb = nn.Embedding(num_products, dim)
        self.scorer = nn.Dense(dim, num_products)

    def encode_basket(self, items, n_items):
        real_items = items[:n_items]
        emb = self.item_emb(real_items)
        return emb.mean(axis=0, keep_dims=True)

    def construct(self, items, n_items):
        basket_vec = self.encode_basket(items, n_items)
        logits = self.scorer(basket_vec)
        return ops.softmax(logits, axis=-1)


def make():
    np.random.seed(0)
    items = Tensor(np.random.randint(0, 50, size=(12,)).astype(np.int32))
    n_items = Tensor(7, ms.int32)
    return BasketCompleter(), (items, n_items)
