# case: entropy bonus averaged only over valid rollout steps via masked_select -> dynamic shape at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedEntropyBonus(nn.Cell):
    def __init__(self, n_actions=5, entropy_coef=0.01, normalize=True):
        super().__init__()
        self.entropy_coef = entropy_coef
        self.normalize = normalize
        self.log_softmax = nn.LogSoftmax(axis=-1)
        self.max_entropy = float(np.log(n_actions))

    def _entropy(self, logits):
        logp = self.log_softmax(logits)
        ent = -(ops.exp(logp) * logp).sum(axis=-1)
        if self.normalize:
            ent = ent / self.max_entropy
        return ent

    def construct(self, logits, step_mask):
        # logits: [T, B, A], step_mask: [T, B] bool, False after episode end
        ent = self._entropy(logits)
        valid_ent = ops.masked_select(ent, step_mask)
        return -self.entropy_coef * valid_ent.mean()


def make():
    np.random.seed(1)
    logits = Tensor(np.random.randn(6, 3, 5).astype(np.float32))
    mask = np.ones((6, 3), dtype=bool)
    mask[4:, 1] = False
    mask[2:, 2] = False
    return MaskedEntropyBonus(), (logits, Tensor(mask))
