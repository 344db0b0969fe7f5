# case: repeat-consumption head with recency-weighted item counts via one_hot and a learned repeat gate -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RepeatConsumptionHead(nn.Cell):
    def __init__(self, num_items=25, dim=8, decay=0.8, pad_id=0):
        super().__init__()
        self.num_items = num_items
        self.pad_id = pad_id
        self.decay = decay
        self.item_emb = nn.Embedding(num_items, dim, padding_idx=pad_id)
        self.gate = nn.Dense(dim, 1)
        self.novel = nn.Dense(dim, num_items)

    def recency_weights(self, seq_len):
        steps = ops.arange(seq_len - 1, -1, -1).astype(ms.float32)
        return ops.pow(Tensor(self.decay, ms.float32), steps)

    def construct(self, history):
        b, l = history.shape
        onehot = ops.one_hot(history, self.num_items, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        valid = (history != self.pad_id).astype(ms.float32)
        w = self.recency_weights(l).expand_dims(0) * valid
        counts = (onehot * w.expand_dims(-1)).sum(1)
        p_repeat = counts / ops.maximum(counts.sum(-1, keepdims=True), 1e-6)
        session = (self.item_emb(history) * valid.expand_dims(-1)).sum(1) / ops.maximum(valid.sum(1, keepdims=True), 1.0)
        g = ops.sigmoid(self.gate(session))
        return g * p_repeat + (1 - g) * ops.softmax(self.novel(session), axis=-1)


def make():
    np.random.seed(12)
    hist = np.random.randint(0, 25, size=(3, 7)).astype(np.int32)
    return RepeatConsumptionHead(), (Tensor(hist),)
