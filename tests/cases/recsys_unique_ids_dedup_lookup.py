# case: CTR embedding layer deduplicates the batch's feature ids with unique before the table lookup, then scatters back with the inverse index -> dynamic shape at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DedupEmbedding(nn.Cell):
    def __init__(self, vocab_size=200, dim=8, dedup=True):
        super().__init__()
        self.table = nn.Embedding(vocab_size, dim)
        self.dedup = dedup

    def construct(self, ids):
        if not self.dedup:
            return self.table(ids)
        flat = ids.reshape(-1)
        uniq, inverse = ops.unique(flat)
        uniq_emb = self.table(uniq)
        emb = ops.gather(uniq_emb, inverse, 0)
        return emb.reshape(ids.shape + (uniq_emb.shape[-1],))


class FieldMLP(nn.Cell):
    def __init__(self, num_fields=5, dim=8, hidden=(32, 16)):
        super().__init__()
        self.embed = DedupEmbedding(dim=dim)
        layers = []
        in_dim = num_fields * dim
        for h in hidden:
            layers += [nn.Dense(in_dim, h), nn.ReLU()]
            in_dim = h
        layers.append(nn.Dense(in_dim, 1))
        self.mlp = nn.SequentialCell(layers)

    def construct(self, sparse_ids):
        emb = self.embed(sparse_ids)
        x = emb.reshape(emb.shape[0], -1)
        return self.mlp(x).squeeze(-1)


def make():
    np.random.seed(3)
    ids = Tensor(np.random.randint(0, 40, size=(6, 5)).astype(np.int32))
    return FieldMLP(), (ids,)
