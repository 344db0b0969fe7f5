# case: legal-move masking that extracts only the logits of legal moves with masked_select before the softmax -> data-dependent output length, dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

N_MOVES = 4672  # AlphaZero-style 8x8x73 move encoding


class LegalPolicy(nn.Cell):
    def __init__(self, hidden=128, temperature=1.0):
        super().__init__()
        self.trunk = nn.SequentialCell([nn.Dense(12 * 64, hidden), nn.ReLU()])
        self.policy_fc = nn.Dense(hidden, N_MOVES)
        self.temperature = temperature

    def construct(self, planes, legal_mask):
        feat = self.trunk(planes.reshape(planes.shape[0], -1))
        logits = self.policy_fc(feat) / self.temperature
        legal_logits = ops.masked_select(logits, legal_mask)
        return ops.softmax(legal_logits, axis=0)


def make():
    np.random.seed(2)
    planes = Tensor(np.random.rand(1, 12, 8, 8).astype(np.float32))
    mask = np.zeros((1, N_MOVES), dtype=np.bool_)
    mask[0, np.random.choice(N_MOVES, 31, replace=False)] = True
    return LegalPolicy(), (planes, Tensor(mask))
