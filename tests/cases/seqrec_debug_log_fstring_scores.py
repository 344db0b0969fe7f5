# case: retrieval head with a verbose flag (on by default) that logs the best score and item via an f-string of tensor values -> compile error at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VerboseRetrieval(nn.Cell):
    def __init__(self, num_items=25, dim=8, k=3, verbose=True):
        super().__init__()
        self.k = k
        self.verbose = verbose
        self.item_emb = nn.Embedding(num_items, dim)
        self.user_mlp = nn.SequentialCell(nn.Dense(dim, dim), nn.Tanh())

    def encode(self, history):
        w = ops.softmax(ops.arange(history.shape[1], dtype=ms.float32), axis=0)
        e = self.item_emb(history) * w.reshape(1, -1, 1)
        return self.user_mlp(e.sum(1))

    def construct(self, history):
        user = self.encode(history)
        scores = ops.matmul(user, self.item_emb.embedding_table.T)
        vals, idx = ops.topk(scores, self.k)
        if self.verbose:
            best = vals[:, 0].max()
            print(f"[retrieval] best score={best.item():.4f} first item={idx[0, 0]}")
        return idx


def make():
    np.random.seed(26)
    hist = np.random.randint(0, 25, size=(2, 4)).astype(np.int32)
    return VerboseRetrieval(), (Tensor(hist),)
