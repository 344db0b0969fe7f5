# case: legal-move masking by filling illegal logits with a large negative value through three-argument ops.where -> static shapes, Graph mode compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

N_MOVES = 4672


class LegalPolicy(nn.Cell):
    def __init__(self, hidden=128, temperature=1.0):
        super().__init__()
        self.trunk = nn.SequentialCell([nn.Dense(12 * 64, hidden), nn.ReLU()])
        self.policy_fc = nn.Dense(hidden, N_MOVES)
        self.temperature = temperature
        self.neg_inf = Tensor(-1e9, ms.float32)

    def construct(self, planes, legal_mask):
        feat = self.trunk(planes.reshape(planes.shape[0], -1))
        logits = self.policy_fc(feat) / self.temperature
        masked = ops.where(legal_mask, logits, self.neg_inf)
        return ops.softmax(masked, axis=-1)


def make():
    np.random.seed(3)
    planes = Tensor(np.random.rand(2, 12, 8, 8).astype(np.float32))
    mask = np.zeros((2, N_MOVES), dtype=np.bool_)
    for b in range(2):
        mask[b, np.random.choice(N_MOVES, 27, replace=False)] = True
    return LegalPolicy(), (planes, Tensor(mask))
