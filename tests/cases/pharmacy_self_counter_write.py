# case: count how many prescriptions the interaction checker has scored by writing self.n_scored in construct -> graph mode may reject or ignore the attribute write
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InteractionChecker(nn.Cell):
    def __init__(self, n_drugs=10):
        super().__init__()
        self.n_scored = 0
        self.w = nn.Dense(n_drugs, n_drugs, has_bias=False)

    def construct(self, med_vec):
        pair = self.w(med_vec) * med_vec
        score = ops.sigmoid(pair.sum(axis=1))
        self.n_scored = self.n_scored + med_vec.shape[0]
        self.last_score = score
        return score


def make():
    np.random.seed(111)
    med = Tensor(np.random.randint(0, 2, (4, 10)).astype(np.float32))
    return InteractionChecker(), (med,)
