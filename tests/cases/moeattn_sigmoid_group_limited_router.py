# case: DeepSeek-V3 style sigmoid router with optional load-balancing bias (None guard) and group-limited top-k using fixed-size group masks -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class SigmoidGroupRouter(nn.Cell):
    def __init__(self, dim=16, num_experts=8, top_k=2, n_groups=4, topk_groups=2,
                 use_bias=True, routed_scaling=2.5):
        super().__init__()
        self.num_experts = num_experts
        self.top_k = top_k
        self.n_groups = n_groups
        self.topk_groups = topk_groups
        self.routed_scaling = routed_scaling
        self.weight = nn.Dense(dim, num_experts, has_bias=False)
        self.correction_bias = None
        if use_bias:
            self.correction_bias = Parameter(Tensor(np.zeros(num_experts, np.float32)), requires_grad=False)

    def _group_mask(self, scores):
        n = scores.shape[0]
        grouped = scores.reshape(n, self.n_groups, -1)
        group_score = ops.topk(grouped, 2)[0].sum(axis=-1)
        _, group_idx = ops.topk(group_score, self.topk_groups)
        gmask = ops.one_hot(group_idx, self.n_groups, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32)).sum(axis=1)
        return gmask.expand_dims(-1).broadcast_to(grouped.shape).reshape(n, -1)

    def construct(self, x):
        scores = ops.sigmoid(self.weight(x))
        choice = scores
        if self.correction_bias is not None:
            choice = scores + self.correction_bias
        choice = ops.where(self._group_mask(choice) > 0, choice, ops.zeros_like(choice))
        _, top_idx = ops.topk(choice, self.top_k)
        weights = ops.gather_elements(scores, 1, top_idx)
        weights = weights / (weights.sum(axis=-1, keepdims=True) + 1e-20)
        return weights * self.routed_scaling, top_idx


def make():
    np.random.seed(33)
    x = Tensor(np.random.randn(6, 16).astype(np.float32))
    return SigmoidGroupRouter(), (x,)
