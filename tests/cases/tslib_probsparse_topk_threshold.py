# case: ProbSparse attention that keeps every query whose sparsity score is above the mean, the count of active queries feeds top-k -> k from tensor data, not static
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparseCfg:
    adaptive_top = True
    factor = 3
    d_head = 8


def query_sparsity(q, k):
    scores = ops.matmul(q, k.swapaxes(-2, -1))
    return scores.max(axis=-1) - scores.mean(axis=-1)


class AdaptiveProbAttention(nn.Cell):
    def __init__(self, config=None):
        super().__init__()
        config = config or SparseCfg()
        self.adaptive_top = getattr(config, "adaptive_top", False)
        self.factor = config.factor
        self.scale = 1.0 / math.sqrt(config.d_head)

    def _n_top(self, sparsity):
        if self.adaptive_top:
            active = (sparsity > sparsity.mean()).astype(ms.int32).sum()
            return int(active)
        return self.factor * int(math.ceil(math.log(sparsity.shape[-1])))

    def construct(self, q, k, v):
        flat = query_sparsity(q, k).reshape(-1)
        n_top = self._n_top(flat)
        _, idx = ops.topk(flat, n_top)
        L = q.shape[2]
        q_flat = q.reshape(-1, q.shape[-1])
        q_top = ops.gather(q_flat, idx, axis=0)
        k_flat = k.reshape(-1, k.shape[-1])
        attn = ops.softmax(ops.matmul(q_top, k_flat.T) * self.scale, axis=-1)
        return ops.matmul(attn, v.reshape(-1, v.shape[-1])), L


def make():
    np.random.seed(3419)
    q, k, v = (Tensor(np.random.randn(1, 2, 16, 8).astype(np.float32)) for _ in range(3))
    return AdaptiveProbAttention(), (q, k, v)
