# case: XMem do_softmax with top_k: take the top-k affinities per query pixel, exponentiate them and scatter them back into a zero affinity matrix with tensor_scatter_elements -> indices are data but every size is fixed by config; expected to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SoftmaxConfig:
    def __init__(self, key_dim=8, top_k=6, inplace=False, return_usage=False):
        self.key_dim = key_dim
        self.top_k = top_k
        self.inplace = inplace
        self.return_usage = return_usage


def do_softmax(similarity, top_k=None, return_usage=False):
    # similarity: B, N, HW ; softmax over the memory dimension N
    if top_k is not None:
        values, indices = ops.topk(similarity.transpose(0, 2, 1), top_k)
        values, indices = values.transpose(0, 2, 1), indices.transpose(0, 2, 1)
        x_exp = ops.exp(values - values[:, :1])
        x_exp = x_exp / x_exp.sum(axis=1, keepdims=True)
        affinity = ops.tensor_scatter_elements(ops.zeros_like(similarity), indices, x_exp, axis=1)
    else:
        affinity = ops.softmax(similarity, axis=1)
    if return_usage:
        return affinity, affinity.sum(axis=2)
    return affinity


class TopKMemoryRead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.top_k = config.top_k
        self.return_usage = config.return_usage
        self.scale = config.key_dim ** -0.5

    def construct(self, query_key, mem_key, mem_val):
        sim = ops.bmm(mem_key.transpose(0, 2, 1), query_key) * self.scale
        res = do_softmax(sim, top_k=self.top_k, return_usage=self.return_usage)
        affinity = res[0] if isinstance(res, tuple) else res
        readout = ops.bmm(mem_val, affinity)
        return (readout, res[1]) if self.return_usage else readout


def make():
    np.random.seed(3910)
    qk = Tensor(np.random.randn(1, 8, 16).astype(np.float32))
    mk = Tensor(np.random.randn(1, 8, 32).astype(np.float32))
    mv = Tensor(np.random.randn(1, 4, 32).astype(np.float32))
    return TopKMemoryRead(SoftmaxConfig()), (qk, mk, mv)
