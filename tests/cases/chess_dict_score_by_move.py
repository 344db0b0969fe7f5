# case: root move ordering stores each candidate's score in a dict keyed by int() of the move id and reads back the score of the killer move -> dict keyed by values taken from tensors in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MoveOrdering(nn.Cell):
    def __init__(self, dim=16, n_candidates=5):
        super().__init__()
        self.scorer = nn.Dense(dim, 1)
        self.n_candidates = n_candidates

    def construct(self, move_feats, move_ids, killer_move):
        scores = self.scorer(move_feats).reshape(-1)
        table = {}
        for i in range(self.n_candidates):
            table[int(move_ids[i])] = scores[i]
        return table[int(killer_move)] + scores.mean()


def make():
    np.random.seed(28)
    feats = Tensor(np.random.randn(5, 16).astype(np.float32))
    ids = np.array([112, 37, 904, 5, 1211], np.int32)
    ids_t = Tensor(ids)
    return MoveOrdering(), (feats, ids_t, ids_t[2])
