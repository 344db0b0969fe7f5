# case: STCN/XMem top-k readout where k comes from the config and is capped by the static memory length in a shared base-class helper -> k is a Python int; expected to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from dataclasses import dataclass


@dataclass
class TopKConfig:
    key_dim: int = 16
    top_k: int = 30
    use_scale: bool = True


class AffinityBase(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.scale = float(config.key_dim) ** -0.5 if config.use_scale else 1.0

    def similarity(self, mk, qk):
        a_sq = (mk ** 2).sum(axis=1).expand_dims(2)
        return (2 * ops.bmm(mk.transpose(0, 2, 1), qk) - a_sq) * self.scale

    def topk_weights(self, aff, k):
        # aff: B, N, HW ; softmax restricted to the k largest entries of each column
        values, _ = ops.topk(aff.transpose(0, 2, 1), k)
        kth = values[:, :, -1:].transpose(0, 2, 1)
        w = ops.exp(aff - values[:, :, :1].transpose(0, 2, 1)) * (aff >= kth).astype(aff.dtype)
        return w / w.sum(axis=1, keepdims=True)


class TopKReader(AffinityBase):
    def __init__(self, config):
        super().__init__(config)
        self.top_k = config.top_k

    def construct(self, mem_key, mem_val, query_key):
        aff = self.similarity(mem_key, query_key)
        k = min(self.top_k, mem_key.shape[-1])
        return ops.bmm(mem_val, self.topk_weights(aff, k))


def make():
    np.random.seed(3891)
    mk = Tensor(np.random.randn(1, 16, 24).astype(np.float32))
    mv = Tensor(np.random.randn(1, 8, 24).astype(np.float32))
    qk = Tensor(np.random.randn(1, 16, 16).astype(np.float32))
    return TopKReader(TopKConfig()), (mk, mv, qk)
