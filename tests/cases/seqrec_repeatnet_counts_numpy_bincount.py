# case: RepeatNet-style repeat/explore mixture whose repeat distribution comes from np.bincount on the history -> compile error at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RepeatExploreHead(nn.Cell):
    def __init__(self, num_items=20, dim=8):
        super().__init__()
        self.num_items = num_items
        self.item_emb = nn.Embedding(num_items, dim)
        self.gru = nn.GRU(dim, dim, batch_first=True)
        self.mode_gate = nn.Dense(dim, 2)
        self.explore = nn.Dense(dim, num_items)

    def repeat_distribution(self, history):
        rows = []
        for row in history.asnumpy():
            cnt = np.bincount(row, minlength=self.num_items).astype(np.float32)
            rows.append(cnt / cnt.sum())
        return Tensor(np.stack(rows))

    def construct(self, history):
        out, h_n = self.gru(self.item_emb(history))
        session = h_n[-1]
        mode = ops.softmax(self.mode_gate(session), axis=-1)
        p_repeat = self.repeat_distribution(history)
        p_explore = ops.softmax(self.explore(session), axis=-1)
        return mode[:, 0:1] * p_repeat + mode[:, 1:2] * p_explore


def make():
    np.random.seed(11)
    hist = np.random.randint(0, 20, size=(3, 6)).astype(np.int32)
    return RepeatExploreHead(), (Tensor(hist),)
