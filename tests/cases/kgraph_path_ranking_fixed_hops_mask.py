# case: path-ranking model composing relation paths over a fixed maximum length with a length mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PathComposer(nn.Cell):
    def __init__(self, num_relations=7, dim=10, max_len=4, compose="add"):
        super().__init__()
        self.rel = nn.Embedding(num_relations + 1, dim, padding_idx=0)
        self.max_len = max_len
        self.compose = compose
        self.gru_like = nn.Dense(2 * dim, dim)

    def step(self, acc, r):
        if self.compose == "add":
            return acc + r
        return ops.tanh(self.gru_like(ops.concat((acc, r), -1)))

    def construct(self, paths, path_len, query_rel):
        emb = self.rel(paths)
        acc = ops.zeros((paths.shape[0], paths.shape[1], emb.shape[-1]), ms.float32)
        for i in range(self.max_len):
            valid = (path_len > i).astype(ms.float32).expand_dims(-1)
            acc = valid * self.step(acc, emb[:, :, i]) + (1 - valid) * acc
        q = self.rel(query_rel).expand_dims(1)
        path_scores = (acc * q).sum(-1)
        weights = ops.softmax(path_scores, axis=-1)
        return (weights * path_scores).sum(-1)


def make():
    np.random.seed(14)
    paths = np.random.randint(1, 8, (3, 5, 4)).astype(np.int32)
    plen = np.random.randint(1, 5, (3, 5)).astype(np.int32)
    q = np.array([1, 4, 6], dtype=np.int32)
    return PathComposer(), (Tensor(paths), Tensor(plen), Tensor(q))
