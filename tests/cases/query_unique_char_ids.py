# case: build a bag-of-characters vector from the unique character ids of a query -> unique output length is data dependent, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CharBagFeaturizer(nn.Cell):
    def __init__(self, n_chars=64, dim=10):
        super().__init__()
        self.char_emb = nn.Embedding(n_chars, dim)
        self.norm = nn.LayerNorm((dim,))

    def construct(self, char_ids):
        uniq, _ = ops.unique(char_ids)
        vecs = self.char_emb(uniq)
        bag = vecs.sum(axis=0) / ops.sqrt(ops.cast(uniq.shape[0], ms.float32))
        return self.norm(bag.expand_dims(0))


def make():
    np.random.seed(3)
    chars = np.random.randint(1, 20, size=(16,)).astype(np.int32)
    return CharBagFeaturizer(), (Tensor(chars),)
