# case: track the number of scored prescriptions in a non-trainable Parameter updated with ops.assign_add -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class InteractionChecker(nn.Cell):
    def __init__(self, n_drugs=10):
        super().__init__()
        self.w = nn.Dense(n_drugs, n_drugs, has_bias=False)
        self.n_scored = Parameter(Tensor(0, ms.int32), name="n_scored", requires_grad=False)
        self.last_max = Parameter(Tensor(0.0, ms.float32), name="last_max", requires_grad=False)

    def construct(self, med_vec):
        pair = self.w(med_vec) * med_vec
        score = ops.sigmoid(pair.sum(axis=1))
        ops.assign_add(self.n_scored, Tensor(med_vec.shape[0], ms.int32))
        ops.assign(self.last_max, score.max())
        return score


def make():
    np.random.seed(112)
    med = Tensor(np.random.randint(0, 2, (4, 10)).astype(np.float32))
    return InteractionChecker(), (med,)
