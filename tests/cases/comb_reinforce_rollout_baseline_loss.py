# case: REINFORCE loss with a greedy-rollout baseline: advantage detached with stop_gradient, normalised, optional entropy bonus -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReinforceLoss(nn.Cell):
    def __init__(self, entropy_weight=0.0, normalize_adv=True, eps=1e-8):
        super().__init__()
        self.entropy_weight = entropy_weight
        self.normalize_adv = normalize_adv
        self.eps = eps

    def _advantage(self, cost, bl_cost):
        adv = ops.stop_gradient(cost - bl_cost)
        if self.normalize_adv:
            adv = (adv - adv.mean()) / (adv.std() + self.eps)
        return adv

    def construct(self, step_log_p, actions, cost, bl_cost):
        chosen = ops.gather_elements(step_log_p, 2, actions.expand_dims(-1)).squeeze(-1)
        seq_ll = chosen.sum(-1)
        loss = (self._advantage(cost, bl_cost) * seq_ll).mean()
        if self.entropy_weight > 0:
            ent = -(ops.exp(step_log_p) * step_log_p).sum(-1).mean()
            loss = loss - self.entropy_weight * ent
        return loss


def make():
    np.random.seed(26)
    b, t, n = 4, 5, 5
    logits = np.random.randn(b, t, n).astype(np.float32)
    lp = logits - np.log(np.exp(logits).sum(-1, keepdims=True))
    acts = np.stack([np.random.permutation(n) for _ in range(b)]).astype(np.int32)
    return ReinforceLoss(), (Tensor(lp), Tensor(acts), Tensor(np.random.uniform(3, 4, b).astype(np.float32)),
                             Tensor(np.random.uniform(3, 4, b).astype(np.float32)))
