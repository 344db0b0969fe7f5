# case: behaviour-sequence pooling selectable by a string mode flag ("mean", "max", "attention") from the config, padding handled with masked_fill of a fixed-size mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SequencePooling(nn.Cell):
    MODES = ("mean", "max", "attention")

    def __init__(self, dim=8, mode="max", pad_id=0):
        super().__init__()
        if mode not in self.MODES:
            raise ValueError("unknown pooling mode: %s" % mode)
        self.mode = mode
        self.pad_id = pad_id
        self.att = nn.Dense(dim, 1)

    def construct(self, emb, ids):
        pad = (ids == self.pad_id).expand_dims(-1)
        if self.mode == "max":
            return ops.masked_fill(emb, pad, -1e9).max(axis=1)
        if self.mode == "attention":
            scores = ops.masked_fill(self.att(emb), pad, -1e9)
            w = ops.softmax(scores, axis=1)
            return (w * emb).sum(axis=1)
        valid = ops.logical_not(pad).astype(emb.dtype)
        return (emb * valid).sum(axis=1) / ops.maximum(valid.sum(axis=1), 1.0)


class BehaviorTower(nn.Cell):
    def __init__(self, n_items=40, dim=8, mode="max"):
        super().__init__()
        self.emb = nn.Embedding(n_items, dim)
        self.pool = SequencePooling(dim, mode)

    def construct(self, behavior_ids):
        return self.pool(self.emb(behavior_ids), behavior_ids)


def make():
    np.random.seed(38)
    ids = np.random.randint(1, 40, size=(4, 6)).astype(np.int32)
    ids[0, 4:] = 0
    ids[2, 2:] = 0
    return BehaviorTower(), (Tensor(ids),)
