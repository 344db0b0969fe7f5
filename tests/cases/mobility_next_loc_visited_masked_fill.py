# case: next-location prediction masks already-visited places with masked_fill and returns top-k with k from config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HistoryEncoder(nn.Cell):
    def __init__(self, n_locs=25, dim=8):
        super().__init__()
        self.emb = nn.Embedding(n_locs, dim)
        self.rnn = nn.GRU(dim, dim, batch_first=True)

    def construct(self, history):
        out, h = self.rnn(self.emb(history))
        return h[-1]


class NextLocationModel(nn.Cell):
    def __init__(self, n_locs=25, dim=8, top_k=5, exclude_visited=True):
        super().__init__()
        self.encoder = HistoryEncoder(n_locs, dim)
        self.classifier = nn.Dense(dim, n_locs)
        self.top_k = top_k
        self.exclude_visited = exclude_visited

    def visited_mask(self, history, n_locs):
        onehot = ops.one_hot(history, n_locs, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        return onehot.sum(axis=1) > 0

    def construct(self, history):
        logits = self.classifier(self.encoder(history))
        if self.exclude_visited:
            mask = self.visited_mask(history, logits.shape[-1])
            logits = ops.masked_fill(logits, mask, Tensor(-1e9, ms.float32))
        scores, ids = ops.topk(logits, self.top_k)
        return ids, ops.softmax(scores, axis=-1)


def make():
    np.random.seed(26)
    history = np.random.randint(0, 25, size=(2, 7)).astype(np.int32)
    return NextLocationModel(), (Tensor(history),)
