# case: embeds only the distinct token types present in the batch (unique + inverse index) then scatters back -> dynamic shape at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CompactTokenTypeEmbedding(nn.Cell):
    """Token-type embedding that projects each distinct type only once."""

    def __init__(self, num_types=32, dim=8, proj_dim=8, use_proj=True):
        super().__init__()
        self.embed = nn.Embedding(num_types, dim)
        self.use_proj = use_proj
        self.proj = nn.Dense(dim, proj_dim, activation="tanh")

    def _distinct(self, type_ids):
        flat = type_ids.reshape(-1)
        uniq, inverse = ops.unique(flat)
        return uniq, inverse

    def construct(self, type_ids):
        uniq, inverse = self._distinct(type_ids)
        vecs = self.embed(uniq)
        if self.use_proj:
            vecs = self.proj(vecs)
        out = ops.gather(vecs, inverse, 0)
        return out.reshape(type_ids.shape + (vecs.shape[-1],))


def make():
    np.random.seed(0)
    type_ids = Tensor(np.random.randint(0, 6, size=(2, 7)).astype(np.int32))
    return CompactTokenTypeEmbedding(), (type_ids,)
