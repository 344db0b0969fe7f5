# case: top-2 router packaging its results in a plain Python RouterOutput class built from tensors inside construct and read by the MoE layer -> compile error at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RouterOutput:
    def __init__(self, weights, indices, aux_loss):
        self.weights = weights
        self.indices = indices
        self.aux_loss = aux_loss

    def scaled_aux(self, coef):
        return self.aux_loss * coef


class Top2Router(nn.Cell):
    def __init__(self, dim=8, num_experts=4, k=2):
        super().__init__()
        self.k = k
        self.num_experts = num_experts
        self.classifier = nn.Dense(dim, num_experts, has_bias=False)

    def construct(self, x):
        probs = ops.softmax(self.classifier(x), axis=-1)
        weights, indices = ops.topk(probs, self.k)
        weights = weights / weights.sum(axis=-1, keepdims=True)
        frac = ops.one_hot(indices[:, 0], self.num_experts, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32)).mean(axis=0)
        aux = (frac * probs.mean(axis=0)).sum() * self.num_experts
        return RouterOutput(weights, indices, aux)


class DenseMixMoE(nn.Cell):
    def __init__(self, dim=8, num_experts=4, aux_coef=0.01):
        super().__init__()
        self.aux_coef = aux_coef
        self.router = Top2Router(dim, num_experts)
        self.experts = nn.Dense(dim, dim * num_experts)
        self.num_experts = num_experts

    def construct(self, x):
        routed = self.router(x)
        all_out = self.experts(x).reshape(x.shape[0], self.num_experts, -1)
        picked = ops.gather_elements(all_out, 1, routed.indices.expand_dims(-1).broadcast_to((x.shape[0], 2, x.shape[1])))
        y = (picked * routed.weights.expand_dims(-1)).sum(axis=1)
        return y, routed.scaled_aux(self.aux_coef)


def make():
    np.random.seed(8)
    x = Tensor(np.random.randn(6, 8).astype(np.float32))
    return DenseMixMoE(), (x,)
