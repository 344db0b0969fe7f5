# case: Informer ProbSparse self-attention with n_top = factor*ceil(ln L) from the static length and a fixed key sample built at init -> static top-k size, compiles
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ProbAttnConfig:
    def __init__(self, factor=2, seq_len=48, d_head=8, scale=None):
        self.factor, self.seq_len, self.d_head, self.scale = factor, seq_len, d_head, scale


class ProbAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.factor = config.factor
        self.scale = config.scale if config.scale is not None else 1.0 / math.sqrt(config.d_head)
        L = config.seq_len
        self.sample_k = min(L, self.factor * int(math.ceil(math.log(L))))
        rng = np.random.RandomState(0)
        self.index_sample = Tensor(rng.randint(0, L, size=(L, self.sample_k)), ms.int32)

    def _prob_qk(self, q, k, n_top):
        L = k.shape[2]
        k_sample = ops.gather(k, self.index_sample.reshape(-1), axis=2)
        k_sample = k_sample.reshape(k.shape[0], k.shape[1], L, self.sample_k, k.shape[3])
        qk_sample = (q.expand_dims(3) * k_sample).sum(-1)
        sparsity = qk_sample.max(axis=-1) - qk_sample.sum(-1) / L
        _, m_top = ops.topk(sparsity, n_top)
        return m_top

    def construct(self, q, k, v):
        B, H, L_q, D = q.shape
        n_top = min(L_q, self.factor * int(math.ceil(math.log(L_q))))
        m_top = self._prob_qk(q, k, n_top)
        sel = ops.one_hot(m_top, L_q, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        q_reduce = ops.matmul(sel, q)
        attn = ops.softmax(ops.matmul(q_reduce, k.swapaxes(-2, -1)) * self.scale, axis=-1)
        top_ctx = ops.matmul(attn, v)
        ctx = v.mean(axis=2, keep_dims=True).broadcast_to(q.shape)
        return ctx + ops.matmul(sel.swapaxes(-2, -1), top_ctx - ops.matmul(sel, ctx))


def make():
    np.random.seed(3418)
    q, k, v = (Tensor(np.random.randn(2, 4, 48, 8).astype(np.float32)) for _ in range(3))
    return ProbAttention(ProbAttnConfig()), (q, k, v)
