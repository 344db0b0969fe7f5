# case: softmax top-k router returning Switch load-balancing loss and ST-MoE router z-loss (logsumexp) gated by coefficient flags -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RouterWithAuxLosses(nn.Cell):
    def __init__(self, dim=16, num_experts=8, top_k=2, balance_coef=1e-2, z_loss_coef=1e-3,
                 normalize_top_k=True):
        super().__init__()
        self.num_experts = num_experts
        self.top_k = top_k
        self.balance_coef = balance_coef
        self.z_loss_coef = z_loss_coef
        self.normalize_top_k = normalize_top_k
        self.classifier = nn.Dense(dim, num_experts, has_bias=False)

    def _balance_loss(self, probs, top_idx):
        hits = ops.one_hot(top_idx, self.num_experts, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        tokens_per_expert = hits.sum(axis=1).mean(axis=0)
        prob_per_expert = probs.mean(axis=0)
        return (tokens_per_expert * prob_per_expert).sum() * self.num_experts / self.top_k

    def _z_loss(self, logits):
        return ops.logsumexp(logits, dim=-1).pow(2).mean()

    def construct(self, hidden):
        tokens = hidden.reshape(-1, hidden.shape[-1])
        logits = self.classifier(tokens)
        probs = ops.softmax(logits, axis=-1)
        top_w, top_idx = ops.topk(probs, self.top_k)
        if self.normalize_top_k:
            top_w = top_w / top_w.sum(axis=-1, keepdims=True)
        aux = ops.zeros((), ms.float32)
        if self.balance_coef > 0:
            aux = aux + self.balance_coef * self._balance_loss(probs, top_idx)
        if self.z_loss_coef > 0:
            aux = aux + self.z_loss_coef * self._z_loss(logits)
        return top_w, top_idx, aux


def make():
    np.random.seed(28)
    x = Tensor(np.random.randn(2, 6, 16).astype(np.float32))
    return RouterWithAuxLosses(), (x,)
