# case: token-to-expert dispatch matrix assembled as an ms.COOTensor from top-k indices and gate weights, then densified for the combine -> sparse tensor built in construct, Graph mode may reject on CPU
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparseRouterConfig:
    def __init__(self, hidden_size=32, num_experts=4, top_k=2, use_sparse_dispatch=True):
        self.hidden_size = hidden_size
        self.num_experts = num_experts
        self.top_k = top_k
        self.use_sparse_dispatch = use_sparse_dispatch


class SparseDispatchRouter(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_experts = config.num_experts
        self.top_k = config.top_k
        self.use_sparse_dispatch = config.use_sparse_dispatch
        self.gate = nn.Dense(config.hidden_size, config.num_experts, has_bias=False)
        self.experts_proj = nn.Dense(config.hidden_size, config.hidden_size * config.num_experts)

    def _dispatch_matrix(self, weights, indices):
        num_tokens = weights.shape[0]
        rows = ops.tile(ops.arange(num_tokens).astype(ms.int32).reshape(-1, 1), (1, self.top_k))
        coords = ops.stack((rows.reshape(-1), indices.reshape(-1).astype(ms.int32)), axis=1)
        if self.use_sparse_dispatch:
            sp = ms.COOTensor(coords, weights.reshape(-1), (num_tokens, self.num_experts))
            return sp.to_dense()
        return ops.scatter_nd(coords, weights.reshape(-1), (num_tokens, self.num_experts))

    def construct(self, hidden_states):
        probs = ops.softmax(self.gate(hidden_states), axis=-1)
        weights, indices = ops.topk(probs, self.top_k)
        combine = self._dispatch_matrix(weights, indices)
        expert_out = self.experts_proj(hidden_states).reshape(hidden_states.shape[0], self.num_experts, -1)
        return (expert_out * combine.expand_dims(-1)).sum(axis=1)


def make():
    np.random.seed(28)
    router = SparseDispatchRouter(SparseRouterConfig())
    x = Tensor(np.random.randn(8, 32).astype(np.float32))
    return router, (x,)
