# case: wide & deep CTR model with per-field embeddings, dense numeric features and an optional wide cross-product input -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DeepTower(nn.Cell):
    def __init__(self, in_dim, hidden=(32, 16), dropout=0.1):
        super().__init__()
        layers = []
        for h in hidden:
            layers += [nn.Dense(in_dim, h), nn.ReLU(), nn.Dropout(p=dropout)]
            in_dim = h
        layers.append(nn.Dense(in_dim, 1))
        self.net = nn.SequentialCell(layers)

    def construct(self, x):
        return self.net(x)


class WideAndDeep(nn.Cell):
    def __init__(self, field_vocab=(20, 30, 10), dim=6, num_dense=4, wide_dim=50):
        super().__init__()
        self.embeddings = nn.CellList([nn.Embedding(v, dim) for v in field_vocab])
        self.wide = nn.Embedding(wide_dim, 1)
        self.deep = DeepTower(len(field_vocab) * dim + num_dense)

    def construct(self, sparse, dense, wide_ids=None):
        embs = [emb(sparse[:, i]) for i, emb in enumerate(self.embeddings)]
        deep_in = ops.concat(embs + [dense], axis=-1)
        logit = self.deep(deep_in)
        if wide_ids is not None:
            logit = logit + self.wide(wide_ids).sum(axis=1)
        return ops.sigmoid(logit.squeeze(-1))


def make():
    np.random.seed(22)
    sparse = Tensor(np.stack([np.random.randint(0, v, size=(5,)) for v in (20, 30, 10)], axis=1).astype(np.int32))
    dense = Tensor(np.random.randn(5, 4).astype(np.float32))
    wide_ids = Tensor(np.random.randint(0, 50, size=(5, 3)).astype(np.int32))
    net = WideAndDeep()
    net.set_train(False)
    return net, (sparse, dense, wide_ids)
