# case: sampling decoder step that computes the policy entropy only over feasible (unmasked) logits with masked_select -> dynamic shape at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SamplingStep(nn.Cell):
    def __init__(self, hidden=16, entropy_coef=0.01, temperature=1.0):
        super().__init__()
        self.project = nn.Dense(hidden, hidden)
        self.entropy_coef = entropy_coef
        self.temperature = temperature
        self.log_softmax = nn.LogSoftmax(axis=-1)

    def _feasible_entropy(self, log_p, mask):
        feasible = ops.logical_not(mask)
        lp = ops.masked_select(log_p, feasible)
        return -(ops.exp(lp) * lp).sum() / log_p.shape[0]

    def construct(self, node_emb, context, mask, uniform_noise):
        q = self.project(context)
        logits = ops.bmm(node_emb, q.expand_dims(-1)).squeeze(-1) / self.temperature
        logits = ops.select(mask, ops.full_like(logits, -1e9), logits)
        log_p = self.log_softmax(logits)
        gumbel = -ops.log(-ops.log(uniform_noise + 1e-9) + 1e-9)
        action = ops.argmax(log_p + gumbel, -1)
        entropy = self._feasible_entropy(log_p, mask)
        chosen_lp = ops.gather_elements(log_p, 1, action.view(-1, 1)).squeeze(-1)
        return action, chosen_lp - self.entropy_coef * entropy


def make():
    np.random.seed(1)
    emb = Tensor(np.random.randn(3, 7, 16).astype(np.float32))
    ctx = Tensor(np.random.randn(3, 16).astype(np.float32))
    mask = np.zeros((3, 7), dtype=bool)
    mask[0, :3] = True
    mask[2, 4] = True
    noise = Tensor(np.random.rand(3, 7).astype(np.float32))
    return SamplingStep(), (emb, ctx, Tensor(mask), noise)
