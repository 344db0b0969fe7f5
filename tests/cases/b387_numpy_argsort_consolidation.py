# case: long-term memory consolidation picks the most-used memory elements with np.argsort on usage.asnumpy() and gathers them as prototypes -> NumPy on tensor data inside construct; expected to be rejected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConsolidationConfig:
    def __init__(self, num_prototypes=8, key_dim=8, min_usage=0.0):
        self.num_prototypes = num_prototypes
        self.key_dim = key_dim
        self.min_usage = min_usage


class MemoryConsolidator(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_prototypes = config.num_prototypes
        self.scale = config.key_dim ** -0.5

    def _select(self, usage):
        order = np.argsort(usage.asnumpy())[::-1][: self.num_prototypes]
        return Tensor(order.copy().astype(np.int32))

    def construct(self, mem_key, mem_val, usage):
        # mem_key: Ck, N ; mem_val: Cv, N ; usage: N
        idx = self._select(usage)
        proto_key = ops.gather(mem_key, idx, 1)
        aff = ops.softmax(ops.matmul(proto_key.T, mem_key) * self.scale, axis=1)
        proto_val = ops.matmul(mem_val, aff.T)
        return proto_key, proto_val


def make():
    np.random.seed(3888)
    mk = Tensor(np.random.randn(8, 32).astype(np.float32))
    mv = Tensor(np.random.randn(4, 32).astype(np.float32))
    usage = Tensor(np.random.rand(32).astype(np.float32))
    return MemoryConsolidator(ConsolidationConfig()), (mk, mv, usage)
