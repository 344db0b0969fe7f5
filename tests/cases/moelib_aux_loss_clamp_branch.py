# case: MoE loss head rescales the auxiliary loss when it exceeds a ceiling, branching on a tensor comparison where both branches keep a scalar of the same shape -> tensor-valued if with same shapes, static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LossConfig:
    def __init__(self, num_experts=4, router_aux_loss_coef=0.02, aux_loss_ceiling=0.05, z_loss_coef=None):
        self.num_experts = num_experts
        self.router_aux_loss_coef = router_aux_loss_coef
        self.aux_loss_ceiling = aux_loss_ceiling
        self.z_loss_coef = z_loss_coef


class MoELossHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_experts = config.num_experts
        self.coef = config.router_aux_loss_coef
        self.ceiling = config.aux_loss_ceiling
        self.z_loss_coef = config.z_loss_coef
        self.ce = nn.CrossEntropyLoss()

    def _aux(self, router_probs, expert_mask):
        return (router_probs.mean(axis=0) * expert_mask.mean(axis=0)).sum() * self.num_experts

    def construct(self, logits, labels, router_probs, expert_mask):
        lm_loss = self.ce(logits, labels)
        aux = self.coef * self._aux(router_probs, expert_mask)
        if aux > self.ceiling:
            aux = aux * (self.ceiling / aux)
        else:
            aux = aux * 1.0
        total = lm_loss + aux
        if self.z_loss_coef is not None:
            total = total + self.z_loss_coef * (ops.logsumexp(router_probs, dim=-1) ** 2).mean()
        return total, aux


def make():
    np.random.seed(40)
    head = MoELossHead(LossConfig())
    logits = Tensor(np.random.randn(8, 10).astype(np.float32))
    labels = Tensor(np.random.randint(0, 10, (8,)).astype(np.int32))
    p = np.random.rand(8, 4).astype(np.float32)
    probs = Tensor(p / p.sum(-1, keepdims=True))
    mask = Tensor(np.eye(4, dtype=np.float32)[np.random.randint(0, 4, 8)])
    return head, (logits, labels, probs, mask)
