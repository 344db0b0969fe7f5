# case: text classifier trims the batch to the longest real sequence with lengths.max().item() as a slice bound; expect dynamic or error at LAX, error at STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FeedForward(nn.Cell):
    def __init__(self, d, mult=2):
        super().__init__()
        self.fc1 = nn.Dense(d, d * mult)
        self.fc2 = nn.Dense(d * mult, d)
        self.act = nn.ReLU()

    def construct(self, x):
        return self.fc2(self.act(self.fc1(x)))


class Classifier(nn.Cell):
    def __init__(self, vocab=50, d=16, n_cls=4):
        super().__init__()
        self.emb = nn.Embedding(vocab, d)
        self.ff = FeedForward(d)
        self.norm = nn.LayerNorm((d,))
        self.out = nn.Dense(d, n_cls)

    def construct(self, ids, lengths):
        max_len = lengths.max().item()
        ids = ids[:, :max_len]
        x = self.emb(ids)
        x = self.norm(x + self.ff(x))
        att = ops.softmax(ops.matmul(x, x.swapaxes(1, 2)), axis=-1)
        x = ops.matmul(att, x)
        return self.out(x.mean(axis=1))


def make():
    ids = Tensor(np.random.randint(1, 50, (3, 12)).astype(np.int32))
    lengths = Tensor(np.array([9, 6, 4], np.int32))
    return Classifier(), (ids, lengths)
