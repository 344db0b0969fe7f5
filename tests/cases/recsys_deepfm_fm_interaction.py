# case: DeepFM with shared field embeddings: first-order weights, FM second-order term via (sum)^2 - sum(^2) and a deep MLP over flattened fields -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FMInteraction(nn.Cell):
    def __init__(self, reduce_sum=True):
        super().__init__()
        self.reduce_sum = reduce_sum

    def construct(self, emb):
        square_of_sum = emb.sum(axis=1) ** 2
        sum_of_square = (emb ** 2).sum(axis=1)
        ix = 0.5 * (square_of_sum - sum_of_square)
        if self.reduce_sum:
            ix = ix.sum(axis=1, keepdims=True)
        return ix


class DeepFM(nn.Cell):
    def __init__(self, total_vocab=120, num_fields=4, dim=8, hidden=(32, 16)):
        super().__init__()
        self.first_order = nn.Embedding(total_vocab, 1)
        self.embedding = nn.Embedding(total_vocab, dim)
        self.fm = FMInteraction()
        layers, in_dim = [], num_fields * dim
        for h in hidden:
            layers += [nn.Dense(in_dim, h), nn.BatchNorm1d(h), nn.ReLU()]
            in_dim = h
        layers.append(nn.Dense(in_dim, 1))
        self.dnn = nn.SequentialCell(layers)
        self.field_offsets = Tensor(np.array([0, 30, 60, 90], dtype=np.int32))

    def construct(self, field_ids):
        ids = field_ids + self.field_offsets.expand_dims(0)
        linear = self.first_order(ids).sum(axis=1)
        emb = self.embedding(ids)
        fm = self.fm(emb)
        deep = self.dnn(emb.reshape((emb.shape[0], -1)))
        return ops.sigmoid((linear + fm + deep).squeeze(-1))


def make():
    np.random.seed(23)
    ids = Tensor(np.random.randint(0, 30, size=(6, 4)).astype(np.int32))
    net = DeepFM()
    net.set_train(False)
    return net, (ids,)
