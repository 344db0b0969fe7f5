# case: Shazeer noisy top-k gating in training mode (softplus noise std, randn_like) with top-k mask built by comparing against the k-th largest logit -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NoisyTopKGating(nn.Cell):
    def __init__(self, dim=16, num_experts=6, k=2, noisy=True, noise_epsilon=1e-2):
        super().__init__()
        self.k = k
        self.noisy = noisy
        self.noise_epsilon = noise_epsilon
        self.w_gate = nn.Dense(dim, num_experts, has_bias=False)
        self.w_noise = nn.Dense(dim, num_experts, has_bias=False)

    def _logits(self, x):
        clean = self.w_gate(x)
        if self.noisy and self.training:
            noise_std = ops.softplus(self.w_noise(x)) + self.noise_epsilon
            return clean + ops.randn_like(clean) * noise_std
        return clean

    def construct(self, x):
        logits = self._logits(x)
        top_vals, _ = ops.topk(logits, self.k)
        kth = top_vals[:, -1:]
        masked = ops.select(logits >= kth, logits, ops.full_like(logits, float("-inf")))
        gates = ops.softmax(masked, axis=-1)
        importance = gates.sum(axis=0)
        cv = importance.var() / (importance.mean() ** 2 + 1e-10)
        return gates, cv


def make():
    np.random.seed(29)
    ms.set_seed(29)
    x = Tensor(np.random.randn(12, 16).astype(np.float32))
    net = NoisyTopKGating()
    net.set_train(True)
    return net, (x,)
