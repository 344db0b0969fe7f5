# case: attention recogniser decodes a fixed max_text_length steps and masks positions after EOS with a cumulative flag -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BahdanauAttention(nn.Cell):
    def __init__(self, hidden=32):
        super().__init__()
        self.q = nn.Dense(hidden, hidden)
        self.k = nn.Dense(hidden, hidden)
        self.v = nn.Dense(hidden, 1)

    def construct(self, query, keys):
        energy = self.v(ops.tanh(self.k(keys) + self.q(query).expand_dims(1)))
        weights = ops.softmax(energy, axis=1)
        return (weights * keys).sum(axis=1)


class SARDecoder(nn.Cell):
    def __init__(self, hidden=32, num_classes=40, max_text_length=10, eos_id=1, start_id=2):
        super().__init__()
        self.embed = nn.Embedding(num_classes, hidden)
        self.attn = BahdanauAttention(hidden)
        self.lstm = nn.LSTMCell(hidden * 2, hidden)
        self.out = nn.Dense(hidden, num_classes)
        self.max_text_length = max_text_length
        self.eos_id = eos_id
        self.start_id = start_id

    def construct(self, feats):
        batch, _, hidden_size = feats.shape
        h = ops.zeros((batch, hidden_size), ms.float32)
        c = ops.zeros((batch, hidden_size), ms.float32)
        token = ops.fill(ms.int32, (batch,), self.start_id)
        finished = ops.zeros((batch,), ms.bool_)
        preds = []
        for _ in range(self.max_text_length):
            ctx = self.attn(h, feats)
            h, c = self.lstm(ops.concat((self.embed(token), ctx), axis=-1), (h, c))
            token = self.out(h).argmax(-1).astype(ms.int32)
            token = ops.select(finished, ops.full_like(token, self.eos_id), token)
            finished = ops.logical_or(finished, token == self.eos_id)
            preds.append(token)
        return ops.stack(preds, axis=1), finished


def make():
    np.random.seed(9)
    feats = Tensor(np.random.randn(2, 12, 32).astype(np.float32))
    return SARDecoder(), (feats,)
