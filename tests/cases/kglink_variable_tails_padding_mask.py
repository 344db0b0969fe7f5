# case: variable numbers of candidate tails handled by padding plus a length mask built with arange compared to lengths -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PaddedTailSoftmax(nn.Cell):
    def __init__(self, num_entities, num_relations, dim=8, max_tails=10):
        super().__init__()
        self.ent = nn.Embedding(num_entities, dim)
        self.rel = nn.Embedding(num_relations, dim)
        self.positions = Tensor(np.arange(max_tails, dtype=np.int32))

    def length_mask(self, lengths):
        return self.positions.reshape(1, -1) < lengths.reshape(-1, 1)

    def construct(self, heads, rels, padded_tails, lengths, labels):
        q = (self.ent(heads) * self.rel(rels)).expand_dims(1)
        scores = (self.ent(padded_tails) * q).sum(axis=-1)
        mask = self.length_mask(lengths)
        scores = ops.where(mask, scores, ops.full_like(scores, -1e4))
        log_probs = ops.log_softmax(scores, axis=1)
        weight = mask.astype(ms.float32) * labels
        return -(log_probs * weight).sum() / (weight.sum() + 1e-6)


def make():
    np.random.seed(8)
    b, m = 4, 10
    net = PaddedTailSoftmax(40, 6, max_tails=m)
    heads = Tensor(np.random.randint(0, 40, (b,)).astype(np.int32))
    rels = Tensor(np.random.randint(0, 6, (b,)).astype(np.int32))
    tails = Tensor(np.random.randint(0, 40, (b, m)).astype(np.int32))
    lengths = Tensor(np.array([3, 10, 6, 1], dtype=np.int32))
    labels = Tensor((np.random.rand(b, m) < 0.3).astype(np.float32))
    return net, (heads, rels, tails, lengths, labels)
