# case: noisy top-k gating that logs the load-balancing loss with str.format(float(tensor)) when verbose (default on) -> compile error at line 39
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NoisyTopKGate(nn.Cell):
    def __init__(self, dim=16, num_experts=8, k=2, noise_eps=1e-2, verbose=True):
        super().__init__()
        self.k = k
        self.num_experts = num_experts
        self.noise_eps = noise_eps
        self.verbose = verbose
        self.w_gate = nn.Dense(dim, num_experts, has_bias=False)
        self.w_noise = nn.Dense(dim, num_experts, has_bias=False)

    def _cv_squared(self, x):
        return x.var() / (x.mean() ** 2 + 1e-10)

    def _noisy_logits(self, x):
        clean = self.w_gate(x)
        if self.training:
            std = ops.softplus(self.w_noise(x)) + self.noise_eps
            return clean + ops.randn_like(clean) * std
        return clean

    def construct(self, x):
        logits = self._noisy_logits(x)
        top_logits, top_idx = ops.topk(logits, self.k)
        top_gates = ops.softmax(top_logits, axis=-1)
        gates = ops.zeros_like(logits)
        rows = ops.arange(x.shape[0]).reshape(-1, 1).broadcast_to(top_idx.shape)
        scatter_idx = ops.stack((rows.astype(ms.int32), top_idx.astype(ms.int32)), axis=-1)
        gates = ops.tensor_scatter_update(gates, scatter_idx, top_gates)
        importance = gates.sum(axis=0)
        load = (gates > 0).astype(ms.float32).sum(axis=0)
        balance_loss = self._cv_squared(importance) + self._cv_squared(load)
        if self.verbose:
            print("moe gate: balance_loss={:.4f}".format(float(balance_loss)))
        return gates, balance_loss


def make():
    np.random.seed(5)
    x = Tensor(np.random.randn(10, 16).astype(np.float32))
    gate = NoisyTopKGate()
    gate.set_train(False)
    return gate, (x,)
