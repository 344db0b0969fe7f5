# case: MegaBlocks-style token permutation sorts token copies by expert id with ops.sort, gathers them into expert-contiguous order, runs a batched expert matmul and unpermutes with the inverse argsort -> data-dependent order but fixed sizes, static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PermuteConfig:
    def __init__(self, hidden_size=16, num_experts=4, top_k=2, capacity_per_expert=None):
        self.hidden_size = hidden_size
        self.num_experts = num_experts
        self.top_k = top_k
        self.capacity_per_expert = capacity_per_expert


def permute_tokens(tokens, expert_ids):
    flat_ids = expert_ids.reshape(-1)
    sorted_ids, order = ops.sort(flat_ids.astype(ms.float32))
    top_k = expert_ids.shape[-1]
    src_token = order // top_k
    return ops.gather(tokens, src_token, 0), sorted_ids.astype(ms.int32), order


def unpermute_tokens(permuted, order, weights):
    inverse = ops.argsort(order.astype(ms.float32))
    restored = ops.gather(permuted, inverse, 0)
    n, k = weights.shape
    return (restored.reshape(n, k, -1) * weights.expand_dims(-1)).sum(axis=1)


class PermutedMoE(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.top_k = config.top_k
        self.router = nn.Dense(config.hidden_size, config.num_experts, has_bias=False)
        w = np.random.randn(config.num_experts, config.hidden_size, config.hidden_size) * 0.05
        self.expert_weight = ms.Parameter(Tensor(w.astype(np.float32)), name="expert_weight")

    def construct(self, tokens):
        probs = ops.softmax(self.router(tokens), axis=-1)
        weights, expert_ids = ops.topk(probs, self.top_k)
        permuted, sorted_ids, order = permute_tokens(tokens, expert_ids)
        w = ops.gather(self.expert_weight, sorted_ids, 0)
        expert_out = ops.bmm(permuted.expand_dims(1), w).squeeze(1)
        return unpermute_tokens(expert_out, order, weights)


def make():
    np.random.seed(50)
    moe = PermutedMoE(PermuteConfig())
    x = Tensor(np.random.randn(6, 16).astype(np.float32))
    return moe, (x,)
